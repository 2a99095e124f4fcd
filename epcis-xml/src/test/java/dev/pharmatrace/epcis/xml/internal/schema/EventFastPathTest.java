package dev.pharmatrace.epcis.xml.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pharmatrace.epcis.model.report.Finding;
import dev.pharmatrace.epcis.xml.XmlLimits;
import dev.pharmatrace.epcis.xml.internal.SecureStax;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import org.junit.jupiter.api.Test;

/**
 * The schema pass's {@link EventFastPath} must never change a finding: every document here is validated twice, once
 * handing everything to the XSD validator and once with the fast path (and the bare-EPC skipping), and the findings
 * (rule, message, line, column) must be equal. The documents are mutants of events the fast path accepts: each child
 * deleted, repeated, swapped with the next, with things inserted before it or inside it, with attributes, and every
 * value replaced by edge cases of its type, in EPCIS 2.0 and 1.2; dates and URIs also at random. The counts show that
 * both ways out of the fast path (skipping the event, giving up) were taken many times. {@code BareEpcSkippingTest}
 * runs the same comparison on the fixtures and the conformance corpus, and {@code EpcisSchemaDifferentialTest} holds
 * the default path to the official XSDs.
 */
class EventFastPathTest {
  private static final XmlLimits LIMITS = XmlLimits.DEFAULTS;
  private static final XMLInputFactory FACTORY = SecureStax.inputFactory(LIMITS);
  private static final String V2 = "urn:epcglobal:epcis:xsd:2";
  private static final String V1 = "urn:epcglobal:epcis:xsd:1";

  /** Events the fast path accepts, as their children (the event element around them is added). */
  private static final List<List<String>> EVENTS = List.of(
      List.of("ObjectEvent", "<eventTime>2024-03-01T08:00:00.123-05:00</eventTime>",
          "<recordTime>2024-03-01T08:00:01Z</recordTime>", "<eventTimeZoneOffset>-05:00</eventTimeZoneOffset>",
          "<eventID>urn:uuid:3fa85f64-5717-4562-b3fc-2c963f66afa6</eventID>",
          "<certificationInfo>https://cert.example.com/c/1?x=1#f</certificationInfo>",
          "<epcList><epc>urn:epc:id:sgtin:0614141.107346.1</epc>\n<epc>https://id.gs1.org/01/09521234543213/21/a</epc>"
              + "</epcList>",
          "<action>ADD</action>", "<bizStep>urn:epcglobal:cbv:bizstep:shipping</bizStep>",
          "<disposition>https://ref.gs1.org/cbv/Disp-in_transit</disposition>",
          "<readPoint><id>urn:epc:id:sgln:0614141.00777.0</id><ex:rp>1</ex:rp></readPoint>",
          "<bizLocation><id>https://id.gs1.org/414/0614141007770</id></bizLocation>",
          "<bizTransactionList><bizTransaction type=\"urn:epcglobal:cbv:btt:po\">urn:epcglobal:cbv:bt:0614141073467:1"
              + "</bizTransaction><bizTransaction>http://transaction.example.com/po/12345678</bizTransaction>"
              + "</bizTransactionList>",
          "<sourceList><source type=\"urn:epcglobal:cbv:sdt:owning_party\">urn:epc:id:pgln:0614141.00000"
              + "</source></sourceList>",
          "<destinationList><destination type=\"urn:epcglobal:cbv:sdt:location\">urn:epc:id:sgln:0614141.00001.0"
              + "</destination></destinationList>",
          "<ilmd><ex:lot>LOT1</ex:lot><ex:nested a=\"1\"><ex:inner>x<ex:deeper/>y</ex:inner></ex:nested></ilmd>",
          "<ex:ext b=\"2\">text <ex:child/></ex:ext>", "<ex:ext2/>"),
      List.of("ObjectEvent", "<eventTime>2024-02-29T23:59:59Z</eventTime>",
          "<eventTimeZoneOffset>+00:00</eventTimeZoneOffset>", "<action>OBSERVE</action>"),
      List.of("AggregationEvent", "<eventTime>2000-02-29T00:00:00+14:00</eventTime>",
          "<eventTimeZoneOffset>+14:00</eventTimeZoneOffset>",
          "<parentID>urn:epc:id:sscc:0614141.1234567890</parentID>",
          "<childEPCs><epc>urn:epc:id:sgtin:0614141.107346.1</epc><epc>urn:epc:id:sgtin:0614141.107346.2</epc>"
              + "</childEPCs>", "<action>ADD</action>", "<bizStep>urn:epcglobal:cbv:bizstep:packing</bizStep>",
          "<readPoint><id>urn:epc:id:sgln:0614141.00777.0</id></readPoint>", "<ex:ext>1</ex:ext>"),
      List.of("AggregationEvent", "<eventTime>2024-12-31T00:00:00.5-13:59</eventTime>",
          "<eventTimeZoneOffset>-13:59</eventTimeZoneOffset>",
          "<parentID>urn:epc:id:sscc:0614141.1234567890</parentID>",
          "<action>DELETE</action>"));

  /** EPCIS 1.2 events the fast path accepts. */
  private static final List<List<String>> EVENTS_1_2 = List.of(
      List.of("ObjectEvent", "<eventTime>2024-03-01T08:00:00.123-05:00</eventTime>",
          "<recordTime>2024-03-01T08:00:01Z</recordTime>", "<eventTimeZoneOffset>-05:00</eventTimeZoneOffset>",
          "<baseExtension><eventID>urn:uuid:3fa85f64-5717-4562-b3fc-2c963f66afa6</eventID></baseExtension>",
          "<epcList><epc>urn:epc:id:sgtin:0614141.107346.1</epc></epcList>", "<action>ADD</action>",
          "<bizStep>urn:epcglobal:cbv:bizstep:shipping</bizStep>",
          "<disposition>urn:epcglobal:cbv:disp:in_transit</disposition>",
          "<readPoint><id>urn:epc:id:sgln:0614141.00777.0</id><ex:rp>1</ex:rp></readPoint>",
          "<bizLocation><id>urn:epc:id:sgln:0614141.00777.0</id></bizLocation>",
          "<bizTransactionList><bizTransaction type=\"urn:epcglobal:cbv:btt:po\">urn:epcglobal:cbv:bt:0614141073467:1"
              + "</bizTransaction></bizTransactionList>",
          "<extension><sourceList><source type=\"urn:epcglobal:cbv:sdt:owning_party\">urn:epc:id:pgln:0614141.00000"
              + "</source></sourceList><destinationList><destination type=\"urn:epcglobal:cbv:sdt:location\">"
              + "urn:epc:id:sgln:0614141.00001.0</destination></destinationList><ilmd><ex:lot>L1</ex:lot></ilmd>"
              + "</extension>",
          "<ex:ext>1</ex:ext>"),
      List.of("ObjectEvent", "<eventTime>2024-02-29T23:59:59Z</eventTime>",
          "<eventTimeZoneOffset>+00:00</eventTimeZoneOffset>", "<epcList/>", "<action>OBSERVE</action>"),
      List.of("AggregationEvent", "<eventTime>2000-02-29T00:00:00+14:00</eventTime>",
          "<eventTimeZoneOffset>+14:00</eventTimeZoneOffset>", "<baseExtension/>",
          "<parentID>urn:epc:id:sscc:0614141.1234567890</parentID>",
          "<childEPCs><epc>urn:epc:id:sgtin:0614141.107346.1</epc></childEPCs>", "<action>ADD</action>",
          "<bizStep>urn:epcglobal:cbv:bizstep:packing</bizStep>",
          "<extension><sourceList><source type=\"urn:x:t\">urn:x:s</source></sourceList></extension>",
          "<ex:ext>1</ex:ext>"));

  /** What is put before a child of an event, or inside one. */
  private static final List<String> INSERTS = List.of("<ex:x>1</ex:x>", "<x>1</x>", "<epc>x</epc>",
      "<sbdh:x xmlns:sbdh=\"http://www.unece.org/cefact/namespaces/StandardBusinessDocumentHeader\"/>",
      "<epcis:EPCISBody/>", "<ex:x xmlns:e2=\"urn:e2\"/>", "<e2:y xmlns:e2=\"urn:other\">t</e2:y>",
      "text", "<!-- c -->", "<?pi x?>", "<![CDATA[ ]]>", "<![CDATA[t]]>", " \n\t",
      "<ex:x xsi:type=\"xs:int\" xmlns:xs=\"http://www.w3.org/2001/XMLSchema\">1</ex:x>", "<ex:x a=\"1\"/>",
      "<ex:x ex:a=\"1\"/>", "<ex:x xsi:nil=\"true\"/>", "<quantityList/>", "<extension><x/></extension>",
      "<errorDeclaration><declarationTime>2024-01-01T00:00:00Z</declarationTime></errorDeclaration>",
      "<ex:x><epcis:y/></ex:x>", "<ex:x><y/></ex:x>", "<ex:x><ex:y xmlns:z=\"urn:z\"/></ex:x>",
      "<ex:x><ex:y xsi:type=\"x\"/></ex:x>", "<id>urn:x:y</id>", "<bizTransaction>urn:x:y</bizTransaction>",
      "<source type=\"urn:x:t\">urn:x:y</source>", "<action>ADD</action>",
      "<eventTime>2024-01-01T00:00:00Z</eventTime>");

  /** Attributes put on a child's start tag. */
  private static final List<String> ATTRIBUTES = List.of(" a=\"1\"", " xsi:nil=\"true\"", " xmlns:q=\"urn:q\"",
      " ex:a=\"1\"", " type=\"urn:x:t\"", " type=\"not a uri\"", " type=\"urn:x:t\" a=\"1\"");

  private static final List<String> TIMES = List.of("2024-02-29T00:00:00Z", "2023-02-29T00:00:00Z",
      "2100-02-29T00:00:00Z", "2000-02-29T00:00:00Z", "0000-01-01T00:00:00Z", "0001-01-01T00:00:00Z",
      "2024-04-31T00:00:00Z", "2024-04-30T00:00:00Z", "2024-01-01T24:00:00Z", "2024-01-01T23:59:60Z",
      "2024-01-01T00:00:00+14:00", "2024-01-01T00:00:00+14:01", "2024-01-01T00:00:00-13:59",
      "2024-01-01T00:00:00+13:60", "2024-01-01T00:00:00.Z", "2024-01-01T00:00:00.123456789012Z",
      " 2024-01-01T00:00:00Z", "2024-01-01T00:00:00Z ", "2024-01-01T00:00:00", "2024-1-01T00:00:00Z",
      "12024-01-01T00:00:00Z", "2024-01-01T00:00:00z", "2024-01-01t00:00:00Z", "2024-13-01T00:00:00Z",
      "2024-00-01T00:00:00Z", "2024-01-00T00:00:00Z", "2024-01-32T00:00:00Z", "2024-01-01T00:00Z",
      "\uff12024-01-01T00:00:00Z", "2024-01-01T00:00:00+0100", "2024-01-01T00:00:00+01:00:00", "-2024-01-01T00:00:00Z",
      "2024-01-01T00:00:00.5+01:00", "9999-12-31T23:59:59-14:00", "");

  private static final List<String> URIS = List.of("urn:epc:id:sgtin:0614141.107346.2017",
      "https://id.gs1.org/01/09521234543213/21/abc", "http://example.com:8080/a?b=c#d", "http://example.com:99999/",
      "http://example.com:65535/", "http://example.com:65536/", "http://-bad.com/", "http://bad-.com/",
      "http://1.2.3.4/", "http://[::1]/", "http://user@host.com/", "urn:", "urn:/x", "a:b", "a b:c", "urn:epc:%zz",
      "urn:epc:%41", "urn:x#a#b", "http://", "http:///x", "http://host..com/", "http://host.com./",
      "ftp://h.com/\u00e9", "urn:x y", "urn:x&lt;y", "1urn:x", " urn:x", "urn:x ", "http://a_b.com/", "mailto:a@b.c",
      "urn:x?q=[1]", "http://h.com/%", "http://h.com/%4", "x+y.z-w:abc", "http://h.com:/", "HTTP://H.COM",
      "http://h.c0m/", "http://h.123/", "http://h/", "http://h", "urn:x:y;z=1,2$+!*'()~_", "urn:x\\y", "urn:x|y",
      "urn:x{y}", "urn:x^y", "urn:x`y", "urn:x\"y", "", "relative/path", "#frag", "//host.com/x", "urn:x:y#",
      "http://h.com?x", "http://h.com#x", "a:", "a:/", "a://", "a://b", "a://b:1", "a://b:1x", "urn:#?", "urn:#x",
      "urn:?x", "urn:x?#", "http://h.com/#", "http://h.com/?");

  private static final List<String> ACTIONS = List.of("ADD", "ADD ", " ADD", "add", "OBSERVE", "DELETE", "",
      "DELETED", "OBSERVED", "ADD\n");

  private int skipped;
  private int givenUp;

  @Test
  void mutantsOfAcceptedEventsGetTheSameFindings() {
    mutantsGetTheSameFindings("2.0", EVENTS);
  }

  @Test
  void mutantsOfAcceptedVersion12EventsGetTheSameFindings() {
    mutantsGetTheSameFindings("1.2", EVENTS_1_2);
  }

  private void mutantsGetTheSameFindings(String version, List<List<String>> events) {
    List<String> failures = new ArrayList<>();
    int documents = 0;
    for (List<String> event : events) {
      String name = event.get(0);
      List<String> children = event.subList(1, event.size());
      // the event as it is, and with things on the event's own start tag
      for (String start : List.of("<" + name + ">", "<" + name + " a=\"1\">", "<" + name + " xmlns:q=\"urn:q\">",
          "<epcis:" + name + ">")) {
        String end = start.startsWith("<epcis:") ? "</epcis:" + name + ">" : "</" + name + ">";
        documents += compare(version, start + String.join("", children) + end, failures);
      }
      for (int i = 0; i < children.size(); i++) {
        List<String> variants = new ArrayList<>();
        String child = children.get(i);
        variants.add(join(children, i, ""));
        variants.add(join(children, i, child + child));
        if (i + 1 < children.size()) {
          variants.add(join(children.subList(0, i + 2), i, children.get(i + 1) + child)
              + String.join("", children.subList(i + 2, children.size())));
        }
        for (String insert : INSERTS) {
          variants.add(join(children, i, insert + child));
          variants.add(join(children, i, insideStart(child, insert)));
          variants.add(join(children, i, insideEnd(child, insert)));
        }
        if (i == children.size() - 1) {
          for (String insert : INSERTS) {
            variants.add(join(children, i, child + insert));
          }
        }
        for (String attribute : ATTRIBUTES) {
          variants.add(join(children, i, child.replaceFirst("^<([\\w:]+)", "<$1" + attribute)));
        }
        for (String value : valuesFor(child)) {
          variants.add(join(children, i, withText(child, value)));
        }
        for (String v : variants) {
          documents += compare(version, "<" + name + ">" + v + "</" + name + ">", failures);
        }
      }
    }
    System.out.println("EventFastPath mutants (EPCIS " + version + "): " + documents + " documents, " + skipped
        + " events skipped, " + givenUp + " given up on");
    assertThat(failures).as("of " + documents + " documents").isEmpty();
    assertThat(skipped).as("events skipped").isGreaterThan(500);
    assertThat(givenUp).as("events given up on").isGreaterThan(1000);
  }

  @Test
  void randomDatesAndUrisGetTheSameFindings() {
    Random random = new Random(20261128);
    List<String> failures = new ArrayList<>();
    String dateChars = "0123456789-:T.Z+ z1234";
    String uriChars = "abcz09:/.-_%#?@[]!~ \t\u00e9AFxy;=&+$,'()*<>\\^`{}|\"";
    for (int n = 0; n < 4000; n++) {
      char[] date = "2024-02-29T23:59:59.123+14:00".toCharArray();
      for (int k = random.nextBoolean() ? 0 : 1 + random.nextInt(2); k > 0; k--) {
        date[random.nextInt(date.length)] = dateChars.charAt(random.nextInt(dateChars.length()));
      }
      String time = new String(date, 0, random.nextBoolean() ? date.length : 19 + random.nextInt(11));
      String[] starts = {"http://", "https://h.example.com/", "urn:x", ""};
      StringBuilder uri = new StringBuilder(starts[random.nextInt(starts.length)]);
      // half of them of characters a plain URI may have, so that many are accepted
      String chars = random.nextBoolean() ? uriChars : random.nextBoolean() ? "abcz09:/.-_%#?@!~;=&+$,'()*"
          : "abcz09:/.-_?@!~;=&+$,'()*";
      for (int k = random.nextInt(24); k > 0; k--) {
        uri.append(chars.charAt(random.nextInt(chars.length())));
      }
      String text = uri.toString().replace("&", "&amp;").replace("<", "&lt;");
      compare(random.nextBoolean() ? "2.0" : "1.2", "<ObjectEvent><eventTime>" + time + "</eventTime>"
          + "<eventTimeZoneOffset>+01:00</eventTimeZoneOffset>"
          + "<epcList/><action>ADD</action><bizStep>" + text + "</bizStep></ObjectEvent>", failures);
    }
    System.out.println("EventFastPath random dates and URIs: 4000 documents, " + skipped + " events skipped, "
        + givenUp + " given up on");
    assertThat(failures).isEmpty();
    assertThat(skipped).as("events skipped").isGreaterThan(200);
    assertThat(givenUp).as("events given up on").isGreaterThan(200);
  }

  /**
   * A fuzz finding: text the fast path did not read (of user extensions) was skipped by the parser instead of read,
   * which fills the parser's buffers at other points, and an encoding error after it was then reported at another
   * position than on the path that reads every text. Here: texts of 120 lengths before a bad byte in an end tag,
   * after the fast path has given up (one length showed the difference; its document is also a fuzz regression input,
   * {@code regression-encoding-error-after-unread-text.xml}).
   */
  @Test
  void anEncodingErrorAfterUnreadTextIsReportedWhereTheValidatorReportsIt() {
    List<String> failures = new ArrayList<>();
    for (int k = 0; k < 120; k++) {
      String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<epcis:EPCISDocument xmlns:epcis=\"" + V2
          + "\" xmlns:ex=\"https://ex.example/\" schemaVersion=\"2.0\" creationDate=\"2024-03-01T09:00:00Z\">\n"
          + "    <EPCISBody>\n        <EventList>\n            <ObjectEvent>\n"
          + "                <eventTime>2024-03-01T08:00:00Z</eventTime>\n"
          + "                <eventTimeZoneOffset>+00:00</eventTimeZoneOffset>\n"
          + "                <action>ADD</action>\n"
          + "                <ex:note>" + "n".repeat(k * 31) + "</ex:note>\n"
          + "                <ex:list>\n                    <ex:item>\n"
          + "                        <ex:uom>T1</ex:uom>\n                  <plain>x</plain>\n"
          + "                <ex:end>1</ex:en@@d>\n                    </ex:item>\n                </ex:list>\n"
          + "            </ObjectEvent>\n        </EventList>\n    </EPCISBody>\n</epcis:EPCISDocument>\n";
      // an invalid UTF-8 start byte (0x90) in place of the marker
      compareBytes(xml.replace("@@", "\u0090\u0090\u0090\u0090").getBytes(StandardCharsets.ISO_8859_1), failures);
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void valuesAreCheckedAsTheValidatorChecksThem() {
    assertThat(ok("2024-02-29T00:00:00Z")).isTrue();
    assertThat(ok("2023-02-29T00:00:00Z")).isFalse();
    assertThat(ok("2024-01-01T00:00:00.5+14:00")).isTrue();
    assertThat(ok("2024-01-01T00:00:00+14:30")).isFalse();
    assertThat(ok("0000-01-01T00:00:00Z")).isFalse();
    assertThat(EventFastPath.Values.isPlainUri("urn:epc:id:sgtin:0614141.107346.1".toCharArray(), 0, 33)).isTrue();
    assertThat(uri("https://id.gs1.org/01/09521234543213/21/a%2Fb?x=1#y")).isTrue();
    assertThat(uri("http://h.com:65536/")).isFalse();
    assertThat(uri("urn:x#a#b")).isFalse();
    assertThat(uri("urn:")).isFalse();
    assertThat(uri("urn:a b")).isFalse();
  }

  /**
   * What the fast path assumes of the bundled schemas: it gives up on elements of their namespaces, and they declare
   * nothing the validator tracks across events (identity constraints, IDs), which a skipped event would escape.
   */
  @Test
  void theBundledSchemasAreWhatTheFastPathAssumes() throws IOException {
    Pattern target = Pattern.compile("targetNamespace=\"([^\"]+)\"");
    Pattern tracked = Pattern.compile("xs:(unique|key|keyref)\\b|\"xs:(ID|IDREF|IDREFS)\"");
    for (String file : BundledSchemas.FILES) {
      try (InputStream in = EventFastPathTest.class.getResourceAsStream(BundledSchemas.RESOURCE_DIR + file)) {
        String xsd = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        Matcher m = target.matcher(xsd);
        assertThat(m.find()).as(file).isTrue();
        assertThat(EventFastPath.SCHEMA_NAMESPACES).as(file).contains(m.group(1));
        assertThat(tracked.matcher(xsd).find()).as(file + " declares identity constraints or IDs").isFalse();
      }
    }
  }

  @Test
  void plainDocumentsAreSkippedEventByEvent() {
    for (String version : List.of("2.0", "1.2")) {
      List<List<String>> list = version.equals("2.0") ? EVENTS : EVENTS_1_2;
      StringBuilder events = new StringBuilder();
      for (List<String> event : list) {
        events.append('<').append(event.get(0)).append('>')
            .append(String.join("", event.subList(1, event.size()))).append("</").append(event.get(0)).append('>');
      }
      long[] counts = new long[3];
      List<Finding> findings = SchemaValidation.validate(FACTORY, in(document(version, events.toString(), false)),
          "t.xml", LIMITS, 100, counts);
      assertThat(findings).as(version).isEmpty();
      assertThat(counts[1]).as("events skipped").isEqualTo(list.size());
      assertThat(counts[2]).as("events given up on").isZero();
      assertThat(counts[0]).as("EPCs not handed over").isEqualTo(version.equals("2.0") ? 4 : 2);
    }
  }

  private static boolean ok(String time) {
    return EventFastPath.Values.isDateTimeStamp(time.toCharArray(), 0, time.length());
  }

  private static boolean uri(String uri) {
    return EventFastPath.Values.isPlainUri(uri.toCharArray(), 0, uri.length());
  }

  private static List<String> valuesFor(String child) {
    if (child.startsWith("<eventTime>") || child.startsWith("<recordTime>")) {
      return TIMES;
    }
    if (child.startsWith("<action>")) {
      return ACTIONS;
    }
    if (child.matches("<(eventID|certificationInfo|bizStep|disposition|parentID)>.*")) {
      return URIS;
    }
    if (child.matches("<(readPoint|bizLocation|bizTransactionList|sourceList|destinationList|baseExtension)>.*")) {
      return URIS.stream().map(u -> "\u0000" + u).toList(); // the inner value (see withText)
    }
    return List.of();
  }

  /** The child with its (first inner) text replaced; a leading NUL marks the text of its first grandchild. */
  private static String withText(String child, String value) {
    String v = value.replace("\u0000", "").replace("&", "&amp;").replace("<", "&lt;");
    if (value.startsWith("\u0000")) {
      return child.replaceFirst("^(<\\w+><[^>]+>)[^<]*", "$1" + Matcher.quoteReplacement(v));
    }
    return child.replaceFirst("^(<\\w+>)[^<]*", "$1" + Matcher.quoteReplacement(v));
  }

  private static String insideStart(String child, String insert) {
    int gt = child.indexOf('>');
    return child.charAt(gt - 1) == '/' ? child : child.substring(0, gt + 1) + insert + child.substring(gt + 1);
  }

  private static String insideEnd(String child, String insert) {
    int lt = child.lastIndexOf("</");
    return lt < 0 ? child : child.substring(0, lt) + insert + child.substring(lt);
  }

  private static String join(List<String> children, int at, String replacement) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < children.size(); i++) {
      b.append(i == at ? replacement : children.get(i));
    }
    return b.toString();
  }

  private static String document(String version, String events, boolean invalidFirst) {
    return "<?xml version=\"1.0\"?>\n<epcis:EPCISDocument xmlns:epcis=\"" + (version.equals("2.0") ? V2 : V1)
        + "\" xmlns:ex=\"https://ex.example/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" schemaVersion=\""
        + version + "\" "
        + "creationDate=\"2024-03-01T09:00:00Z\">\n<EPCISBody>\n<EventList>\n"
        + (invalidFirst ? "<ObjectEvent><eventTime>bad</eventTime></ObjectEvent>" : "") + "\n" + events
        + "\n<TransactionEvent><eventTime>2024-03-01T08:00:00Z</eventTime><eventTimeZoneOffset>+00:00"
        + "</eventTimeZoneOffset><bizTransactionList><bizTransaction>urn:x:y</bizTransaction></bizTransactionList>"
        + "<epcList/><action>ADD</action></TransactionEvent>\n</EventList>\n</EPCISBody>\n</epcis:EPCISDocument>\n";
  }

  private static void compareBytes(byte[] bytes, List<String> failures) {
    List<Finding> full = SchemaValidation.validate(FACTORY, in(bytes), "t.xml", LIMITS, 1000, null);
    List<Finding> fast = SchemaValidation.validate(FACTORY, in(bytes), "t.xml", LIMITS, 1000, new long[3]);
    if (!fast.equals(full)) {
      failures.add("full: " + full + "\n  fast: " + fast);
    }
  }

  /** Validates the document around {@code event} both ways; returns 1 (one document). */
  private int compare(String version, String event, List<String> failures) {
    String xml = document(version, event, true);
    byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
    List<Finding> full = SchemaValidation.validate(FACTORY, in(bytes), "t.xml", LIMITS, 1000, null);
    long[] counts = new long[3];
    List<Finding> fast = SchemaValidation.validate(FACTORY, in(bytes), "t.xml", LIMITS, 1000, counts);
    if (!fast.equals(full)) {
      failures.add(event + "\n  full: " + full + "\n  fast: " + fast);
    }
    // the document's first event is invalid (given up on), its last no candidate
    skipped += (int) counts[1];
    givenUp += (int) counts[2] - 1;
    return 1;
  }

  private static ByteArrayInputStream in(String xml) {
    return in(xml.getBytes(StandardCharsets.UTF_8));
  }

  private static ByteArrayInputStream in(byte[] xml) {
    return new ByteArrayInputStream(xml);
  }
}
