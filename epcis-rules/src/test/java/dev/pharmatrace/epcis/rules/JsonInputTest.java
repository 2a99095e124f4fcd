package dev.pharmatrace.epcis.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pharmatrace.epcis.jsonld.EpcisJsonReader;
import dev.pharmatrace.epcis.jsonld.EpcisJsonWriter;
import dev.pharmatrace.epcis.jsonld.JsonEventStream;
import dev.pharmatrace.epcis.model.EpcisDocument;
import dev.pharmatrace.epcis.xml.EpcisXmlReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

/** The same rules on EPCIS 2.0 JSON-LD (namespaces with a trailing ':', 2.0 header), located by JSON pointer. */
class JsonInputTest {
  static ValidationResult viaJson(String fixture) {
    EpcisDocument doc = EpcisXmlReader.create().read(Fixtures.path(fixture));
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    EpcisJsonWriter.create().write(doc.toBuilder().schemaVersion(EpcisDocument.VERSION_2_0).build(), json);
    try (JsonEventStream s = EpcisJsonReader.create().open(new ByteArrayInputStream(json.toByteArray()), "s.jsonld")) {
      ValidationSession session = Validator.of(Profile.dscsa()).start(s.document(), "s.jsonld");
      while (s.hasNext()) {
        session.accept(s.next(), s.lastEventLocation());
      }
      return session.finish();
    }
  }

  @Test
  void theValidShipmentPassesAsJsonLd() {
    assertThat(viaJson("valid-dscsa.xml").findings()).isEmpty();
  }

  @Test
  void findingsInJsonCarryThePointerOfTheEvent() {
    ValidationResult r = viaJson("negative/TRACE-TWO-PARENTS.xml");
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("TRACE-TWO-PARENTS");
      assertThat(f.location().jsonPointer()).isEqualTo("/epcisBody/eventList/4");
      assertThat(f.location().field()).isEqualTo("childEPCs[2]");
      assertThat(f.location().line()).isPositive();
    });
    assertThat(viaJson("negative/DSCSA-ILMD.xml").findings()).extracting(x -> x.ruleId()).containsExactly("DSCSA-ILMD");
  }
}
