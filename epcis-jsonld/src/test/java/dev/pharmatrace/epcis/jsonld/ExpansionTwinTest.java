package dev.pharmatrace.epcis.jsonld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import dev.pharmatrace.epcis.model.EpcisDocument;
import dev.pharmatrace.epcis.xml.EpcisXmlReader;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Acceptance criterion of the JSON-LD issue: expanding OUR JSON-LD output with Titanium, against the OFFICIAL GS1
 * context files of the conformance corpus (offline), gives the same IRIs as expanding the corpus JSON twin.
 *
 * <p>For every "exact twin" pair of the corpus MANIFEST.md section 5.3: the XML is read with {@link EpcisXmlReader},
 * written with {@link EpcisJsonWriter}, and both that output and the JSON twin are expanded with Titanium directly
 * (not through our {@link JsonLdProcessing}), with a document loader that serves only the official context files
 * (MANIFEST.md section 3) and fails for any other URL. Compared are
 *
 * <ul>
 *   <li>the set of IRIs: every property IRI (every non-keyword key), every {@code @type} value (node types and
 *       datatypes of value objects) and every {@code @id} value, recursively; and
 *   <li>the set of (property IRI, value) pairs: literals with date-times as UTC instants and numbers (JSON numbers
 *       or numeric strings) by value, the datatype left out (the IRI set has it); references as the referenced IRI.
 * </ul>
 *
 * <p>Where the two corpus files genuinely differ (content only one of them has, a twin that is not valid JSON-LD
 * against the official context, ...), the difference is listed in {@link #CORPUS_DIFFERENCES} or handled by one of
 * the documented rules below, with its reason, and only the rest is asserted. Every listed difference must actually
 * occur, so the list cannot go stale silently.
 */
class ExpansionTwinTest {
  private static final Pattern ROW = Pattern.compile(
      "^\\| `([^`]+\\.xml)` \\| `([^`]+\\.json(?:ld)?)` \\| exact twin \\|$");

  private static final String EPCIS = "https://ref.gs1.org/epcis/";
  private static final String XSD = "http://www.w3.org/2001/XMLSchema#";
  private static final String DOCS = "openepcis-test-resources/2.0/EPCIS/XML/Capture/Documents/";
  private static final String QUERY = "openepcis-test-resources/2.0/EPCIS/XML/Query/";

  /** URL to local file of the official contexts, as in the corpus MANIFEST.md section 3. */
  static Map<String, String> officialContextFiles() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
        "gs1-reference/ref.gs1.org-2.0.0/epcis-context.jsonld");
    // no local copy of the unversioned URL; the manifest names the ratified 2.0.0 file as nearest
    m.put("https://ref.gs1.org/standards/epcis/epcis-context.jsonld",
        "gs1-reference/ref.gs1.org-2.0.0/epcis-context.jsonld");
    m.put("https://gs1.github.io/EPCIS/epcis-context.jsonld", "gs1-reference/epcis-context.jsonld");
    return m;
  }

  @TestFactory
  Stream<DynamicTest> ourJsonLdExpandsToTheSameIrisAsTheCorpusTwin() throws IOException {
    Optional<Path> corpus = JsonCorpus.dir();
    Assumptions.assumeTrue(corpus.isPresent(), "conformance corpus not found (set -Depcis.conformance.dir or"
        + " place it at ../shared/conformance): expansion twin tests skipped");
    Path c = corpus.get();
    DocumentLoader official = officialLoader(c);
    String manifest = Files.readString(c.resolve("MANIFEST.md"));
    String section = manifest.substring(manifest.indexOf("### 5.3"), manifest.indexOf("### 5.4"));
    List<DynamicTest> tests = new ArrayList<>();
    for (String line : section.lines().toList()) {
      Matcher m = ROW.matcher(line.strip());
      if (m.matches()) {
        String xmlName = m.group(1);
        Path xml = c.resolve(xmlName);
        Path json = c.resolve(m.group(2));
        tests.add(DynamicTest.dynamicTest(xmlName, () -> comparePair(official, xmlName, xml, json)));
      }
    }
    assertThat(tests).as("exact twin pairs in MANIFEST.md §5.3").hasSizeGreaterThanOrEqualTo(30);
    return tests.stream();
  }

  static void comparePair(DocumentLoader official, String xmlName, Path xml, Path json) throws Exception {
    EpcisDocument fromXml = EpcisXmlReader.create().read(xml);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EpcisJsonWriter.create().write(fromXml, out);
    JsonArray ours = expand(official, read(new ByteArrayInputStream(out.toByteArray())));

    JsonStructure twinDoc;
    try (InputStream in = Files.newInputStream(json)) {
      twinDoc = read(in);
    }
    String rename = PROTECTED_PREFIX_REDEFINED.get(xmlName);
    if (rename != null) {
      // corpus defect: the twin redefines a protected prefix of the official context; prove it, then rename it
      JsonStructure invalid = twinDoc;
      assertThatThrownBy(() -> expand(official, invalid)).isInstanceOf(JsonLdError.class)
          .satisfies(e -> assertThat(((JsonLdError) e).getCode())
              .isEqualTo(JsonLdErrorCode.PROTECTED_TERM_REDEFINITION));
      twinDoc = (JsonStructure) renamePrefix(twinDoc, rename, rename + "_twin");
    }
    JsonArray twin = expand(official, twinDoc);

    // documented rule BARE EVENT: the XML is a bare event element and the JSON twin a bare event; our writer always
    // writes an EPCISDocument (taking creationDate/schemaVersion from the event element's attributes), so the
    // event nodes of our output are compared with the twin's top-level nodes
    boolean bareEvent = twin.stream().noneMatch(ExpansionTwinTest::isDocument);
    JsonArray oursCompared = bareEvent ? eventNodes(ours) : ours;
    if (bareEvent) {
      assertThat(oursCompared).as("events of our output").hasSameSizeAs(twin);
    }

    Set<String> oursIris = iris(oursCompared);
    Set<String> twinIris = iris(twin);
    Set<String> oursValues = values(oursCompared);
    Set<String> twinValues = values(twin);

    // documented rule DOCUMENT ID: the openepcis JSON documents carry "id": "https://id.example.org/document1";
    // EPCIS XML has no document identifier, so neither the XML nor our output can have it
    String twinDocId = documentId(twin);
    if (twinDocId != null && documentId(oursCompared) == null) {
      assertThat(oursIris).doesNotContain(twinDocId);
      twinIris.remove(twinDocId);
    }

    assertThat(oursIris).as("event types in our expanded output")
        .anyMatch(i -> i.startsWith(EPCIS) && i.endsWith("Event"));
    Set<String> actual = new TreeSet<>();
    difference("IRI only in ours: ", oursIris, twinIris, actual);
    difference("IRI only in twin: ", twinIris, oursIris, actual);
    difference("value only in ours: ", oursValues, twinValues, actual);
    difference("value only in twin: ", twinValues, oursValues, actual);
    Map<String, String> documented = CORPUS_DIFFERENCES.getOrDefault(xmlName, Map.of());
    Set<String> undocumented = new TreeSet<>(actual);
    undocumented.removeAll(documented.keySet());
    Set<String> stale = new TreeSet<>(documented.keySet());
    stale.removeAll(actual);
    assertThat(undocumented).as("%s: expanded IRIs / values of our JSON-LD output differ from the expanded twin"
        + " %s (not a documented difference between the corpus files)", xmlName, json.getFileName()).isEmpty();
    assertThat(stale).as("%s: documented corpus differences that no longer occur", xmlName).isEmpty();
  }

  static void difference(String label, Set<String> a, Set<String> b, Set<String> out) {
    a.stream().filter(x -> !b.contains(x)).map(x -> label + x).forEach(out::add);
  }

  // ------------------------------------------------------------------------------------ corpus differences

  private static final String PSEUDO_SBDH = "the twin has the pseudo-SBDH header members sender, receiver and"
      + " instanceIdentifier (sender/receiver typed xsd:string by the context); the XML has no SBDH, so our output"
      + " has none";
  private static final String PREFIX_WITHOUT_DELIMITER = "the twin declares \"example\":"
      + " \"http://ns.example.com/epcis\" (no trailing / or #), which JSON-LD 1.1 does not use as a prefix:"
      + " Titanium keeps \"example:myField\" as an IRI of scheme example:. The XML namespace is the same string;"
      + " our writer declares it {\"@id\": ..., \"@prefix\": true}, so ours is namespace + local name";
  private static final String UNDEFINED_MEASUREMENT_TYPE = "the twin writes the sensorReport type as the bare"
      + " word EffectiveDoseRate, which the official 2.0.0 context does not define (a newer GS1 measurement type):"
      + " it expands to the relative IRI EffectiveDoseRate. The XML has gs1:EffectiveDoseRate, which we write";
  private static final String XSI_TYPE_DROPPED = "the XML types its extension values with xsi:type; the twin"
      + " writes them all as plain strings. The values are equal after normalisation, only the datatype IRI"
      + " xsd:string (our writer writes {\"@value\": ..., \"@type\": \"xsd:string\"}) remains";
  private static final String EMPTY_ELEMENT = "the XML has an empty <rail:vehicleMasterGIAI/>; the twin leaves"
      + " the member out, we write it as \"\"";
  private static final String SUBSCRIPTION_ID = "the twin's queryResults has a subscriptionID, the XML none";
  private static final String NO_QUERY_NAME = "the XML QueryResults has no queryName (the XSD requires one);"
      + " the twin has SimpleEventQuery, our writer writes an empty queryName";
  private static final String CREATION_DATE = "the two files have different creationDate values";

  /** Per pair (XML path): each difference that is one between the two corpus files, with its reason. */
  static final Map<String, Map<String, String>> CORPUS_DIFFERENCES = new LinkedHashMap<>();

  static {
    for (String all : List.of("AggregationEvent", "TransactionEvent", "TransformationEvent")) {
      known(DOCS + all + "_all_possible_fields.xml", PSEUDO_SBDH,
          "IRI only in twin: " + EPCIS + "sender",
          "IRI only in twin: " + EPCIS + "receiver",
          "IRI only in twin: " + EPCIS + "instanceIdentifier",
          "IRI only in twin: " + XSD + "string",
          "value only in twin: " + EPCIS + "sender = \"urn:epc:id:sgln:0353579.00001.0\"",
          "value only in twin: " + EPCIS + "receiver = \"urn:epc:id:sgln:5012345.00001.0\"",
          "value only in twin: " + EPCIS + "instanceIdentifier = 1234567890");
    }
    known(DOCS + "AssociationEvent_all_possible_fields.xml", XSI_TYPE_DROPPED,
        "IRI only in ours: " + XSD + "string");
    for (String ext : List.of("AggregationEvent", "AssociationEvent")) {
      known(DOCS + ext + "_with_userExtensions.xml", PREFIX_WITHOUT_DELIMITER,
          "IRI only in ours: http://ns.example.com/epcisextension",
          "IRI only in ours: http://ns.example.com/epcismyField",
          "IRI only in twin: example:extension",
          "IRI only in twin: example:myField",
          "value only in ours: http://ns.example.com/epcismyField = \"Example of a vendor/user extension\"",
          "value only in twin: example:myField = \"Example of a vendor/user extension\"");
    }
    for (String dose : List.of(DOCS + "TransactionEvent_with_userExtensions.xml",
        QUERY + "TransactionEvent_with_userExtensions.xml",
        QUERY + "Documents/TransactionEvent_with_userExtensions.xml")) {
      known(dose, UNDEFINED_MEASUREMENT_TYPE,
          "IRI only in ours: https://gs1.org/voc/EffectiveDoseRate",
          "IRI only in twin: EffectiveDoseRate",
          "value only in ours: " + EPCIS + "measurementType -> <https://gs1.org/voc/EffectiveDoseRate>",
          "value only in twin: " + EPCIS + "measurementType -> <EffectiveDoseRate>");
    }
    known("openepcis-test-resources/2.0/EPCIS/XML/Capture/Events/TransactionEvent.xml", EMPTY_ELEMENT,
        "value only in ours: urn:gs1:epcisapp:rail:vehicleMasterGIAI = \"\"");
    for (String q : List.of("CurieString_document.xml", "JumbledFieldsOrder.xml",
        "QueryDocumentWithMultipleEvents.xml", "TransactionEvent_with_userExtensions.xml",
        "Documents/TransactionEvent_with_userExtensions.xml")) {
      known(QUERY + q, SUBSCRIPTION_ID,
          "IRI only in twin: " + EPCIS + "subscriptionID",
          "value only in twin: " + EPCIS + "subscriptionID = \"32d2aec1-a6d2-46d9-900a-24124288cce1\"");
    }
    for (String q : List.of("CurieString_document.xml", "JumbledFieldsOrder.xml",
        "TransactionEvent_with_userExtensions.xml")) {
      known(QUERY + q, NO_QUERY_NAME,
          "value only in ours: " + EPCIS + "queryName = \"\"",
          "value only in twin: " + EPCIS + "queryName = \"SimpleEventQuery\"");
    }
    known(QUERY + "CurieString_document.xml", CREATION_DATE + " (XML 2023-01-11T12:00:00.000+01:00)",
        "value only in ours: http://purl.org/dc/terms/created = 2023-01-11T11:00:00Z",
        "value only in twin: http://purl.org/dc/terms/created = 2005-07-11T11:30:47Z");
    known(QUERY + "JumbledFieldsOrder.xml", CREATION_DATE + " (XML 2013-06-04T14:59:02.099+02:00)",
        "value only in ours: http://purl.org/dc/terms/created = 2013-06-04T12:59:02.099Z",
        "value only in twin: http://purl.org/dc/terms/created = 2005-07-11T11:30:47Z");
  }

  private static void known(String xmlPath, String reason, String... differences) {
    Map<String, String> m = CORPUS_DIFFERENCES.computeIfAbsent(xmlPath, k -> new LinkedHashMap<>());
    for (String d : differences) {
      m.put(d, reason);
    }
  }

  /** Twins that redefine a protected prefix of the official context: the prefix, renamed before expansion. */
  static final Map<String, String> PROTECTED_PREFIX_REDEFINED = Map.of(
      // the twin declares "cbvmda": "http://example.com/cbvmda/" in its @context, but the official context defines
      // cbvmda (urn:epcglobal:cbv:mda:) as a protected term: Titanium rejects the document with
      // PROTECTED_TERM_REDEFINITION. The XML binds the same namespace to its own prefix; our writer declares it
      // under non-colliding prefixes (ns0, ...). Renaming the twin's prefix keeps its intended IRIs.
      DOCS + "TransformationEvent_all_possible_fields.xml", "cbvmda");

  // ------------------------------------------------------------------------------------------------- JSON-LD

  static JsonArray expand(DocumentLoader loader, JsonStructure doc) throws JsonLdError {
    return JsonLd.expand(JsonDocument.of(doc)).options(new JsonLdOptions(loader)).get();
  }

  static JsonStructure read(InputStream in) {
    try (JsonReader r = Json.createReader(in)) {
      return r.read();
    }
  }

  /** A Titanium loader serving only the official context files of the corpus; any other URL fails (offline). */
  static DocumentLoader officialLoader(Path corpus) {
    Map<String, Path> files = new LinkedHashMap<>();
    officialContextFiles().forEach((url, file) -> files.put(url, corpus.resolve(file)));
    Map<String, JsonStructure> parsed = new ConcurrentHashMap<>();
    return (url, options) -> {
      Path f = files.get(url.toString());
      if (f == null) {
        throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED,
            "offline test loader has no official context file for " + url);
      }
      JsonStructure s = parsed.computeIfAbsent(url.toString(), u -> {
        try (InputStream in = Files.newInputStream(f)) {
          return read(in);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      Document d = JsonDocument.of(s);
      d.setDocumentUrl(url);
      return d;
    };
  }

  static boolean isDocument(JsonValue node) {
    return node instanceof JsonObject o && o.get("@type") instanceof JsonArray types && types.stream()
        .anyMatch(t -> t.equals(Json.createValue(EPCIS + "EPCISDocument"))
            || t.equals(Json.createValue(EPCIS + "EPCISQueryDocument")));
  }

  static String documentId(JsonArray expanded) {
    return expanded.size() == 1 && isDocument(expanded.get(0)) && expanded.getJsonObject(0).get("@id")
        instanceof JsonString s ? s.getString() : null;
  }

  /** The event nodes of an expanded document: the values of every epcis:eventList. */
  static JsonArray eventNodes(JsonValue v) {
    JsonArrayBuilder b = Json.createArrayBuilder();
    collectEvents(v, b);
    return b.build();
  }

  private static void collectEvents(JsonValue v, JsonArrayBuilder out) {
    if (v instanceof JsonObject o) {
      o.forEach((k, x) -> {
        if (k.equals(EPCIS + "eventList")) {
          x.asJsonArray().forEach(out::add);
        } else {
          collectEvents(x, out);
        }
      });
    } else if (v instanceof JsonArray a) {
      a.forEach(x -> collectEvents(x, out));
    }
  }

  /** Renames a prefix in inline contexts and in member names ({@code prefix:local}), everywhere. */
  static JsonValue renamePrefix(JsonValue v, String from, String to) {
    if (v instanceof JsonObject o) {
      JsonObjectBuilder b = Json.createObjectBuilder();
      o.forEach((k, x) -> {
        String key = k.equals(from) ? to : k.startsWith(from + ":") ? to + k.substring(from.length()) : k;
        b.add(key, renamePrefix(x, from, to));
      });
      return b.build();
    }
    if (v instanceof JsonArray a) {
      JsonArrayBuilder b = Json.createArrayBuilder();
      a.forEach(x -> b.add(renamePrefix(x, from, to)));
      return b.build();
    }
    return v;
  }

  // --------------------------------------------------------------------------------------------- collection

  /** Every property IRI, every {@code @type} value and every {@code @id} value, recursively. */
  static Set<String> iris(JsonValue expanded) {
    Set<String> out = new TreeSet<>();
    collectIris(expanded, out);
    return out;
  }

  private static void collectIris(JsonValue v, Set<String> out) {
    if (v instanceof JsonObject o) {
      o.forEach((k, x) -> {
        if (!k.startsWith("@")) {
          out.add(k);
        } else if (k.equals("@type") || k.equals("@id")) {
          (x instanceof JsonArray a ? a : List.of(x)).forEach(t -> out.add(((JsonString) t).getString()));
        }
        collectIris(x, out);
      });
    } else if (v instanceof JsonArray a) {
      a.forEach(x -> collectIris(x, out));
    }
  }

  /** Every (property IRI, value) pair: {@code "p = literal"} or {@code "p -> <iri>"}. */
  static Set<String> values(JsonValue expanded) {
    Set<String> out = new TreeSet<>();
    collectValues(expanded, null, out);
    return out;
  }

  private static void collectValues(JsonValue v, String property, Set<String> out) {
    if (v instanceof JsonObject o) {
      if (o.containsKey("@value")) {
        out.add(property + " = " + literal(o.get("@value")));
        return;
      }
      if (property != null && o.get("@id") instanceof JsonString id) {
        out.add(property + " -> <" + id.getString() + ">");
      }
      o.forEach((k, x) -> {
        if (!k.startsWith("@")) {
          collectValues(x, k, out);
        } else if (k.equals("@list") || k.equals("@set")) {
          collectValues(x, property, out);
        }
      });
    } else if (v instanceof JsonArray a) {
      a.forEach(x -> collectValues(x, property, out));
    }
  }

  private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

  /** A literal, normalised: date-times as UTC instants, numbers by value, booleans and other strings as text. */
  static String literal(JsonValue v) {
    if (v instanceof JsonNumber n) {
      return number(n.bigDecimalValue());
    }
    if (v instanceof JsonString s) {
      String t = s.getString();
      if (NUMBER.matcher(t).matches()) {
        return number(new BigDecimal(t));
      }
      if (t.equals("true") || t.equals("false")) {
        return t;
      }
      try {
        return OffsetDateTime.parse(t).toInstant().toString();
      } catch (DateTimeParseException e) {
        return "\"" + t + "\"";
      }
    }
    return v.toString(); // true, false
  }

  static String number(BigDecimal d) {
    return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
  }
}
