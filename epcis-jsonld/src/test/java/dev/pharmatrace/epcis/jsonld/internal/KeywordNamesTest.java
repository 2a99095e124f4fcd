package dev.pharmatrace.epcis.jsonld.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pharmatrace.epcis.jsonld.EpcisJsonReader;
import dev.pharmatrace.epcis.jsonld.EpcisJsonWriter;
import dev.pharmatrace.epcis.model.Action;
import dev.pharmatrace.epcis.model.EpcisDocument;
import dev.pharmatrace.epcis.model.EpcisEvent;
import dev.pharmatrace.epcis.model.Extension;
import dev.pharmatrace.epcis.model.ObjectEvent;
import dev.pharmatrace.epcis.model.QualifiedName;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Un-namespaced extension names that JSON-LD reads as keywords (stop 16, a fuzz finding and what it led to): a child
 * element {@code <eventID>} was written {@code "eventID": ...}, which the EPCIS context aliases to {@code @id}, so a
 * JSON-LD processor (and our reader, for an event it normalises) took the whole value for a node reference; an
 * attribute {@code type="t"} was written {@code "@type": "t"}, read back as a datatype, or lost.
 */
class KeywordNamesTest {
  private static final String NS = "http://ex.example/";

  @Test
  void theAliasesAreTheOnesOurContextDefines() throws Exception {
    JsonNode context;
    try (InputStream in = JsonDocumentWriterImpl.class.getResourceAsStream(
        "/dev/pharmatrace/epcis/jsonld/context/epcis-context.jsonld")) {
      context = new ObjectMapper().readTree(in);
    }
    Set<String> aliases = new TreeSet<>();
    collectAliases(context, aliases);
    assertThat(aliases).isNotEmpty();
    assertThat(new TreeSet<>(JsonDocumentWriterImpl.KEYWORD_ALIASES)).isEqualTo(aliases);
  }

  /** Every {@code "term": "@keyword"} definition, at any depth (scoped contexts included). */
  private static void collectAliases(JsonNode node, Set<String> into) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> m : node.properties()) {
        if (!m.getKey().startsWith("@") && m.getValue().isString() && m.getValue().asString().startsWith("@")) {
          into.add(m.getKey());
        }
        collectAliases(m.getValue(), into);
      }
    } else if (node.isArray()) {
      node.forEach(n -> collectAliases(n, into));
    }
  }

  @Test
  void keywordNamedChildrenAndAttributesRoundTripAndAreNoKeywordsInTheJson() {
    List<Extension> children = new ArrayList<>();
    for (String alias : JsonDocumentWriterImpl.KEYWORD_ALIASES) {
      children.add(Extension.text(QualifiedName.local(alias), "urn:x:" + alias));
    }
    children.add(Extension.text(QualifiedName.of(NS, "plain", "ex"), "1"));
    Extension.Builder withAttributes = Extension.builder(QualifiedName.of(NS, "data", "ex"));
    for (String keyword : JsonDocumentWriterImpl.JSON_LD_KEYWORDS) {
      withAttributes.attribute(QualifiedName.local(keyword), "v-" + keyword);
    }
    children.forEach(withAttributes::child);
    Extension data = withAttributes.build();
    Extension typedText = Extension.builder(QualifiedName.of(NS, "more", "ex"))
        .attribute(QualifiedName.local("type"), "t").text("text").build();
    EpcisEvent event = ObjectEvent.builder().eventTime(OffsetDateTime.parse("2024-01-01T00:00:00Z"))
        .eventTimeZoneOffset(java.time.ZoneOffset.UTC).action(Action.OBSERVE)
        .epcList(List.of("urn:epc:id:sgtin:0614141.107346.1")).addExtension(data).addExtension(typedText).build();
    EpcisDocument d = EpcisDocument.builder().creationDate(OffsetDateTime.parse("2024-01-01T00:00:00Z"))
        .addEvent(event).build();
    String json = write(d);
    for (String alias : JsonDocumentWriterImpl.KEYWORD_ALIASES) {
      assertThat(json).doesNotContain("\"" + alias + "\" : \"urn:x:");
    }
    for (String keyword : JsonDocumentWriterImpl.JSON_LD_KEYWORDS) {
      assertThat(json).doesNotContain("\"@" + keyword + "\" : \"v-");
    }
    assertThat(json).doesNotContain("\"@type\" : \"t\"");
    EpcisDocument back = read(json);
    assertThat(back.events()).isEqualTo(d.events());
    assertThat(write(back)).isEqualTo(json);
  }

  @Test
  void inAnEventReadThroughExpansionEveryUnnamespacedNameGoesThroughTheCarrier() {
    // a member in the EPCIS vocabulary ("epcis:myField") makes the reader expand the event with JSON-LD, where a
    // bare name is an undefined term (a fuzz finding of stop 17: our own output was refused on reading it back)
    Extension foo = Extension.builder(QualifiedName.of(NS, "foo", "ex"))
        .attribute(QualifiedName.local("unit"), "kg")
        .child(Extension.text(QualifiedName.local("evenPowertID"), "urn:x:1")).build();
    Extension epcisMember = Extension.text(QualifiedName.of("https://ref.gs1.org/epcis/", "myField", "epcis"), "x");
    java.util.function.Function<List<Extension>, EpcisDocument> doc = xs -> {
      ObjectEvent.Builder b = ObjectEvent.builder().eventTime(OffsetDateTime.parse("2024-01-01T00:00:00Z"))
          .eventTimeZoneOffset(java.time.ZoneOffset.UTC).action(Action.OBSERVE)
          .epcList(List.of("urn:epc:id:sgtin:0614141.107346.1"));
      xs.forEach(b::addExtension);
      return EpcisDocument.builder().creationDate(OffsetDateTime.parse("2024-01-01T00:00:00Z")).addEvent(b.build())
          .build();
    };
    EpcisDocument expanded = doc.apply(List.of(epcisMember, foo));
    String json = write(expanded);
    assertThat(json).contains("\"ptu:evenPowertID\" : \"urn:x:1\"", "\"@ptu:unit\" : \"kg\"");
    EpcisDocument back = read(json);
    assertThat(back.events()).isEqualTo(expanded.events());
    // (an event read through expansion loses the prefix hints: the second write may name prefixes otherwise, and is
    // the fixed point)
    String again = write(back);
    assertThat(write(read(again))).isEqualTo(again);
    // without the EPCIS-vocabulary member the event is read as it stands, and bare names stay bare
    String plain = write(doc.apply(List.of(foo)));
    assertThat(plain).contains("\"evenPowertID\" : \"urn:x:1\"", "\"@unit\" : \"kg\"").doesNotContain("ptu");
    assertThat(read(plain).events()).isEqualTo(doc.apply(List.of(foo)).events());
  }

  private static String write(EpcisDocument d) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EpcisJsonWriter.create().write(d, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static EpcisDocument read(String json) {
    return EpcisJsonReader.create().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t.json");
  }
}
