package dev.pharmatrace.epcis.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pharmatrace.epcis.model.EpcisDocument;
import dev.pharmatrace.epcis.model.report.EpcisException;
import dev.pharmatrace.epcis.model.report.Finding;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Hostile input fails fast, with a clear finding, without reading local files or exhausting memory. */
@Timeout(30)
class XmlHardeningTest {
  static final String HEAD = "<epcis:EPCISDocument xmlns:epcis=\"urn:epcglobal:epcis:xsd:2\" schemaVersion=\"2.0\" "
      + "creationDate=\"2024-01-01T00:00:00Z\"><EPCISBody><EventList>";
  static final String EVENT = "<ObjectEvent><eventTime>2024-01-01T00:00:00Z</eventTime>"
      + "<eventTimeZoneOffset>+00:00</eventTimeZoneOffset><action>OBSERVE</action>%s</ObjectEvent>";
  static final String TAIL = "</EventList></EPCISBody></epcis:EPCISDocument>";

  static EpcisException readFails(String xml, EpcisXmlReader reader) {
    try {
      reader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "hostile.xml");
    } catch (EpcisException e) {
      return e;
    }
    throw new AssertionError("expected the read to fail");
  }

  @Test
  void externalEntitiesAreNeverResolved(@TempDir Path dir) throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-CONTENT");
    String xml = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
        + HEAD + String.format(EVENT, "<ex:x xmlns:ex=\"urn:x:\">&xxe;</ex:x>") + TAIL;
    EpcisException e = readFails(xml, EpcisXmlReader.create());
    assertThat(e.finding().ruleId()).isEqualTo("XML-ENTITY");
    assertThat(e.getMessage()).doesNotContain("TOP-SECRET-CONTENT");
    assertThat(e.finding().location().line()).isEqualTo(1);
  }

  @Test
  void externalUrlEntitiesAndDtdsAreNeverFetched() {
    String xml = "<?xml version=\"1.0\"?><!DOCTYPE d SYSTEM \"http://127.0.0.1:9/evil.dtd\">" + HEAD
        + String.format(EVENT, "") + TAIL;
    // the external DTD is not loaded (no connection is attempted: port 9 would refuse), the document reads
    EpcisDocument doc = EpcisXmlReader.create().read(
        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "doctype.xml");
    assertThat(doc.events()).hasSize(1);
  }

  @Test
  void entityExpansionBombsFailFast() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE d [<!ENTITY a0 \"lol\">");
    for (int i = 1; i < 10; i++) {
      dtd.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
    }
    dtd.append("]>");
    String xml = dtd + HEAD + String.format(EVENT, "<ex:x xmlns:ex=\"urn:x:\">&a9;</ex:x>") + TAIL;
    long start = System.nanoTime();
    EpcisException e = readFails(xml, EpcisXmlReader.create());
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    assertThat(e.finding().ruleId()).isEqualTo("XML-ENTITY");
  }

  @Test
  void deepNestingHitsTheDepthLimit() {
    int depth = 200_000;
    String xml = HEAD + String.format(EVENT, "<ex:x xmlns:ex=\"urn:x:\">" + "<ex:x>".repeat(depth)
        + "</ex:x>".repeat(depth) + "</ex:x>") + TAIL;
    EpcisException e = readFails(xml, EpcisXmlReader.create());
    assertThat(e.finding().ruleId()).isEqualTo("XML-LIMIT-DEPTH");
    assertThat(e.getMessage()).contains("100").contains("XmlLimits.withMaxDepth(int)");
  }

  @Test
  void longTextNodesHitTheTextLimit() {
    XmlLimits small = XmlLimits.DEFAULTS.withMaxTextLength(1000);
    String xml = HEAD + String.format(EVENT, "<ex:x xmlns:ex=\"urn:x:\">" + "A".repeat(5000) + "</ex:x>") + TAIL;
    EpcisException e = readFails(xml, EpcisXmlReader.builder().limits(small).build());
    assertThat(e.finding().ruleId()).isEqualTo("XML-LIMIT-TEXT");
    assertThat(e.getMessage()).contains("1000").contains("XmlLimits.withMaxTextLength(int)");
  }

  @Test
  void theEventCountIsBounded() {
    String xml = HEAD + String.format(EVENT, "").repeat(5) + TAIL;
    EpcisException e = readFails(xml, EpcisXmlReader.builder().limits(XmlLimits.DEFAULTS.withMaxEvents(3)).build());
    assertThat(e.finding().ruleId()).isEqualTo("XML-LIMIT-EVENTS");
    assertThat(e.finding().location().eventIndex()).isEqualTo(-1L);
    assertThat(e.getMessage()).contains("XmlLimits.withMaxEvents(long)").contains("--limit events=N");
  }

  @Test
  void theDocumentSizeIsBounded() {
    String xml = HEAD + String.format(EVENT, "").repeat(100) + TAIL;
    EpcisException e = readFails(xml, EpcisXmlReader.builder()
        .limits(XmlLimits.DEFAULTS.withMaxDocumentChars(2000)).build());
    assertThat(e.finding().ruleId()).isEqualTo("XML-LIMIT-SIZE");
  }

  @Test
  void aLargeDocumentStreamsInBoundedMemory() {
    // 200,000 events generated on the fly (about 40 MB of XML): reading them one at a time keeps memory flat
    int count = 200_000;
    String event = String.format(EVENT, "<epcList><epc>urn:epc:id:sgtin:0614141.107346.2017</epc></epcList>");
    InputStream events = new SequenceInputStream(Collections.enumeration(List.of(
        new ByteArrayInputStream(HEAD.getBytes(StandardCharsets.UTF_8)),
        new RepeatingInputStream(event.getBytes(StandardCharsets.UTF_8), count),
        new ByteArrayInputStream(TAIL.getBytes(StandardCharsets.UTF_8)))));
    Runtime rt = Runtime.getRuntime();
    long n = 0;
    long maxUsed = 0;
    try (XmlEventStream stream = EpcisXmlReader.create().open(events, "generated.xml")) {
      while (stream.hasNext()) {
        stream.next();
        if (++n % 20_000 == 0) {
          maxUsed = Math.max(maxUsed, rt.totalMemory() - rt.freeMemory());
        }
      }
      assertThat(stream.warnings()).isEmpty();
    }
    assertThat(n).isEqualTo(count);
    // far below the ~40 MB the document takes as text (let alone as objects)
    assertThat(maxUsed).isLessThan(rt.maxMemory());
  }

  @Test
  void findingsNameTheFileLineAndColumn() {
    String xml = HEAD + "\n\n<ObjectEvent><eventTime>2024-01-01T00:00:00Z</eventTime><oops></ObjectEvent>" + TAIL;
    EpcisException e = readFails(xml, EpcisXmlReader.create());
    Finding f = e.finding();
    assertThat(f.ruleId()).isEqualTo("XML-WELL-FORMED");
    assertThat(f.location().file()).isEqualTo("hostile.xml");
    assertThat(f.location().line()).isEqualTo(3);
    assertThat(f.location().column()).isPositive();
    assertThat(f.toString()).startsWith("hostile.xml:3:");
  }

  /** Repeats a chunk n times without holding it n times in memory. */
  static final class RepeatingInputStream extends InputStream {
    private final byte[] chunk;
    private long remaining;
    private int pos;

    RepeatingInputStream(byte[] chunk, long times) {
      this.chunk = chunk;
      this.remaining = times;
    }

    @Override
    public int read() {
      if (remaining == 0) {
        return -1;
      }
      int b = chunk[pos++];
      if (pos == chunk.length) {
        pos = 0;
        remaining--;
      }
      return b & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (remaining == 0) {
        return -1;
      }
      int n = Math.min(len, chunk.length - pos);
      System.arraycopy(chunk, pos, b, off, n);
      pos += n;
      if (pos == chunk.length) {
        pos = 0;
        remaining--;
      }
      return n;
    }
  }
}
