package dev.pharmatrace.epcis.xml.internal;

/** XML names, as XML 1.0 (fifth edition, productions 4, 4a and 5) and Namespaces in XML 1.0 (NCName) define them. */
public final class XmlNames {
  private XmlNames() {}

  /** Whether {@code s} is an NCName: a name without a colon, so a local name or a prefix. */
  public static boolean isNcName(String s) {
    if (s == null || s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      if (c == ':' || !(i == 0 ? isNameStart(c) : isNameStart(c) || isNameRest(c))) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  private static boolean isNameStart(int c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == ':'
        || c >= 0xC0 && c <= 0xD6 || c >= 0xD8 && c <= 0xF6 || c >= 0xF8 && c <= 0x2FF
        || c >= 0x370 && c <= 0x37D || c >= 0x37F && c <= 0x1FFF || c >= 0x200C && c <= 0x200D
        || c >= 0x2070 && c <= 0x218F || c >= 0x2C00 && c <= 0x2FEF || c >= 0x3001 && c <= 0xD7FF
        || c >= 0xF900 && c <= 0xFDCF || c >= 0xFDF0 && c <= 0xFFFD || c >= 0x10000 && c <= 0xEFFFF;
  }

  private static boolean isNameRest(int c) {
    return c == '-' || c == '.' || c >= '0' && c <= '9' || c == 0xB7 || c >= 0x300 && c <= 0x36F
        || c >= 0x203F && c <= 0x2040;
  }
}
