package dev.pharmatrace.epcis.examples;

import dev.pharmatrace.epcis.jsonld.EpcisJsonReader;
import dev.pharmatrace.epcis.jsonld.EpcisJsonSchemaValidator;
import dev.pharmatrace.epcis.jsonld.JsonLimits;
import dev.pharmatrace.epcis.model.report.EpcisException;
import dev.pharmatrace.epcis.xml.EpcisSchemaValidator;
import dev.pharmatrace.epcis.xml.EpcisXmlReader;
import dev.pharmatrace.epcis.xml.XmlLimits;
import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Input limits: hostile or broken input fails fast with a finding naming the limit and how to raise it. A partner
 * whose documents legitimately nest deeper (e.g. rich sensor extensions) gets raised limits, in one place per
 * syntax, for the reader and the schema validator alike; everyone else keeps the defaults.
 */
public final class InputLimitsExample {
  private InputLimitsExample() {}

  /** An EPCIS 2.0 XML document whose one event carries an extension nested {@code depth} levels deep. */
  static String deepXml(int depth) {
    return "<epcis:EPCISDocument xmlns:epcis=\"urn:epcglobal:epcis:xsd:2\" schemaVersion=\"2.0\""
        + " creationDate=\"2024-01-01T00:00:00Z\"><EPCISBody><EventList><ObjectEvent>"
        + "<eventTime>2024-01-01T00:00:00Z</eventTime><eventTimeZoneOffset>+00:00</eventTimeZoneOffset>"
        + "<epcList/><action>OBSERVE</action><ex:x xmlns:ex=\"urn:example:\">" + "<ex:x>".repeat(depth)
        + "</ex:x>".repeat(depth) + "</ex:x></ObjectEvent></EventList></EPCISBody></epcis:EPCISDocument>";
  }

  /** Runs the example and prints what happened. */
  public static void run(PrintStream out) {
    String xml = deepXml(150);
    try {
      EpcisXmlReader.create().read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "deep.xml");
    } catch (EpcisException e) {
      out.println("default limits: " + e.finding()); // XML-LIMIT-DEPTH, naming withMaxDepth and --limit depth=N
    }
    XmlLimits partner = XmlLimits.DEFAULTS.withMaxDepth(200).withMaxTextLength(64 << 20);
    EpcisXmlReader reader = EpcisXmlReader.builder().limits(partner).build();
    int events = reader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "deep.xml")
        .events().size();
    boolean valid = EpcisSchemaValidator.create(partner)
        .validate(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "deep.xml").isEmpty();
    out.println("raised depth 200: read " + events + " event, schema valid: " + valid);

    // JSON: one JsonLimits for the streaming reader and the schema validator; the validator, which holds one event
    // (and the document without its events) at a time, also bounds that part
    JsonLimits json = JsonLimits.DEFAULTS.withMaxEvents(100_000_000L).withMaxStringLength(64 << 20);
    EpcisJsonReader jsonReader = EpcisJsonReader.create(json);
    EpcisJsonSchemaValidator jsonValidator = EpcisJsonSchemaValidator.create(json).withMaxPartChars(128L << 20);
    out.println("JSON reader limits: " + jsonReader.limits());
    out.println("JSON validator document size: " + jsonValidator.limits().maxDocumentBytes() + " bytes, part held "
        + "in memory: " + jsonValidator.maxPartChars() + " characters");
  }

  /** Runs the example. */
  public static void main(String[] args) {
    run(System.out);
  }
}
