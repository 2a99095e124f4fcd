package dev.pharmatrace.epcis.jsonld.ld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pharmatrace.epcis.jsonld.JsonLdContexts;
import dev.pharmatrace.epcis.jsonld.RdfExporter;
import dev.pharmatrace.epcis.model.report.EpcisException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** N-Quads export. The expected quads of the fixture were written by hand from the EPCIS context. */
class LdRdfExporterTest {

  @Test
  void sortedExportGivesTheExpectedQuads() {
    String nq = RdfExporter.offline().sorted(true).toNQuads(LdTestSupport.fixture("rdf-small.jsonld"),
        "rdf-small.jsonld");
    assertThat(nq).isEqualTo(LdTestSupport.fixtureText("rdf-small.nq"));
  }

  @Test
  void streamingExportHasTheSameQuadsAndCountsThem() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long n = RdfExporter.offline().write(LdTestSupport.fixture("rdf-small.jsonld"), "rdf-small.jsonld", out);
    List<String> lines = Arrays.asList(out.toString(StandardCharsets.UTF_8).split("\n"));
    assertThat(n).isEqualTo(12);
    assertThat(lines).containsExactlyInAnyOrderElementsOf(
        Arrays.asList(LdTestSupport.fixtureText("rdf-small.nq").split("\n")));
  }

  @Test
  void sortedOutputIsDeterministicAndDuplicateFree() {
    String doc = "{\"@context\": \"" + JsonLdContexts.EPCIS_2_0_0 + "\", \"eventID\": \"urn:uuid:5\","
        + " \"type\": \"ObjectEvent\", \"epcList\": [\"urn:epc:id:sgtin:1.2.3\", \"urn:epc:id:sgtin:1.2.3\","
        + " \"urn:epc:id:sgtin:0.2.3\"], \"action\": \"ADD\"}";
    RdfExporter sorted = RdfExporter.offline().sorted(true);
    String first = sorted.toNQuads(LdTestSupport.json(doc));
    assertThat(sorted.toNQuads(LdTestSupport.json(doc))).isEqualTo(first);
    assertThat(first.lines().toList()).containsExactly(
        "<urn:uuid:5> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://ref.gs1.org/epcis/ObjectEvent> .",
        "<urn:uuid:5> <https://ref.gs1.org/epcis/action> \"ADD\" .",
        "<urn:uuid:5> <https://ref.gs1.org/epcis/epcList> <urn:epc:id:sgtin:0.2.3> .",
        "<urn:uuid:5> <https://ref.gs1.org/epcis/epcList> <urn:epc:id:sgtin:1.2.3> .");
  }

  @Test
  void quantityFollowsTheTypingOfTheContextUrl() {
    String body = "\"eventID\": \"urn:uuid:6\", \"quantityList\": [{\"epcClass\": \"urn:epc:class:lgtin:1.2.3\","
        + " \"quantity\": 200}]}";
    RdfExporter rdf = RdfExporter.offline().sorted(true);
    assertThat(rdf.toNQuads(LdTestSupport.json("{\"@context\": \"" + JsonLdContexts.EPCIS_2_0_0 + "\", " + body)))
        .contains("\"2.0E2\"^^<http://www.w3.org/2001/XMLSchema#double>");
    assertThat(rdf.toNQuads(LdTestSupport.json("{\"@context\": \"" + JsonLdContexts.EPCIS_GITHUB + "\", " + body)))
        .contains("\"200\"^^<http://www.w3.org/2001/XMLSchema#decimal>");
  }

  @Test
  void dscsaExtensionsBecomeTriplesWithTheirFullIris() {
    String nq = RdfExporter.offline().sorted(true).toNQuads(LdTestSupport.fixture("dscsa-shipment.jsonld"),
        "dscsa-shipment.jsonld");
    assertThat(nq).contains("<http://epcis.gs1us.org/hc/nsdscsaTransactionStatement>")
        .contains("<urn:epcglobal:cbv:mdalotNumber> \"LOT-42\" .")
        .contains("<urn:epcglobal:cbv:mda:itemExpirationDate> \"2026-01-31\" .");
  }

  @Test
  void writeFailureIsAnIoFinding() {
    Writer failing = new Writer() {
      @Override
      public void write(char[] cbuf, int off, int len) throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    for (boolean sorted : new boolean[] {false, true}) {
      assertThatThrownBy(() -> RdfExporter.offline().sorted(sorted)
          .write(LdTestSupport.fixture("rdf-small.jsonld"), "rdf-small.jsonld", failing))
          .isInstanceOfSatisfying(EpcisException.class, e -> {
            assertThat(e.finding().ruleId()).isEqualTo("JSONLD-IO");
            assertThat(e.finding().message()).contains("disk full");
          });
    }
  }

  @Test
  void unknownContextFailsBeforeAnyOutput() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(() -> RdfExporter.offline().write(LdTestSupport.json(
        "{\"@context\": \"https://partner.example/ctx.jsonld\", \"@id\": \"urn:x\", \"p:x\": 1}"), "p.jsonld", out))
        .isInstanceOfSatisfying(EpcisException.class, e -> {
          assertThat(e.finding().ruleId()).isEqualTo("JSONLD-CONTEXT-UNAVAILABLE");
          assertThat(e.finding().location().file()).isEqualTo("p.jsonld");
        });
    assertThat(out.size()).isZero();
  }
}
