package dev.pharmatrace.epcis.jsonld.internal;

import java.util.regex.Pattern;

/** Which lexical forms can be written as JSON numbers without changing them. */
public final class JsonNumbers {
  private JsonNumbers() {}

  private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]{0,99})");
  private static final Pattern NON_INTEGER =
      Pattern.compile("-?(0|[1-9][0-9]{0,99})(\\.[0-9]{1,100})?([eE][+-]?[0-9]{1,4})?");

  /** A JSON integer literal. */
  public static boolean isJsonInteger(String text) {
    return INTEGER.matcher(text).matches();
  }

  /** A JSON number literal with a fraction or an exponent. */
  public static boolean isJsonNonInteger(String text) {
    return NON_INTEGER.matcher(text).matches() && !INTEGER.matcher(text).matches();
  }
}
