package dev.pharmatrace.epcis.model.hash.internal;

/**
 * The common EPC URIs of pharma events (SGTIN, SSCC, SGLN, PGLN, LGTIN) converted to their canonical Digital Link
 * without the general parser: string slicing and a check digit, an order of magnitude faster, which matters when a
 * document carries millions of serials. Anything unusual (other schemes, escapes, characters that need encoding,
 * wrong lengths) returns null and goes through the full parser, so the result is always the parser's; a test
 * compares both on many inputs.
 */
final class FastEpc {
  private static final String STEM = "https://id.gs1.org/";

  private FastEpc() {}

  /** The canonical Digital Link, or null when the value needs the full parser. */
  static String toDigitalLink(String v) {
    if (v.startsWith("urn:epc:id:sgtin:")) {
      return keyed(v, 17, "01", 13, 1, "21", 20);
    }
    if (v.startsWith("urn:epc:class:lgtin:")) {
      return keyed(v, 20, "01", 13, 1, "10", 20);
    }
    if (v.startsWith("urn:epc:id:sscc:")) {
      return keyed(v, 16, "00", 17, 1, null, 0);
    }
    if (v.startsWith("urn:epc:id:sgln:")) {
      return keyed(v, 16, "414", 12, 0, "254", 20);
    }
    if (v.startsWith("urn:epc:id:pgln:")) {
      return keyed(v, 16, "417", 12, 0, null, 0);
    }
    return null;
  }

  /**
   * {@code CP.REF[.EXTRA]} after the scheme prefix: the key is REF's first {@code leading} digits, CP, the rest of
   * REF and a check digit ({@code digits} digits before the check digit); EXTRA becomes the qualifier {@code
   * qualifierAi} (an SGLN extension {@code 0} means none).
   */
  private static String keyed(String v, int from, String ai, int digits, int leading, String qualifierAi,
      int maxQualifier) {
    int dot1 = v.indexOf('.', from);
    if (dot1 < 0) {
      return null;
    }
    int dot2 = v.indexOf('.', dot1 + 1);
    int refEnd = qualifierAi == null ? v.length() : dot2;
    if (refEnd < 0 || qualifierAi == null && dot2 >= 0) {
      return null;
    }
    int cpLength = dot1 - from;
    int refLength = refEnd - dot1 - 1;
    if (cpLength < 6 || cpLength > 12 || cpLength + refLength != digits || !allDigits(v, from, dot1)
        || !allDigits(v, dot1 + 1, refEnd) || refLength < leading) {
      return null;
    }
    StringBuilder out = new StringBuilder(64).append(STEM).append(ai).append('/');
    int keyStart = out.length();
    out.append(v, dot1 + 1, dot1 + 1 + leading).append(v, from, dot1).append(v, dot1 + 1 + leading, refEnd);
    out.append(checkDigit(out, keyStart));
    if (qualifierAi != null) {
      int qStart = dot2 + 1;
      int qLength = v.length() - qStart;
      if (qLength < 1 || qLength > maxQualifier || !safe(v, qStart)) {
        return null;
      }
      boolean noExtension = ai.equals("414") && qLength == 1 && v.charAt(qStart) == '0';
      if (!noExtension) {
        out.append('/').append(qualifierAi).append('/').append(v, qStart, v.length());
      }
    }
    return out.toString();
  }

  private static boolean allDigits(String v, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = v.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Letters, digits, {@code - . _}: valid in AI 21/10/254 and left as they are by Digital Link encoding. */
  private static boolean safe(String v, int from) {
    for (int i = from; i < v.length(); i++) {
      char c = v.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '-' || c == '.'
          || c == '_')) {
        return false;
      }
    }
    return true;
  }

  /** The GS1 mod-10 check digit of the digits from {@code start} to the end of {@code s}. */
  private static char checkDigit(StringBuilder s, int start) {
    int sum = 0;
    boolean three = true;
    for (int i = s.length() - 1; i >= start; i--) {
      int d = s.charAt(i) - '0';
      sum += three ? 3 * d : d;
      three = !three;
    }
    return (char) ('0' + (10 - sum % 10) % 10);
  }
}
