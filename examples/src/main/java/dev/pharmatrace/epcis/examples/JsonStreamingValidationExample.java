package dev.pharmatrace.epcis.examples;

import dev.pharmatrace.epcis.jsonld.EpcisJsonReader;
import dev.pharmatrace.epcis.jsonld.EpcisJsonSchemaValidator;
import dev.pharmatrace.epcis.jsonld.JsonEventStream;
import dev.pharmatrace.epcis.model.report.Finding;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Large JSON-LD documents, in bounded memory: {@link EpcisJsonSchemaValidator} validates a file event by event
 * (the rest of the document as one small tree), with the same findings as a whole-document validation, and
 * {@link EpcisJsonReader#open(Path)} reads a document without {@code epcisHeader} in place (a quick scan of the
 * file's top level shows that no header or {@code @context} follows the body, so nothing is set aside).
 */
public final class JsonStreamingValidationExample {
  private JsonStreamingValidationExample() {}

  /**
   * Writes a document of {@code events} ObjectEvents, one of them with a CBV URN where JSON wants a bare word,
   * validates it and reads it, and prints what happened.
   *
   * @param dir where the document is written
   * @param events how many events
   * @param bad the index of the invalid event
   * @param out where to print
   * @throws IOException if the document cannot be written
   */
  public static void run(Path dir, int events, int bad, PrintStream out) throws IOException {
    Path file = dir.resolve("large.jsonld");
    write(file, events, bad);
    out.printf("wrote %s: %,d events, %,d bytes, no epcisHeader%n", file.getFileName(), events, Files.size(file));

    List<Finding> findings = EpcisJsonSchemaValidator.create().validate(file);
    out.println("schema findings: " + findings.size());
    for (Finding f : findings) {
      out.printf("  %s at %s (line %d, column %d): %s%n", f.ruleId(), f.location().jsonPointer(),
          f.location().line(), f.location().column(), f.message());
    }

    Path spool = Files.createDirectories(dir.resolve("spool"));
    EpcisJsonReader reader = EpcisJsonReader.create().withSpoolDirectory(spool).withSpoolMemoryThreshold(0);
    long read = 0;
    long setAside;
    try (JsonEventStream in = reader.open(file); var files = Files.list(spool)) {
      setAside = files.count();
      while (in.hasNext()) {
        in.next();
        read++;
      }
    }
    out.printf("read %,d events in place (temporary files while reading: %d)%n", read, setAside);
  }

  private static void write(Path file, int events, int bad) throws IOException {
    try (OutputStream os = Files.newOutputStream(file);
        JsonGenerator g = JsonMapper.builder().build().createGenerator(os)) {
      g.writeStartObject();
      g.writeStringProperty("@context", "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld");
      g.writeStringProperty("type", "EPCISDocument");
      g.writeStringProperty("schemaVersion", "2.0");
      g.writeStringProperty("creationDate", "2024-03-01T08:00:00Z");
      g.writeName("epcisBody");
      g.writeStartObject();
      g.writeName("eventList");
      g.writeStartArray();
      for (int i = 0; i < events; i++) {
        g.writeRaw('\n');
        g.writeStartObject();
        g.writeStringProperty("type", "ObjectEvent");
        g.writeStringProperty("eventTime", "2024-03-01T08:00:00Z");
        g.writeStringProperty("eventTimeZoneOffset", "+00:00");
        g.writeName("epcList");
        g.writeStartArray();
        g.writeString("urn:epc:id:sgtin:0614141.107346." + i);
        g.writeEndArray();
        g.writeStringProperty("action", "OBSERVE");
        g.writeStringProperty("bizStep", i == bad ? "urn:epcglobal:cbv:bizstep:shipping" : "shipping");
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndObject();
    }
  }

  /**
   * Runs the example in a temporary folder.
   *
   * @param args [events] (default 100,000)
   * @throws IOException if the document cannot be written
   */
  public static void main(String[] args) throws IOException {
    int events = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    run(Files.createTempDirectory("epcis-json-streaming-example"), events, events / 2, System.out);
  }
}
