package dev.pharmatrace.epcis.jsonld.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.format.UriFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The quick answer of the {@code uri} format is only ever "valid", and only where the engine's format says so. */
class QuickUriFormatTest {
  private static final UriFormat ENGINE = new UriFormat();

  @Test
  void plainEpcisUrisAreAnsweredQuickly() {
    for (String s : List.of("urn:epc:id:sgtin:0614141.107346.1", "urn:epc:id:sscc:0614141.0000000001",
        "https://id.gs1.org/01/09521234543213/21/1", "ex:field", "http://ns.example.com/epcis/a;b=c",
        "urn:epcglobal:cbv:bizstep:shipping")) {
      assertThat(QuickUriFormat.plainAbsoluteUri(s)).as(s).isTrue();
      assertThat(ENGINE.matches(null, s)).as(s).isTrue();
    }
    for (String s : List.of("shipping", "a:", "1a:b", "a://", "a:/x", "http://host:80/", "a:b c", "a:b?q=[x]",
        "urn:é", "a:%41", "")) {
      assertThat(QuickUriFormat.plainAbsoluteUri(s)).as(s).isFalse();
    }
  }

  @Test
  void neverValidWhereTheEngineIsNot() {
    // random strings over an alphabet of letters, digits and every character that matters to URI syntax
    String alphabet = "aZ09:/.-_~;=+?#[]@!$&'()*,% \\\"é\t";
    Random random = new Random(8);
    int quick = 0;
    for (int n = 0; n < 300_000; n++) {
      StringBuilder b = new StringBuilder(random.nextBoolean() ? "urn:" : random.nextBoolean() ? "http://" : "");
      int length = random.nextInt(12);
      for (int i = 0; i < length; i++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = b.toString();
      if (QuickUriFormat.plainAbsoluteUri(s)) {
        quick++;
        assertThat(ENGINE.matches(null, s)).as(s).isTrue();
      }
    }
    assertThat(quick).isGreaterThan(5_000);
  }
}
