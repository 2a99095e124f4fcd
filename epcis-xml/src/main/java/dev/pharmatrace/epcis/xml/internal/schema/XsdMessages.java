package dev.pharmatrace.epcis.xml.internal.schema;

import dev.pharmatrace.epcis.xml.EpcisXmlNamespaces;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the JDK schema validator's messages into findings' rule ids and readable messages: the {@code cvc-...}
 * code becomes part of the rule id, qualified names are written as {@code {namespace}local}, wildcards in lists of
 * expected elements are spelled out, and common EPCIS mistakes get a hint.
 */
public final class XsdMessages {
  private XsdMessages() {}

  /**
   * A rule id and message.
   *
   * @param ruleId {@code XSD-<code>}, or {@code XSD} when the message has no code
   * @param message the readable message
   */
  public record Readable(String ruleId, String message) {}

  private static final Pattern CODE = Pattern.compile("^([A-Za-z][\\w.-]*): (.*)$", Pattern.DOTALL);
  private static final Pattern QUOTED_QNAME = Pattern.compile("\"([^\"]*)\":([\\w.\\-]+)");
  private static final Pattern EXPECTED = Pattern.compile("One of '\\{(.*)\\}' is expected\\.");
  private static final Pattern FOUND_IN_NAMESPACE =
      Pattern.compile("starting with element '\\{\"([^\"]*)\":([\\w.\\-]+)\\}'");
  private static final Pattern FOUND_UNQUALIFIED = Pattern.compile("starting with element '([\\w.\\-]+)'");
  private static final Pattern INCOMPLETE = Pattern.compile("The content of element ('[^']*') is not complete\\.");
  private static final Pattern FOUND_QUALIFIED = Pattern.compile("'\\{\\{([^}]*)\\}([\\w.\\-]+)\\}'");
  private static final Pattern DATE_TIME_STAMP_PATTERN =
      Pattern.compile("Value '(.*)' is not facet-valid with respect to pattern '.*' for type 'DateTimeStamp'\\.");
  private static final Pattern ENUMERATION = Pattern.compile(
      "Value '(.*)' is not facet-valid with respect to enumeration '\\[(.*)\\]'\\. It must be a value from the "
          + "enumeration\\.");

  /** The readable form of a validator message. */
  public static Readable readable(String raw) {
    String text = raw == null ? "schema violation" : raw.strip();
    String rule = "XSD";
    Matcher code = CODE.matcher(text);
    if (code.matches()) {
      rule = "XSD-" + code.group(1);
      text = code.group(2);
    }
    try {
      text = rewrite(text);
    } catch (RuntimeException e) {
      // a message in an unexpected shape: keep it as it is
    }
    return new Readable(rule, text);
  }

  private static String rewrite(String message) {
    String text = message.replace("http://www.w3.org/2001/XMLSchema-instance,", "xsi:");
    Matcher stamp = DATE_TIME_STAMP_PATTERN.matcher(text);
    if (stamp.matches()) {
      return "Value '" + stamp.group(1) + "' is not an EPCIS 2.0 timestamp: a date, a time with seconds "
          + "(fractions optional) and a time zone (Z or +hh:mm / -hh:mm, at most 14:00) are required, e.g. "
          + "2024-03-01T10:15:00.000+01:00.";
    }
    Matcher enumeration = ENUMERATION.matcher(text);
    if (enumeration.matches()) {
      return "Value '" + enumeration.group(1) + "' is not allowed; expected one of: " + enumeration.group(2) + ".";
    }
    String hint = "";
    Matcher expected = EXPECTED.matcher(text);
    if (expected.find()) {
      List<String> items = splitItems(expected.group(1));
      hint = unqualifiedHint(text, items) + qualifiedHint(text, items);
      text = text.substring(0, expected.start()) + expectedList(items) + text.substring(expected.end());
    }
    text = text.replace("Invalid content was found starting with element ", "Unexpected element ")
        .replace("No child element is expected at this point.", "No further element is allowed here.");
    text = INCOMPLETE.matcher(text).replaceAll("The content of element $1 is incomplete.");
    // '{"ns":local}' (a found element) and "ns":local become {ns}local
    text = QUOTED_QNAME.matcher(text).replaceAll(m -> Matcher.quoteReplacement("{" + m.group(1) + "}" + m.group(2)));
    text = FOUND_QUALIFIED.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
        "'{" + m.group(1) + "}" + m.group(2) + "'"));
    return text + hint;
  }

  /** "Expected: a, b, any element ..." with a namespace shared by all named elements factored out. */
  private static String expectedList(List<String> items) {
    String shared = null;
    boolean allShare = true;
    for (String item : items) {
      Matcher m = QUOTED_QNAME.matcher(item);
      String ns = m.matches() ? m.group(1) : item.startsWith("WC[") ? null : "";
      if (ns == null) {
        continue;
      }
      if (shared == null) {
        shared = ns;
      } else if (!shared.equals(ns)) {
        allShare = false;
      }
    }
    boolean factor = allShare && shared != null && !shared.isEmpty();
    List<String> out = new ArrayList<>();
    for (String item : items) {
      Matcher m = QUOTED_QNAME.matcher(item);
      out.add(factor && m.matches() ? m.group(2) : item(item));
    }
    return (factor ? "Expected (in namespace " + shared + "): " : "Expected: ") + String.join(", ", out) + ".";
  }

  /** A hint when an unqualified element was found where the same name in a namespace was expected. */
  private static String qualifiedHint(String text, List<String> expectedItems) {
    Matcher found = FOUND_UNQUALIFIED.matcher(text);
    if (!found.find()) {
      return "";
    }
    String local = found.group(1);
    for (String item : expectedItems) {
      Matcher m = QUOTED_QNAME.matcher(item);
      if (m.matches() && m.group(2).equals(local) && !m.group(1).isEmpty()) {
        return " Hint: <" + local + "> must be in namespace " + m.group(1) + " here (with a prefix bound to it), "
            + "not unqualified.";
      }
    }
    return "";
  }

  /** Items of an expected-list, split at top-level commas (wildcards contain none, but be safe with brackets). */
  private static List<String> splitItems(String list) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < list.length(); i++) {
      char c = list.charAt(i);
      if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth--;
      } else if (c == ',' && depth == 0) {
        out.add(list.substring(start, i).strip());
        start = i + 1;
      }
    }
    out.add(list.substring(start).strip());
    return out;
  }

  private static String item(String item) {
    if (item.startsWith("WC[")) {
      String inner = item.substring(3, item.length() - 1);
      if (inner.equals("##any")) {
        return "any element";
      }
      if (inner.equals("##local")) {
        return "any element without namespace";
      }
      if (inner.startsWith("##other:")) {
        String ns = inner.substring("##other:".length()).replace("\"", "");
        return "any element of a namespace other than " + (ns.isEmpty() ? "none" : ns);
      }
      return "any element of " + inner.replace("\"", "");
    }
    Matcher m = QUOTED_QNAME.matcher(item);
    return m.matches() ? "{" + m.group(1) + "}" + m.group(2) : item;
  }

  /** A hint when an EPCIS-namespaced element was found where the same unqualified name was expected. */
  private static String unqualifiedHint(String text, List<String> expectedItems) {
    Matcher found = FOUND_IN_NAMESPACE.matcher(text);
    String ns = null;
    String local = null;
    if (found.find()) {
      ns = found.group(1);
      local = found.group(2);
    }
    if (ns == null || !(ns.equals(EpcisXmlNamespaces.EPCIS_2_0) || ns.equals(EpcisXmlNamespaces.EPCIS_1_2))) {
      return "";
    }
    if (!expectedItems.contains(local)) {
      return "";
    }
    return " Hint: elements inside an EPCIS document are unqualified - write <" + local
        + "> without a namespace prefix (only the root element is in the EPCIS namespace).";
  }
}
