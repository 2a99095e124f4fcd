package dev.pharmatrace.epcis.examples;

import dev.pharmatrace.epcis.jsonld.EpcisJsonReader;
import dev.pharmatrace.epcis.jsonld.EpcisJsonWriter;
import dev.pharmatrace.epcis.jsonld.JsonEventStream;
import dev.pharmatrace.epcis.model.EpcisDocument;
import dev.pharmatrace.epcis.xml.EpcisSchemaValidator;
import dev.pharmatrace.epcis.xml.EpcisXmlReader;
import dev.pharmatrace.epcis.xml.EpcisXmlWriter;
import dev.pharmatrace.epcis.xml.XmlDocumentWriter;
import dev.pharmatrace.epcis.xml.XmlVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON members have no order: a partner's JSON-LD document may put {@code epcisBody} first and its
 * {@code epcisHeader} (SBDH, master data) and {@code @context} (extension prefixes) last. The streaming reader sets
 * such a body aside (in memory when small, else in a temporary file it deletes on close), so the header is known
 * before the first event and a streaming conversion to XML keeps it.
 */
public final class JsonMemberOrderExample {
  private JsonMemberOrderExample() {}

  /** Runs the example in {@code dir} and prints what happened. */
  public static void run(Path dir, PrintStream out) throws IOException {
    EpcisDocument shipment = DscsaShipmentExample.build(List.of("100001", "100002", "100003", "100004"), 2);
    Path json = dir.resolve("partner.jsonld");
    Files.writeString(json, bodyFirst(shipment));
    String text = Files.readString(json);
    out.printf("wrote %s: epcisBody at %d, epcisHeader at %d, @context at %d%n", json.getFileName(),
        text.indexOf("\"epcisBody\""), text.indexOf("\"epcisHeader\""), text.indexOf("\"@context\""));

    Path spool = Files.createDirectories(dir.resolve("spool"));
    EpcisJsonReader reader = EpcisJsonReader.create().withSpoolDirectory(spool).withSpoolMemoryThreshold(0);
    Path xml = dir.resolve("shipment.xml");
    int events = 0;
    try (JsonEventStream in = reader.open(json);
        OutputStream os = Files.newOutputStream(xml);
        XmlDocumentWriter w = EpcisXmlWriter.builder().version(XmlVersion.V1_2).build().open(os, in.document())) {
      out.println("header known before the first event: " + (in.document().header() != null));
      while (in.hasNext()) {
        w.write(in.next());
        events++;
      }
      w.finish(in.document()); // the document as completed after its events: extensions that followed them too
    }
    try (var left = Files.list(spool)) {
      out.println("temporary files left after close: " + left.count());
    }
    out.printf("converted %d events to %s; schema validation: %s%n", events, xml.getFileName(),
        EpcisSchemaValidator.create().validate(xml).isEmpty() ? "valid" : "INVALID");
    EpcisDocument back = EpcisXmlReader.create().read(xml);
    out.println("header, master data and transaction statement kept: " + back.header().equals(shipment.header()));
  }

  /** The document as JSON-LD with its members in the order body, header, the rest, @context. */
  static String bodyFirst(EpcisDocument document) {
    JsonMapper mapper = JsonMapper.builder().build();
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    EpcisJsonWriter.create().write(document, written);
    ObjectNode tree = (ObjectNode) mapper.readTree(written.toByteArray());
    ObjectNode reordered = mapper.createObjectNode();
    reordered.set("epcisBody", tree.get("epcisBody"));
    reordered.set("epcisHeader", tree.get("epcisHeader"));
    tree.properties().stream().filter(m -> !List.of("epcisBody", "epcisHeader", "@context").contains(m.getKey()))
        .forEach(m -> reordered.set(m.getKey(), m.getValue()));
    reordered.set("@context", tree.get("@context"));
    return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(reordered);
  }

  /** Runs the example in a temporary folder. */
  public static void main(String[] args) throws IOException {
    Path dir = Files.createTempDirectory("epcis-json-order-example");
    run(dir, System.out);
  }
}
