package dev.pharmatrace.epcis.jsonld.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.format.DateTimeFormat;
import com.networknt.schema.format.UriFormat;
import java.io.InputStream;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The pieces of {@link EventFastPath}: it matches the bundled schema, its {@code date-time} and {@code uri} answers
 * are only ever "valid" where the engine's formats say so, and it accepts the common event shapes of our fixture
 * (each of them valid for the engine too). The event-level soundness is {@link EventFastPathDifferentialTest}.
 */
class EventFastPathTest {
  private static final DateTimeFormat DATE_TIME = new DateTimeFormat();
  private static final UriFormat URI = new UriFormat();
  static final String SHAPES = "/dev/pharmatrace/epcis/jsonld/schema/valid-fast-path-shapes.jsonld";

  @Test
  void writtenForTheBundledSchema() {
    EventFastPath fast = BundledJsonSchema.get().fastPath();
    assertThat(fast.fingerprint())
        .as("the event definitions of the bundled schema changed: review EventFastPath against them, then set"
            + " EventFastPath.FINGERPRINT to the new value")
        .isEqualTo(EventFastPath.FINGERPRINT);
    assertThat(fast.usable()).isTrue();
  }

  @Test
  void turnsItselfOffForAnotherSchema() throws Exception {
    JsonNode schema = BundledJsonSchema.get().schemaNode().deepCopy();
    ((ObjectNode) schema.get("definitions").get("action")).putArray("enum").add("ADD").add("OBSERVE");
    EventFastPath changed = EventFastPath.of(schema);
    assertThat(changed.usable()).isFalse();
    assertThat(changed.certainlyValid(shapes().get(0))).isFalse();
    // annotations do not count
    JsonNode described = BundledJsonSchema.get().schemaNode().deepCopy();
    ((ObjectNode) described.get("definitions").get("action")).put("description", "changed words");
    assertThat(EventFastPath.of(described).usable()).isTrue();
  }

  @Test
  void acceptsTheCommonShapesThatTheEngineAccepts() throws Exception {
    EventFastPath fast = BundledJsonSchema.get().fastPath();
    List<JsonNode> events = shapes();
    assertThat(events).hasSize(9);
    for (JsonNode event : events) {
      assertThat(BundledJsonSchema.get().eventSchema().validate(event)).as(event.toString()).isEmpty();
      assertThat(fast.certainlyValid(event)).as(event.toString()).isTrue();
    }
  }

  @Test
  void dateTimesOnlyWhereTheEngineAgrees() {
    for (String s : List.of("2024-02-29T10:00:00Z", "2024-03-01T08:00:00-05:00", "2000-02-29T23:59:59.123456789+14:59",
        "0001-01-01T00:00:00Z", "9999-12-31T23:59:59-00:00")) {
      assertThat(EventFastPath.dateTime(s)).as(s).isTrue();
      assertThat(DATE_TIME.matches(null, s)).as(s).isTrue();
    }
    for (String s : List.of("2023-02-29T10:00:00Z", "1900-02-29T10:00:00Z", "2024-04-31T10:00:00Z",
        "2024-01-01T24:00:00Z", "2016-12-31T23:59:60Z", "2024-01-01t10:00:00z", "2024-01-01T10:00:00",
        "2024-01-01T10:00:00.1234567891Z", "2024-01-01T10:00:00+15:00", "2024-01-01T10:00:00.Z",
        "2024-01-01 10:00:00Z", "0000-01-01T00:00:00Z", "2024-01-01T10:00:00Z\n", "2024-01-01T10:00:00+0100")) {
      assertThat(EventFastPath.dateTime(s)).as(s).isFalse();
    }
  }

  @Test
  void randomDateTimesOnlyWhereTheEngineAgrees() {
    Random random = new Random(11);
    String[] offsets = {"Z", "z", "+00:00", "-00:00", "+14:00", "+14:59", "+15:00", "+18:00", "+23:59", "+24:00",
        "-12:60", "+1:00", "", "+0100", "Z ", "\u221205:00"};
    int quick = 0;
    for (int n = 0; n < 200_000; n++) {
      String s = String.format("%04d-%02d-%02d%c%02d:%02d:%02d%s%s", random.nextInt(10_001), random.nextInt(14),
          random.nextInt(33), random.nextInt(10) == 0 ? 't' : 'T', random.nextInt(26), random.nextInt(62),
          random.nextInt(62), fraction(random), offsets[random.nextInt(offsets.length)]);
      if (random.nextInt(20) == 0) {
        s = s.substring(0, random.nextInt(s.length())) + (char) ('+' + random.nextInt(80))
            + s.substring(random.nextInt(s.length()));
      }
      if (EventFastPath.dateTime(s)) {
        quick++;
        assertThat(DATE_TIME.matches(null, s)).as(s).isTrue();
      }
    }
    assertThat(quick).isGreaterThan(10_000);
  }

  private static String fraction(Random random) {
    int digits = random.nextInt(5) == 0 ? random.nextInt(13) : 0;
    StringBuilder b = new StringBuilder(digits > 0 || random.nextInt(50) == 0 ? "." : "");
    for (int i = 0; i < digits; i++) {
      b.append((char) ('0' + random.nextInt(10)));
    }
    return b.toString();
  }

  @Test
  void eventHashIdsAreUris() {
    String hex = "1c9b5f3e4d0b2b2f4f8e1d3e2a9a2a5e6d8b0f2c4e6a8c0e2f4a6c8e0a2c4e6a";
    for (String s : List.of("ni:///sha-256;" + hex + "?ver=CBV2.0", "ni:///sha-256;" + hex.toUpperCase()
        + "?ver=CBV2.1", "urn:uuid:404d95fc-9457-4a51-bd6a-0bba133845a8", "urn:epc:idpat:sgtin:4012345.098765.*",
        "urn:epc:idpat:sgtin:*.*.*", "urn:epc:idpat:grai:4012345.*.*")) {
      assertThat(EventFastPath.uri(s)).as(s).isTrue();
      assertThat(URI.matches(null, s)).as(s).isTrue();
    }
    for (String s : List.of("ni:///sha-256;" + hex.substring(1) + "?ver=CBV2.0", "ni:///sha-256;" + hex
        + "?ver=CBV", "ni:///sha-256;" + hex + "?ver=CBV2.0&x", "ni:///sha-256;" + hex.replace('1', 'g')
        + "?ver=CBV2.0", "ni:///sha-256;" + hex + "?ver=CBV2.0.0.0.0.0.0", "urn:epc:idpat:a b",
        "urn:epc:idpat:%2A")) {
      assertThat(EventFastPath.uri(s)).as(s).isFalse();
    }
  }

  @Test
  void randomUrisOnlyWhereTheEngineAgrees() {
    String hex = "0123456789abcdefABCDEF";
    String alphabet = "aZ09:/.-_~;=+?#[]@!$&'()*,% \\\"\u00e9\tCBV";
    Random random = new Random(12);
    int quick = 0;
    for (int n = 0; n < 200_000; n++) {
      StringBuilder b = new StringBuilder();
      if (random.nextBoolean()) {
        b.append("urn:epc:idpat:");
      } else {
        b.append("ni:///sha-256;");
        int digits = random.nextInt(10) == 0 ? random.nextInt(70) : 64;
        for (int i = 0; i < digits; i++) {
          b.append(hex.charAt(random.nextInt(hex.length())));
        }
        b.append(random.nextInt(5) == 0 ? "?ver=" : "?ver=CBV");
      }
      int length = random.nextInt(10);
      for (int i = 0; i < length; i++) {
        b.append(random.nextBoolean() ? alphabet.charAt(random.nextInt(alphabet.length()))
            : "0123456789.*".charAt(random.nextInt(12)));
      }
      String s = b.toString();
      if (EventFastPath.uri(s)) {
        quick++;
        assertThat(URI.matches(null, s)).as(s).isTrue();
      }
    }
    assertThat(quick).isGreaterThan(10_000);
  }

  static List<JsonNode> shapes() throws Exception {
    try (InputStream in = EventFastPathTest.class.getResourceAsStream(SHAPES)) {
      JsonNode doc = new ObjectMapper().readTree(in);
      return List.copyOf(doc.get("epcisBody").get("eventList").values());
    }
  }
}
