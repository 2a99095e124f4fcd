package dev.pharmatrace.epcis.benchmarks;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * The parse floors of {@link CliBenchmark}, each run as a whole process like the {@code epcis} command: a bare pass
 * over a document that reads every event and every text node and builds nothing. {@code jdk} is the JDK's built-in
 * StAX (the floor the performance goals are stated against), {@code woodstox} the StAX parser our reader uses,
 * {@code jackson} a bare Jackson token pass over JSON. Prints the number of events found.
 *
 * <pre>java -cp ... dev.pharmatrace.epcis.benchmarks.Floors jdk|woodstox|jackson FILE</pre>
 */
public final class Floors {
  private Floors() {}

  /** Runs one floor; args: kind, file. */
  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[1]);
    long events = switch (args[0]) {
      case "jdk" -> stax(XMLInputFactory.newDefaultFactory(), file);
      case "woodstox" -> stax(new com.ctc.wstx.stax.WstxInputFactory(), file);
      case "jackson" -> jackson(file);
      default -> throw new IllegalArgumentException("unknown floor " + args[0]);
    };
    System.out.println(events);
  }

  /** A StAX pass: counts the elements at event depth (document/body/list/event) and reads every text node. */
  static long stax(XMLInputFactory f, Path file) throws Exception {
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    long events = 0;
    long chars = 0;
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader r = f.createXMLStreamReader(in);
      int depth = 0;
      while (r.hasNext()) {
        int e = r.next();
        if (e == XMLStreamConstants.START_ELEMENT) {
          if (++depth == 4) {
            events++; // EPCISDocument/EPCISBody/EventList/<event>
          }
        } else if (e == XMLStreamConstants.END_ELEMENT) {
          depth--;
        } else if (e == XMLStreamConstants.CHARACTERS) {
          chars += r.getText().length();
        }
      }
      r.close();
    }
    return chars >= 0 ? events : -1;
  }

  /** A Jackson token pass: counts the objects in {@code epcisBody.eventList} and reads every string value. */
  static long jackson(Path file) {
    long events = 0;
    long chars = 0;
    try (JsonParser p = JsonMapper.shared().createParser(file.toFile())) {
      int depth = 0;
      boolean inEvents = false;
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.PROPERTY_NAME && depth == 2 && "eventList".equals(p.currentName())) {
          inEvents = true;
        }
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          depth++;
          if (inEvents && depth == 4 && t == JsonToken.START_OBJECT) {
            events++; // {document}.epcisBody.eventList[ {event}
          }
        } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          depth--;
        } else if (t == JsonToken.VALUE_STRING) {
          chars += p.getString().length();
        }
      }
    }
    return chars >= 0 ? events : -1;
  }
}
