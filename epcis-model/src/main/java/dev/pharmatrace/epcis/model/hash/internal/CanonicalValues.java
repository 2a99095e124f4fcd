package dev.pharmatrace.epcis.model.hash.internal;

import dev.pharmatrace.epcis.model.Extension;
import dev.pharmatrace.epcis.model.cbv.CbvValue;
import dev.pharmatrace.epcis.model.cbv.CbvVocabulary;
import dev.pharmatrace.epcis.model.gs1.AiElement;
import dev.pharmatrace.epcis.model.gs1.Gs1Identifier;
import dev.pharmatrace.epcis.model.gs1.Identifiers;
import dev.pharmatrace.epcis.model.gs1.InvalidIdentifierException;
import dev.pharmatrace.epcis.model.gs1.internal.PercentCodec;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The value canonicalisation of the CBV 2.0 event hash ID (pre-hash string rules on values): timestamps, numbers,
 * CBV values, compact IRIs and GS1 identifiers. One instance per thread (it caches identifier conversions); not
 * thread-safe.
 *
 * <p>Interpretation choices (see docs/hash.md):
 * <ul>
 *   <li>Identifiers: an EPC pure identity, class or pattern URI becomes its canonical Digital Link on
 *       {@code https://id.gs1.org}; any http(s) URI that parses as a GS1 Digital Link becomes the "constrained"
 *       canonical link (GS1's domain, no query string, only the primary key and the one qualifier the standard's
 *       list keeps: 01+21, 01+235, 01+10, 414+254, 8006+21, 8006+10, 8010+8011). A value that does not parse is
 *       kept as written (trimmed): the hash must not fail on a partner's odd identifier.</li>
 *   <li>Numbers: {@link BigDecimal} value without trailing zeros and without exponent ({@code 26.0} → {@code 26},
 *       {@code 1E+3} → {@code 1000}); when the plain form would exceed {@value #MAX_PLAIN_SCALE} digits of scale
 *       (a hostile {@code 1e999999999}) the scientific form is used, so hashing stays bounded.</li>
 *   <li>Timestamps: UTC, exactly three fraction digits, the third rounded half up from the fourth.</li>
 * </ul>
 */
public final class CanonicalValues {
  /** Beyond this scale a number is written in scientific notation instead of expanded (bounded output). */
  static final int MAX_PLAIN_SCALE = 1000;
  private static final int CACHE_SLOTS = 1 << 13;
  private static final String CANONICAL_STEM = "https://id.gs1.org";
  /** CBV URN vocabularies whose values take a Web URI (bizstep, disp, btt, sdt, er). */
  private static final CbvVocabulary[] URN_VOCABULARIES = {CbvVocabulary.BIZ_STEP, CbvVocabulary.DISPOSITION,
      CbvVocabulary.BIZ_TRANSACTION_TYPE, CbvVocabulary.SOURCE_DEST_TYPE, CbvVocabulary.ERROR_REASON};
  /** The compact IRI prefixes of the EPCIS context that the standard names for expansion. */
  private static final String[][] CURIES = {{"gs1:", "https://gs1.org/voc/"}, {"cbv:", "https://ref.gs1.org/cbv/"},
      {"epcis:", "https://ref.gs1.org/epcis/"}};
  /** Digital Link primary keys (AIs) worth an attempt to parse a path. */
  private static final String[] PRIMARY_KEYS = {"00", "01", "253", "255", "401", "402", "414", "417", "8003",
      "8004", "8006", "8010", "8017", "8018"};

  /**
   * The cache of canonical URIs, direct-mapped by the value's hash: a value takes the slot of its hash and replaces
   * what was there. A document that packs what it commissions meets each serial again a few events later, within
   * reach; a lookup allocates nothing (a map's node per entry and its lookups were 5% of the rules pass).
   */
  private final String[] cachedValues = new String[CACHE_SLOTS];
  private final int[] cachedHashes = new int[CACHE_SLOTS];
  private final String[] cachedUris = new String[CACHE_SLOTS];

  /** The canonical form of a URI-valued field: identifier, CBV value or compact IRI; else the trimmed value. */
  public String uri(String value) {
    String v = value.strip();
    int h = v.hashCode();
    int slot = (h ^ (h >>> 15)) & (CACHE_SLOTS - 1);
    String cached = cachedValues[slot];
    if (cached != null && cachedHashes[slot] == h && cached.equals(v)) {
      return cachedUris[slot];
    }
    String canonical = canonicalUri(v);
    cachedValues[slot] = v;
    cachedHashes[slot] = h;
    cachedUris[slot] = canonical;
    return canonical;
  }

  private static String canonicalUri(String v) {
    if (v.startsWith("urn:epc:id:") || v.startsWith("urn:epc:class:") || v.startsWith("urn:epc:idpat:")) {
      return identifier(v);
    }
    if (v.startsWith("urn:epcglobal:cbv:")) {
      for (CbvVocabulary vocabulary : URN_VOCABULARIES) {
        String prefix = vocabulary.urnPrefix().orElseThrow();
        if (v.startsWith(prefix) && v.length() > prefix.length()) {
          return vocabulary.webUriPrefix() + v.substring(prefix.length());
        }
      }
      return v;
    }
    if ((v.startsWith("https://") || v.startsWith("http://")) && mayBeDigitalLink(v)) {
      return identifier(v);
    }
    for (String[] curie : CURIES) {
      if (v.startsWith(curie[0]) && v.length() > curie[0].length()) {
        return curie[1] + v.substring(curie[0].length());
      }
    }
    return v;
  }

  /** The constrained canonical Digital Link of an identifier; the value itself when it is not one. */
  private static String identifier(String v) {
    String fast = FastEpc.toDigitalLink(v);
    return fast != null ? fast : parsedIdentifier(v);
  }

  /** {@link #identifier(String)} through the full GS1 parser (every scheme, every check). */
  static String parsedIdentifier(String v) {
    Gs1Identifier id;
    try {
      id = Identifiers.parse(v).identifier().orElse(null);
    } catch (InvalidIdentifierException e) {
      return v;
    }
    if (id == null) {
      return v;
    }
    StringBuilder out = new StringBuilder(64).append(CANONICAL_STEM);
    AiElement key = id.primaryKey();
    append(out, key);
    String kept = switch (key.ai()) {
      case "01" -> first(id, "21", "235", "10");
      case "414" -> first(id, "254");
      case "8006" -> first(id, "21", "10");
      case "8010" -> first(id, "8011");
      default -> null;
    };
    if (kept != null) {
      append(out, AiElement.of(kept, id.value(kept).orElseThrow()));
    }
    return out.toString();
  }

  private static String first(Gs1Identifier id, String... ais) {
    for (String ai : ais) {
      for (AiElement q : id.qualifiers()) {
        if (q.ai().equals(ai)) {
          return ai;
        }
      }
    }
    return null;
  }

  private static void append(StringBuilder out, AiElement e) {
    out.append('/').append(e.ai()).append('/').append(PercentCodec.encodeDl(e.value()));
  }

  /** Whether some path segment of an http(s) URI is a Digital Link primary key AI (cheap pre-check). */
  private static boolean mayBeDigitalLink(String v) {
    int start = v.indexOf("//") + 2;
    int query = v.indexOf('?');
    int end = query < 0 ? v.length() : query;
    int slash = v.indexOf('/', start);
    while (slash >= 0 && slash < end) {
      int next = v.indexOf('/', slash + 1);
      int segEnd = next < 0 || next > end ? end : next;
      int len = segEnd - slash - 1;
      if (len >= 2 && len <= 4) {
        for (String ai : PRIMARY_KEYS) {
          if (ai.length() == len && v.startsWith(ai, slash + 1)) {
            return true;
          }
        }
      }
      slash = next;
    }
    return false;
  }

  /** The Web URI of a CBV value (bare words and URNs expanded; custom values canonicalised as URIs). */
  public String cbv(CbvValue value) {
    return value.isStandard() ? value.webUri() : uri(value.webUri());
  }

  /** A number without trailing zeros and without exponent (bounded, see the class comment). */
  public static String number(BigDecimal value) {
    if (value.signum() == 0) {
      return "0";
    }
    BigDecimal stripped = value.stripTrailingZeros();
    int scale = stripped.scale();
    return scale > MAX_PLAIN_SCALE || scale < -MAX_PLAIN_SCALE ? stripped.toString() : stripped.toPlainString();
  }

  /** A timestamp in UTC with exactly millisecond precision, the millisecond rounded half up. */
  public static String timestamp(OffsetDateTime time) {
    Instant rounded = time.toInstant().plusNanos(500_000).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    LocalDateTime t = LocalDateTime.ofEpochSecond(rounded.getEpochSecond(), rounded.getNano(), ZoneOffset.UTC);
    int year = t.getYear();
    if (year < 0 || year > 9999) {
      return java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").format(t);
    }
    StringBuilder s = new StringBuilder(24);
    pad(s, year, 4).append('-');
    pad(s, t.getMonthValue(), 2).append('-');
    pad(s, t.getDayOfMonth(), 2).append('T');
    pad(s, t.getHour(), 2).append(':');
    pad(s, t.getMinute(), 2).append(':');
    pad(s, t.getSecond(), 2).append('.');
    return pad(s, t.getNano() / 1_000_000, 3).append('Z').toString();
  }

  /** A time zone offset as {@code ±hh:mm} ({@code +00:00} for UTC, never {@code Z}). */
  public static String offset(ZoneOffset offset) {
    int total = offset.getTotalSeconds();
    StringBuilder s = new StringBuilder(6).append(total < 0 ? '-' : '+');
    int abs = Math.abs(total);
    pad(s, abs / 3600, 2).append(':');
    return pad(s, abs / 60 % 60, 2).toString();
  }

  private static StringBuilder pad(StringBuilder s, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      s.append('0');
    }
    return s.append(digits);
  }

  /**
   * The canonical text of an extension element, or null when it has none (absent or blank). Typed numbers,
   * booleans and dateTimes take their canonical form; an untyped text that is lexically a JSON number is
   * canonicalised as a number too (an XML element without {@code xsi:type} and the same member as a JSON number
   * must hash alike), other texts as URIs.
   */
  public String extensionText(Extension e) {
    String text = e.text();
    if (text == null) {
      return null;
    }
    String v = text.strip();
    if (v.isEmpty()) {
      return null;
    }
    String type = e.datatype();
    if (e.isNumber() || (type == null || Extension.XSD_STRING.equals(type)) && isJsonNumber(v)) {
      try {
        return number(new BigDecimal(v.startsWith("+") ? v.substring(1) : v));
      } catch (NumberFormatException notANumber) {
        return v; // e.g. INF, NaN: kept as written
      }
    }
    if (e.isBoolean()) {
      return v.equals("1") ? "true" : v.equals("0") ? "false" : v;
    }
    if (Extension.XSD_DATE_TIME.equals(type)) {
      OffsetDateTime common = dev.pharmatrace.epcis.model.internal.IsoTimes.parseCommon(v, null);
      if (common != null) {
        return timestamp(common);
      }
      try {
        return timestamp(OffsetDateTime.parse(v));
      } catch (DateTimeParseException noZone) {
        return v; // a dateTime without zone has no instant: kept as written
      }
    }
    return uri(v);
  }

  /** Whether a text is a number in JSON's lexical grammar ({@code -?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?}). */
  static boolean isJsonNumber(String v) {
    int i = 0;
    int n = v.length();
    if (i < n && v.charAt(i) == '-') {
      i++;
    }
    if (i >= n) {
      return false;
    }
    if (v.charAt(i) == '0') {
      i++;
    } else if (isDigit(v.charAt(i))) {
      while (i < n && isDigit(v.charAt(i))) {
        i++;
      }
    } else {
      return false;
    }
    if (i < n && v.charAt(i) == '.') {
      i++;
      int digits = i;
      while (i < n && isDigit(v.charAt(i))) {
        i++;
      }
      if (i == digits) {
        return false;
      }
    }
    if (i < n && (v.charAt(i) == 'e' || v.charAt(i) == 'E')) {
      i++;
      if (i < n && (v.charAt(i) == '+' || v.charAt(i) == '-')) {
        i++;
      }
      int digits = i;
      while (i < n && isDigit(v.charAt(i))) {
        i++;
      }
      if (i == digits) {
        return false;
      }
    }
    return i == n;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * The namespace of an extension name as hashed: the CBV master-data namespace is read in both of its spellings
   * ({@code urn:epcglobal:cbv:mda} in XML, {@code urn:epcglobal:cbv:mda:} as a JSON-LD prefix) and hashed as the
   * XML one; every other namespace verbatim.
   */
  public static String namespace(String ns) {
    return ns.equals("urn:epcglobal:cbv:mda:") ? "urn:epcglobal:cbv:mda" : ns;
  }
}
