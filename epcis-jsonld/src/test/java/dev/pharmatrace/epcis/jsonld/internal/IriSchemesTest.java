package dev.pharmatrace.epcis.jsonld.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pharmatrace.epcis.jsonld.EpcisJsonReader;
import dev.pharmatrace.epcis.jsonld.EpcisJsonWriter;
import dev.pharmatrace.epcis.model.EpcisDocument;
import dev.pharmatrace.epcis.model.QualifiedName;
import dev.pharmatrace.epcis.model.report.EpcisException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * An IRI whose scheme is a prefix of the context cannot be written in JSON-LD: a processor expands {@code ptu:x:}
 * through a prefix {@code ptu}, as a member name and as the IRI of a prefix (a fuzz finding of stop 17: a namespace
 * {@code ptu:typerail:}, from a document that did not declare our carrier prefix, came back as another IRI once the
 * writer had declared {@code ptu} for an un-namespaced name). The writer refuses such an IRI instead.
 */
class IriSchemesTest {
  private static final String HEAD = "{\"@context\": [\"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context."
      + "jsonld\"%s], \"type\": \"EPCISDocument\", \"schemaVersion\": \"2.0\", \"creationDate\": "
      + "\"2024-01-01T00:00:00Z\"%s, \"epcisBody\": {\"eventList\": [{\"type\": \"ObjectEvent\", \"eventTime\": "
      + "\"2024-01-01T00:00:00Z\", \"eventTimeZoneOffset\": \"+00:00\", \"action\": \"OBSERVE\", %s}]}}";

  private static EpcisDocument read(String json) {
    return EpcisJsonReader.create().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t.jsonld");
  }

  private static String write(EpcisDocument d) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EpcisJsonWriter.create().write(d, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aNamespaceWhoseSchemeIsADeclaredPrefixIsRefused() {
    // "plain" needs our carrier prefix ptu; the event's namespace ptu:typerail: would then read as .../unqualified/...
    EpcisDocument d = read(String.format(HEAD, "", ", \"plain\": \"x\"", "\"ptu:typerail:count\": \"4\""));
    assertThat(d.events().get(0).extensions().get(0).name().namespace()).isEqualTo("ptu:typerail:");
    assertThatThrownBy(() -> write(d)).isInstanceOfSatisfying(EpcisException.class, e -> {
      assertThat(e.finding().ruleId()).isEqualTo(JsonDocumentWriterImpl.IRI_RULE);
      assertThat(e.finding().message()).contains("ptu:typerail:", "'ptu'");
    });
    // a declared prefix followed by more colons is that prefix's IRI, and writes as usual
    EpcisDocument own = read(String.format(HEAD, ", {\"rail\": \"urn:rail:\"}", ", \"plain\": \"x\"",
        "\"rail:x:y\": \"1\""));
    assertThat(own.events().get(0).extensions().get(0).name().namespace()).isEqualTo("urn:rail:x:");
    assertThat(read(write(own)).events()).isEqualTo(own.events());
  }

  @Test
  void theSameNamespaceIsWrittenWhereNoPrefixTakesItsScheme() {
    // without an un-namespaced name no carrier prefix is declared, and ptu:typerail: is an IRI like any other
    EpcisDocument d = read(String.format(HEAD, "", "", "\"ptu:typerail:count\": \"4\""));
    String written = write(d);
    EpcisDocument again = read(written);
    assertThat(again.events()).isEqualTo(d.events());
    assertThat(again.events().get(0).extensions().get(0).name())
        .isEqualTo(QualifiedName.of("ptu:typerail:", "count"));
    assertThat(write(again)).isEqualTo(written);
  }
}
