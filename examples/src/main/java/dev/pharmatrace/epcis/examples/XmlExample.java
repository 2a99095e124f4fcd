package dev.pharmatrace.epcis.examples;

import dev.pharmatrace.epcis.model.EpcisDocument;
import dev.pharmatrace.epcis.model.EpcisEvent;
import dev.pharmatrace.epcis.model.report.Finding;
import dev.pharmatrace.epcis.xml.EpcisSchemaValidator;
import dev.pharmatrace.epcis.xml.EpcisXmlReader;
import dev.pharmatrace.epcis.xml.EpcisXmlWriter;
import dev.pharmatrace.epcis.xml.XmlDocumentWriter;
import dev.pharmatrace.epcis.xml.XmlEventStream;
import dev.pharmatrace.epcis.xml.XmlVersion;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * EPCIS XML as a DSCSA integration uses it: write the shipment as EPCIS 1.2 XML (what partners exchange), validate
 * it against the bundled schema, then stream it into EPCIS 2.0 XML event by event, in constant memory.
 */
public final class XmlExample {
  private XmlExample() {}

  /** Runs the example in {@code dir} and prints what happened. */
  public static void run(Path dir, PrintStream out) throws IOException {
    EpcisDocument shipment = DscsaShipmentExample.build(List.of("100001", "100002", "100003", "100004"), 2);
    Path v12 = dir.resolve("shipment-1.2.xml");
    EpcisXmlWriter.builder().version(XmlVersion.V1_2).build().write(shipment, v12); // atomic
    out.printf("wrote %s (%,d bytes)%n", v12.getFileName(), Files.size(v12));

    List<Finding> findings = EpcisSchemaValidator.create().validate(v12);
    out.println("schema validation: " + (findings.isEmpty() ? "valid" : findings));

    Path v20 = dir.resolve("shipment-2.0.xml");
    int events = 0;
    try (XmlEventStream in = EpcisXmlReader.create().open(v12);
        OutputStream os = Files.newOutputStream(v20);
        XmlDocumentWriter w = EpcisXmlWriter.builder().version(XmlVersion.V2_0).build().open(os, in.document())) {
      while (in.hasNext()) {
        EpcisEvent event = in.next();
        w.write(event);
        events++;
      }
      w.finish(in.document()); // the document as completed after its events: extensions that followed them too
    }
    out.printf("converted %d events to %s; schema validation: %s%n", events, v20.getFileName(),
        EpcisSchemaValidator.create().validate(v20).isEmpty() ? "valid" : "INVALID");
    EpcisDocument back = EpcisXmlReader.create().read(v20);
    out.println("header, master data and transaction statement kept: " + back.header().equals(shipment.header()));
  }

  /** Runs the example in a temporary folder. */
  public static void main(String[] args) throws IOException {
    Path dir = Files.createTempDirectory("epcis-xml-example");
    run(dir, System.out);
  }
}
