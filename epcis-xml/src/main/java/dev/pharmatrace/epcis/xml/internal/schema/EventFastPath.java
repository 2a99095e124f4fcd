package dev.pharmatrace.epcis.xml.internal.schema;

import dev.pharmatrace.epcis.xml.EpcisXmlNamespaces;
import java.util.Arrays;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.validation.ValidatorHandler;
import org.codehaus.stax2.XMLStreamReader2;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * The schema pass's fast path for the common events: an {@code ObjectEvent} or {@code AggregationEvent} of an EPCIS
 * 2.0 or 1.2 event list that a hand-written check, derived from the bundled {@code epcis-2.0.xsd} and
 * {@code epcis-1.2.xsd}, finds <em>certainly valid</em> is read past without being handed to the XSD validator. An
 * event list's content model is a repeated choice of events, and the bundled schemas declare no identity constraints
 * or IDs (which the validator would track across events), so leaving out a valid event changes no verdict and no
 * finding.
 *
 * <p>The check understands a subset of the schema and gives up on anything else: the event's fields in schema order
 * ({@code eventTime}, {@code recordTime}, {@code eventTimeZoneOffset}, {@code eventID}, {@code certificationInfo},
 * EPC lists, {@code parentID}, {@code action}, {@code bizStep}, {@code disposition}, {@code readPoint},
 * {@code bizLocation}, business transactions, sources, destinations, {@code ilmd}; in 1.2 also the
 * {@code baseExtension} and {@code extension} elements that hold some of them) and user extensions of namespaces
 * no bundled schema declares, without namespace declarations, namespaced attributes or text where the schema allows
 * none. Values are checked as the validator checks them, conservatively: a date-time stamp must match the schema's
 * pattern with a day that exists in its month, a URI must be plain ASCII of a simple shape. Everything else (error
 * declarations, quantities, sensor data, persistent dispositions, {@code extension} elements, xsi attributes,
 * whitespace around values, ...) makes it give up.
 *
 * <p>Giving up (any method here returning false) is safe at any point: what was read of the event so far (which the
 * check found valid) is handed to the validator, and the caller goes on from the reader's current event as if nothing
 * had been skipped, so every finding comes from the validator with its usual position. {@code EventFastPathTest}
 * compares the findings of both paths on thousands of built documents, {@code BareEpcSkippingTest} on the fixtures
 * and the conformance corpus.
 */
final class EventFastPath {
  /**
   * Namespaces an element of which, met in lax content, the validator may validate against a declaration: those of
   * every bundled schema, and XML Schema's own. User extensions of these namespaces make the check give up.
   */
  static final Set<String> SCHEMA_NAMESPACES = Set.of(EpcisXmlNamespaces.EPCIS_2_0,
      EpcisXmlNamespaces.EPCIS_QUERY_2_0, EpcisXmlNamespaces.EPCIS_MASTER_DATA_2_0, EpcisXmlNamespaces.EPCIS_1_2,
      EpcisXmlNamespaces.EPCIS_QUERY_1_2, EpcisXmlNamespaces.EPCIS_MASTER_DATA_1_2, EpcisXmlNamespaces.EPCGLOBAL,
      EpcisXmlNamespaces.SBDH, XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, XMLConstants.W3C_XML_SCHEMA_NS_URI,
      XMLConstants.XML_NS_URI, XMLConstants.XMLNS_ATTRIBUTE_NS_URI);

  /** What an element's content must be. */
  private enum Kind { TIME, STRING, URI, ACTION, EPCS, SEQUENCE, TRANSACTIONS, SOURCES, DESTINATIONS }

  /**
   * One element of a sequence, in schema order; each at most once. A {@link Kind#SEQUENCE} has {@code content} (its
   * elements), then user extensions where {@code tail} says so.
   */
  private record Slot(String name, Kind kind, boolean optional, Slot[] content, boolean tail) {}

  private static Slot required(String name, Kind kind) {
    return new Slot(name, kind, false, null, false);
  }

  private static Slot optional(String name, Kind kind) {
    return new Slot(name, kind, true, null, false);
  }

  /** An optional sequence; {@code tail}: whether user extensions may close it. */
  private static Slot optional(String name, boolean tail, Slot... content) {
    return new Slot(name, Kind.SEQUENCE, true, content, tail);
  }

  private static final Slot READ_POINT = optional("readPoint", true, required("id", Kind.URI));
  private static final Slot BIZ_LOCATION = optional("bizLocation", true, required("id", Kind.URI));
  /** ILMD: user extensions only (its {@code extension} makes the check give up). */
  private static final Slot ILMD = optional("ilmd", true);

  /**
   * EPCIS 2.0 (epcis-2.0.xsd): EPCISEventType's fields, then the event type's; the fields not listed
   * (errorDeclaration, baseExtension, quantity lists, sensor data, persistent disposition, extension) make the
   * check give up.
   */
  private static final Slot[] OBJECT_EVENT = {required("eventTime", Kind.TIME), optional("recordTime", Kind.TIME),
      required("eventTimeZoneOffset", Kind.STRING), optional("eventID", Kind.URI),
      optional("certificationInfo", Kind.URI), optional("epcList", Kind.EPCS), required("action", Kind.ACTION),
      optional("bizStep", Kind.URI), optional("disposition", Kind.URI), READ_POINT, BIZ_LOCATION,
      optional("bizTransactionList", Kind.TRANSACTIONS), optional("sourceList", Kind.SOURCES),
      optional("destinationList", Kind.DESTINATIONS), ILMD};

  private static final Slot[] AGGREGATION_EVENT = {required("eventTime", Kind.TIME),
      optional("recordTime", Kind.TIME), required("eventTimeZoneOffset", Kind.STRING), optional("eventID", Kind.URI),
      optional("certificationInfo", Kind.URI), optional("parentID", Kind.URI), optional("childEPCs", Kind.EPCS),
      required("action", Kind.ACTION), optional("bizStep", Kind.URI), optional("disposition", Kind.URI),
      READ_POINT, BIZ_LOCATION, optional("bizTransactionList", Kind.TRANSACTIONS),
      optional("sourceList", Kind.SOURCES), optional("destinationList", Kind.DESTINATIONS)};

  /**
   * EPCIS 1.2 (epcis-1.2.xsd): the EPC lists are required, {@code eventID} sits in {@code baseExtension}, sources,
   * destinations and ILMD in the event's {@code extension} (quantity lists, error declarations and further
   * {@code extension} levels make the check give up). Its {@code eventTime} is any {@code xs:dateTime}; the check
   * accepts the EPCIS 2.0 subset.
   */
  private static final Slot[] OBJECT_EVENT_1_2 = {required("eventTime", Kind.TIME),
      optional("recordTime", Kind.TIME), required("eventTimeZoneOffset", Kind.STRING),
      optional("baseExtension", false, optional("eventID", Kind.URI)), required("epcList", Kind.EPCS),
      required("action", Kind.ACTION), optional("bizStep", Kind.URI), optional("disposition", Kind.URI),
      READ_POINT, BIZ_LOCATION, optional("bizTransactionList", Kind.TRANSACTIONS),
      optional("extension", false, optional("sourceList", Kind.SOURCES),
          optional("destinationList", Kind.DESTINATIONS), ILMD)};

  private static final Slot[] AGGREGATION_EVENT_1_2 = {required("eventTime", Kind.TIME),
      optional("recordTime", Kind.TIME), required("eventTimeZoneOffset", Kind.STRING),
      optional("baseExtension", false, optional("eventID", Kind.URI)), optional("parentID", Kind.URI),
      required("childEPCs", Kind.EPCS), required("action", Kind.ACTION), optional("bizStep", Kind.URI),
      optional("disposition", Kind.URI), READ_POINT, BIZ_LOCATION, optional("bizTransactionList", Kind.TRANSACTIONS),
      optional("extension", false, optional("sourceList", Kind.SOURCES),
          optional("destinationList", Kind.DESTINATIONS))};

  private final boolean version12;

  /** A fast path for the events of EPCIS 2.0 documents, or of 1.2 documents. */
  EventFastPath(boolean version12) {
    this.version12 = version12;
  }

  // what was read of the current event, to hand over when giving up: one entry per start tag, text or end tag
  private static final byte START = 0;
  private static final byte FOREIGN_START = 1;
  private static final byte TEXT = 2;
  private static final byte END = 3;
  private static final byte FOREIGN_END = 4;
  private byte[] ops = new byte[64];
  /** Local name (start, end). */
  private String[] first = new String[64];
  /** Namespace (foreign start and end), or the {@code type} attribute's value (start). */
  private String[] second = new String[64];
  /** Prefix (foreign start and end). */
  private String[] third = new String[64];
  /** Where a text starts and ends in {@link #texts}. */
  private int[] from = new int[64];
  private int[] to = new int[64];
  private int size;
  /** Whether an {@code <epc>} is open (its start tag is handed over only when giving up inside it). */
  private boolean inEpc;

  /** Bare {@code <epc>} elements read and not handed over, in all (for the tests that compare the paths). */
  long epcsRead;

  /** The texts of the simple elements of the event read so far, one after the other. */
  private char[] texts = new char[1024];
  private int textsEnd;

  /**
   * Whether the reader's current start tag is an event the check may take: an {@code ObjectEvent} or
   * {@code AggregationEvent} of no namespace, without attributes or namespace declarations (the caller knows that
   * it stands in an EPCIS 2.0 or 1.2 event list).
   */
  static boolean isCandidate(XMLStreamReader2 r) {
    if (r.getAttributeCount() != 0 || r.getNamespaceCount() != 0) {
      return false;
    }
    String ns = r.getNamespaceURI();
    if (isQualified(ns)) {
      return false;
    }
    String local = r.getLocalName();
    return local.equals("ObjectEvent") || local.equals("AggregationEvent");
  }

  /**
   * Reads the event whose start tag is the reader's current event. Returns true when the event was certainly valid
   * and has been read past its end tag, none of it handed to the validator. Returns false when the check gave up:
   * then what was read of the event has been handed to {@code vh}, and the reader's current event is the first one
   * not handed over, for the caller to go on with.
   */
  boolean skip(XMLStreamReader2 r, ValidatorHandler vh, AttributesImpl attributes, SchemaValidation.QNames names)
      throws XMLStreamException, SAXException {
    size = 0;
    textsEnd = 0;
    inEpc = false;
    String local = r.getLocalName();
    log(START, local, null, null);
    boolean object = local.equals("ObjectEvent");
    Slot[] slots = version12 ? (object ? OBJECT_EVENT_1_2 : AGGREGATION_EVENT_1_2)
        : (object ? OBJECT_EVENT : AGGREGATION_EVENT);
    if (sequence(r, slots, true, true)) {
      return true;
    }
    if (inEpc) {
      log(START, "epc", null, null);
    }
    replay(vh, attributes, names);
    return false;
  }

  /**
   * Reads the content of the open element (the current event is its start tag) through its end tag: elements of
   * {@code slots} in order, then user extensions if {@code tailAllowed}. {@code event}: the element is the event
   * (whose end tag is not logged).
   */
  private boolean sequence(XMLStreamReader2 r, Slot[] slots, boolean event, boolean tailAllowed)
      throws XMLStreamException {
    int position = 0;
    boolean tail = false;
    while (true) {
      switch (r.next()) {
        case XMLStreamConstants.START_ELEMENT -> {
          String ns = r.getNamespaceURI();
          if (!isQualified(ns)) {
            if (tail || r.getNamespaceCount() != 0) {
              return false;
            }
            String local = r.getLocalName();
            int i = position;
            while (i < slots.length && !slots[i].name.equals(local)) {
              if (!slots[i].optional) {
                return false;
              }
              i++;
            }
            if (i == slots.length) {
              return false;
            }
            position = i + 1;
            if (!content(r, slots[i], local)) {
              return false;
            }
          } else {
            tail = true;
            if (!tailAllowed || !restOptional(slots, position) || !foreign(r, ns)) {
              return false;
            }
          }
        }
        case XMLStreamConstants.END_ELEMENT -> {
          if (!restOptional(slots, position)) {
            return false;
          }
          if (!event) {
            log(END, r.getLocalName(), null, null);
          }
          return true;
        }
        default -> {
          if (!isElementOnlyFiller(r)) {
            return false;
          }
        }
      }
    }
  }

  /** Whether every slot from {@code position} on is optional. */
  private static boolean restOptional(Slot[] slots, int position) {
    for (int i = position; i < slots.length; i++) {
      if (!slots[i].optional) {
        return false;
      }
    }
    return true;
  }

  /** Reads one field of no namespace (its start tag is current) through its end tag. */
  private boolean content(XMLStreamReader2 r, Slot slot, String local) throws XMLStreamException {
    if (r.getAttributeCount() != 0) {
      return false; // none of these has attributes (a type attribute is on the items of a typed list)
    }
    log(START, local, null, null);
    Kind kind = slot.kind;
    return switch (kind) {
      case EPCS -> epcs(r);
      case SEQUENCE -> sequence(r, slot.content, false, slot.tail);
      case TRANSACTIONS -> typedList(r, local, "bizTransaction", false);
      case SOURCES -> typedList(r, local, "source", true);
      case DESTINATIONS -> typedList(r, local, "destination", true);
      default -> simple(r, kind);
    };
  }

  /**
   * Reads a simple element's text (its start tag is logged) and checks it against {@code kind}; gives up at a child
   * element, or at the end tag when the value is not certainly valid.
   */
  private boolean simple(XMLStreamReader2 r, Kind kind) throws XMLStreamException {
    int start = textsEnd;
    while (true) {
      switch (r.next()) {
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          int n = r.getTextLength();
          if (textsEnd + n > texts.length) {
            texts = Arrays.copyOf(texts, Math.max(texts.length * 2, textsEnd + n));
          }
          r.getTextCharacters(0, texts, textsEnd, n);
          textsEnd += n;
        }
        case XMLStreamConstants.END_ELEMENT -> {
          logText(start);
          if (!valid(kind, start, textsEnd)) {
            return false;
          }
          log(END, r.getLocalName(), null, null);
          return true;
        }
        case XMLStreamConstants.START_ELEMENT -> {
          logText(start);
          return false;
        }
        default -> {
          // comments, processing instructions: no bearing on validity
        }
      }
    }
  }

  private void logText(int start) {
    if (textsEnd > start) {
      log(TEXT, null, null, null);
      from[size - 1] = start;
      to[size - 1] = textsEnd;
    }
  }

  private boolean valid(Kind kind, int start, int end) {
    return switch (kind) {
      case STRING -> true;
      case TIME -> Values.isDateTimeStamp(texts, start, end);
      case URI -> Values.isPlainUri(texts, start, end);
      case ACTION -> Values.isAction(texts, start, end);
      default -> false;
    };
  }

  /** An EPC list: bare {@code <epc>} elements of any text (their start and end tags are not logged). */
  private boolean epcs(XMLStreamReader2 r) throws XMLStreamException {
    while (true) {
      switch (r.next()) {
        case XMLStreamConstants.START_ELEMENT -> {
          String ns = r.getNamespaceURI();
          if (isQualified(ns) || r.getAttributeCount() != 0 || r.getNamespaceCount() != 0
              || !r.getLocalName().equals("epc")) {
            return false;
          }
          inEpc = true;
          if (!epc(r)) {
            return false;
          }
          inEpc = false;
          epcsRead++;
        }
        case XMLStreamConstants.END_ELEMENT -> {
          log(END, r.getLocalName(), null, null);
          return true;
        }
        default -> {
          if (!isElementOnlyFiller(r)) {
            return false;
          }
        }
      }
    }
  }

  /** An {@code <epc>}: any text is valid; its text is read to its end ({@link #read}), not copied. */
  private static boolean epc(XMLStreamReader2 r) throws XMLStreamException {
    while (true) {
      switch (r.next()) {
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> read(r);
        case XMLStreamConstants.END_ELEMENT -> {
          return true;
        }
        case XMLStreamConstants.START_ELEMENT -> {
          return false;
        }
        default -> {
          // comments, processing instructions
        }
      }
    }
  }

  /**
   * Business transactions, sources or destinations: one or more {@code item} elements whose text is a URI, with a
   * {@code type} attribute (a URI; required for sources and destinations) and no other.
   */
  private boolean typedList(XMLStreamReader2 r, String local, String item, boolean typeRequired)
      throws XMLStreamException {
    int items = 0;
    while (true) {
      switch (r.next()) {
        case XMLStreamConstants.START_ELEMENT -> {
          String ns = r.getNamespaceURI();
          if (isQualified(ns) || r.getNamespaceCount() != 0 || !r.getLocalName().equals(item)) {
            return false;
          }
          String type = null;
          int n = r.getAttributeCount();
          if (n > 1) {
            return false;
          }
          if (n == 1) {
            String attributeNs = r.getAttributeNamespace(0);
            if (isQualified(attributeNs) || !r.getAttributeLocalName(0).equals("type")) {
              return false;
            }
            type = r.getAttributeValue(0);
            if (!Values.isPlainUri(type.toCharArray(), 0, type.length())) {
              return false;
            }
          } else if (typeRequired) {
            return false;
          }
          log(START, item, type, null);
          if (!simple(r, Kind.URI)) {
            return false;
          }
          items++;
        }
        case XMLStreamConstants.END_ELEMENT -> {
          if (items == 0) {
            return false;
          }
          log(END, local, null, null);
          return true;
        }
        default -> {
          if (!isElementOnlyFiller(r)) {
            return false;
          }
        }
      }
    }
  }

  /**
   * A user extension (its start tag is current; namespace {@code ns}, not empty): valid under the schema's lax
   * wildcards when neither it nor anything in it is of a namespace a bundled schema declares. Its start and end tags,
   * and those of its descendants, are logged without attributes or text: under a lax wildcard, an element without a
   * declaration is valid whatever its attributes of no namespace and its text.
   */
  private boolean foreign(XMLStreamReader2 r, String ns) throws XMLStreamException {
    if (!foreignStart(r, ns)) {
      return false;
    }
    int depth = 1;
    while (depth > 0) {
      switch (r.next()) {
        case XMLStreamConstants.START_ELEMENT -> {
          String childNs = r.getNamespaceURI();
          if (!isQualified(childNs)) {
            return false;
          }
          if (!foreignStart(r, childNs)) {
            return false;
          }
          depth++;
        }
        case XMLStreamConstants.END_ELEMENT -> {
          log(FOREIGN_END, r.getLocalName(), r.getNamespaceURI(), r.getPrefix());
          depth--;
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> read(r);
        default -> {
          // comments, processing instructions
        }
      }
    }
    return true;
  }

  /**
   * Reads the current text to its end, as the validator's path does (it hands every text over): a text the parser
   * skipped instead would fill its buffers at other points, and an encoding error after it would be reported at
   * another position (a fuzz finding). The parser's limits apply to it too.
   */
  private static void read(XMLStreamReader2 r) throws XMLStreamException {
    r.getTextCharacters();
  }

  /** Whether a namespace URI from the reader names a namespace (StAX gives null or "" for none). */
  private static boolean isQualified(String ns) {
    return ns != null && !ns.isEmpty();
  }

  /**
   * Whether the current event (neither start nor end tag) may stand in element-only content: whitespace (read to
   * its end, {@link #read}), a comment or a processing instruction; not other text.
   */
  private static boolean isElementOnlyFiller(XMLStreamReader2 r) throws XMLStreamException {
    int event = r.getEventType();
    if (event != XMLStreamConstants.CHARACTERS && event != XMLStreamConstants.CDATA
        && event != XMLStreamConstants.SPACE) {
      return true;
    }
    read(r);
    return r.isWhiteSpace();
  }

  private boolean foreignStart(XMLStreamReader2 r, String ns) {
    if (SCHEMA_NAMESPACES.contains(ns) || r.getNamespaceCount() != 0) {
      return false;
    }
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      String attributeNs = r.getAttributeNamespace(i);
      if (isQualified(attributeNs)) {
        return false;
      }
    }
    log(FOREIGN_START, r.getLocalName(), ns, r.getPrefix());
    return true;
  }

  private void log(byte op, String a, String b, String c) {
    if (size == ops.length) {
      int n = size * 2;
      ops = Arrays.copyOf(ops, n);
      first = Arrays.copyOf(first, n);
      second = Arrays.copyOf(second, n);
      third = Arrays.copyOf(third, n);
      from = Arrays.copyOf(from, n);
      to = Arrays.copyOf(to, n);
    }
    ops[size] = op;
    first[size] = a;
    second[size] = b;
    third[size] = c;
    size++;
  }

  /** Hands what was read of the event to the validator, as the caller would have. */
  private void replay(ValidatorHandler vh, AttributesImpl attributes, SchemaValidation.QNames names)
      throws SAXException {
    for (int i = 0; i < size; i++) {
      String local = first[i];
      switch (ops[i]) {
        case START -> {
          attributes.clear();
          if (second[i] != null) {
            attributes.addAttribute("", "type", "type", "CDATA", second[i]);
          }
          vh.startElement("", local, local, attributes);
        }
        case FOREIGN_START -> {
          attributes.clear();
          vh.startElement(second[i], local, names.of(third[i], local), attributes);
        }
        case TEXT -> vh.characters(texts, from[i], to[i] - from[i]);
        case END -> vh.endElement("", local, local);
        case FOREIGN_END -> vh.endElement(second[i], local, names.of(third[i], local));
        default -> throw new IllegalStateException("unknown entry " + ops[i]);
      }
    }
    Arrays.fill(first, 0, size, null);
    Arrays.fill(second, 0, size, null);
    Arrays.fill(third, 0, size, null);
    size = 0;
  }

  /** Value checks, each answering true only for values the validator certainly accepts. */
  static final class Values {
    private Values() {}

    /** {@code ADD}, {@code OBSERVE} or {@code DELETE} exactly (an {@code xs:string} keeps its whitespace). */
    static boolean isAction(char[] c, int from, int to) {
      return is(c, from, to, "ADD") || is(c, from, to, "OBSERVE") || is(c, from, to, "DELETE");
    }

    private static boolean is(char[] c, int from, int to, String value) {
      if (to - from != value.length()) {
        return false;
      }
      for (int i = 0; i < value.length(); i++) {
        if (c[from + i] != value.charAt(i)) {
          return false;
        }
      }
      return true;
    }

    /**
     * A {@code DateTimeStamp}: {@code yyyy-MM-ddTHH:mm:ss[.f+](Z|±hh:mm)} as the schema's pattern says, a day that
     * exists in its month, a year other than 0000 (XML Schema 1.0), and no whitespace (which the type would
     * collapse: valid, but left to the validator).
     */
    static boolean isDateTimeStamp(char[] c, int from, int to) {
      int n = to - from;
      int o = from;
      if (n < 20 || c[o + 4] != '-' || c[o + 7] != '-' || c[o + 10] != 'T' || c[o + 13] != ':'
          || c[o + 16] != ':') {
        return false;
      }
      int year = digits(c, o, 4);
      int month = digits(c, o + 5, 2);
      int day = digits(c, o + 8, 2);
      int hour = digits(c, o + 11, 2);
      int minute = digits(c, o + 14, 2);
      int second = digits(c, o + 17, 2);
      if (year <= 0 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || hour < 0 || hour > 23
          || minute < 0 || minute > 59 || second < 0 || second > 59) {
        return false;
      }
      int i = o + 19;
      if (c[i] == '.') {
        i++;
        int start = i;
        while (i < to && c[i] >= '0' && c[i] <= '9') {
          i++;
        }
        if (i == start) {
          return false;
        }
      }
      if (i == to - 1) {
        return c[i] == 'Z';
      }
      if (i != to - 6 || (c[i] != '+' && c[i] != '-') || c[i + 3] != ':') {
        return false;
      }
      int zoneHour = digits(c, i + 1, 2);
      int zoneMinute = digits(c, i + 4, 2);
      return zoneHour >= 0 && zoneMinute >= 0 && (zoneHour <= 13 && zoneMinute <= 59
          || zoneHour == 14 && zoneMinute == 0);
    }

    /** The value of {@code n} ASCII digits from {@code at}, or -1. */
    private static int digits(char[] c, int at, int n) {
      int v = 0;
      for (int i = at; i < at + n; i++) {
        char d = c[i];
        if (d < '0' || d > '9') {
          return -1;
        }
        v = v * 10 + (d - '0');
      }
      return v;
    }

    private static int daysIn(int year, int month) {
      return switch (month) {
        case 2 -> year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
        case 4, 6, 9, 11 -> 30;
        default -> 31;
      };
    }

    /**
     * An absolute URI of a plain shape that {@code xs:anyURI} certainly accepts: a scheme, then either an opaque
     * part or {@code //} and a host name (letters, digits, inner hyphens, dots between labels; optionally a port),
     * then path, query and at most one fragment of printable ASCII other than space, {@code " < > \ ^ ` { | } [ ]},
     * with {@code %} only before two hex digits; at most 2,048 characters.
     */
    static boolean isPlainUri(char[] c, int from, int to) {
      int n = to - from;
      if (n < 2 || n > 2048 || !isLetter(c[from])) {
        return false;
      }
      int i = from + 1;
      while (i < to && (isLetter(c[i]) || isDigit(c[i]) || c[i] == '+' || c[i] == '-' || c[i] == '.')) {
        i++;
      }
      if (i == to || c[i] != ':') {
        return false;
      }
      i++;
      if (i == to) {
        return false; // "scheme:" alone: left to the validator
      }
      if (i + 1 < to && c[i] == '/' && c[i + 1] == '/') {
        i = host(c, i + 2, to);
        if (i < 0) {
          return false;
        }
      } else if (c[i] == '/' || c[i] == '?' || c[i] == '#') {
        return false; // scheme:/path, or no opaque part before a query or fragment: left to the validator
      }
      boolean fragment = false;
      for (; i < to; i++) {
        char ch = c[i];
        if (ch == '%') {
          if (i + 2 >= to || !isHex(c[i + 1]) || !isHex(c[i + 2])) {
            return false;
          }
          i += 2;
        } else if (ch == '#') {
          if (fragment) {
            return false;
          }
          fragment = true;
        } else if (!isUriChar(ch)) {
          return false;
        }
      }
      return true;
    }

    /**
     * A host name and optional port from {@code at}; returns where the path starts (the first {@code / ? #} or the
     * end), or -1.
     */
    private static int host(char[] c, int at, int to) {
      int i = at;
      while (true) {
        // a label: letter or digit, then letters, digits and hyphens, not ending in a hyphen
        int start = i;
        while (i < to && (isLetter(c[i]) || isDigit(c[i]) || c[i] == '-')) {
          i++;
        }
        if (i == start || c[start] == '-' || c[i - 1] == '-') {
          return -1;
        }
        if (i < to && c[i] == '.') {
          i++;
          continue;
        }
        // the last label must begin with a letter (a host name, not a malformed IPv4 address)
        if (!isLetter(c[start])) {
          return -1;
        }
        break;
      }
      if (i < to && c[i] == ':') {
        int start = ++i;
        while (i < to && isDigit(c[i])) {
          i++;
        }
        if (i == start || i - start > 5 || Integer.parseInt(new String(c, start, i - start)) > 65535) {
          return -1;
        }
      }
      return i == to || c[i] == '/' || c[i] == '?' || c[i] == '#' ? i : -1;
    }

    private static boolean isLetter(char ch) {
      return ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z';
    }

    private static boolean isDigit(char ch) {
      return ch >= '0' && ch <= '9';
    }

    private static boolean isHex(char ch) {
      return isDigit(ch) || ch >= 'a' && ch <= 'f' || ch >= 'A' && ch <= 'F';
    }

    /** RFC 2396 unreserved and reserved characters, less {@code [ ]} and {@code %} / {@code #} (handled apart). */
    private static boolean isUriChar(char ch) {
      if (isLetter(ch) || isDigit(ch)) {
        return true;
      }
      return switch (ch) {
        case '-', '_', '.', '!', '~', '*', '\'', '(', ')', ';', '/', '?', ':', '@', '&', '=', '+', '$', ',' -> true;
        default -> false;
      };
    }
  }
}
