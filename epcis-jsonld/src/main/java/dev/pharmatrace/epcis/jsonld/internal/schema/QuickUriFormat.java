package dev.pharmatrace.epcis.jsonld.internal.schema;

import com.networknt.schema.ExecutionContext;
import com.networknt.schema.format.Format;
import com.networknt.schema.format.UriFormat;

/**
 * The {@code uri} format of the schema engine ({@link UriFormat}: parsed by {@link java.net.URI}, absolute, ASCII,
 * no square brackets in the query; a few unparsable forms such as {@code "urn:"} are accepted), answered without
 * parsing for the shapes EPCIS documents are made of: {@code urn:epc:id:sgtin:0614141.107346.1},
 * {@code https://id.gs1.org/01/09521234543213/21/1}, CURIEs such as {@code ex:field}. Parsing a URI object for every
 * EPC was a third of the schema validation time.
 *
 * <p>The quick answer is only ever "valid", and only for strings that {@link java.net.URI} accepts as absolute
 * URIs of plain ASCII without a query: a scheme (a letter, then letters, digits, {@code + - .}), a colon, and
 * either an opaque part or {@code //}, an authority of letters, digits, dots and hyphens, and a path; parts made of
 * letters, digits and {@code - . _ ~ : ; = + /} only (all legal in every part of RFC 2396, which java.net.URI
 * implements). Every other string goes to the engine's own format, so the verdict is the engine's.
 */
final class QuickUriFormat implements Format {
  private static final UriFormat FULL = new UriFormat();

  @Override
  public String getName() {
    return FULL.getName();
  }

  @Override
  public String getMessageKey() {
    return FULL.getMessageKey();
  }

  @Override
  public boolean matches(ExecutionContext executionContext, String value) {
    return plainAbsoluteUri(value) || FULL.matches(executionContext, value);
  }

  /**
   * Whether {@code s} is, by its characters alone, an absolute URI that {@link UriFormat} accepts (false means
   * "not known", not "invalid").
   *
   * @param s the string
   * @return true if it surely is one
   */
  static boolean plainAbsoluteUri(String s) {
    int n = s.length();
    if (n < 3 || !letter(s.charAt(0))) {
      return false;
    }
    int i = 1;
    while (i < n && schemeChar(s.charAt(i))) {
      i++;
    }
    if (i >= n - 1 || s.charAt(i) != ':') {
      return false;
    }
    i++;
    if (s.charAt(i) == '/') {
      if (!s.startsWith("//", i)) {
        return false;
      }
      i += 2;
      int host = i;
      while (i < n && (letter(s.charAt(i)) || digit(s.charAt(i)) || s.charAt(i) == '.' || s.charAt(i) == '-')) {
        i++;
      }
      if (i == host || (i < n && s.charAt(i) != '/')) {
        return false;
      }
    }
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (!letter(c) && !digit(c) && "-._~:;=+/".indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean schemeChar(char c) {
    return letter(c) || digit(c) || c == '+' || c == '-' || c == '.';
  }
}
