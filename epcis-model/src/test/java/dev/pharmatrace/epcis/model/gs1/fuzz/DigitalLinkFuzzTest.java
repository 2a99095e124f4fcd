package dev.pharmatrace.epcis.model.gs1.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.pharmatrace.epcis.model.fuzz.FuzzSeeds;
import dev.pharmatrace.epcis.model.gs1.CompanyPrefixProvider;
import dev.pharmatrace.epcis.model.gs1.DigitalLink;
import dev.pharmatrace.epcis.model.gs1.ElementString;
import dev.pharmatrace.epcis.model.gs1.EpcUri;
import dev.pharmatrace.epcis.model.gs1.Gs1Identifier;
import dev.pharmatrace.epcis.model.gs1.InvalidIdentifierException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes GS1 Digital Link parsing: any string either parses or is rejected with {@link InvalidIdentifierException};
 * what parses renders to a URI that parses back to the same link, and its identifier survives the element string
 * and, for every company prefix length that fits, the EPC URI. See docs/fuzzing.md.
 */
class DigitalLinkFuzzTest {
    private static final Pattern LINK = Pattern.compile("https?://[^\\s\"<>]*/(?:00|01|253|255|414|417|8003|8004|8006"
            + "|8010|8017|8018|401|402)/[^\\s\"<>]+");

    static Stream<Arguments> corpusLinks() {
        return FuzzSeeds.corpusMatches(LINK, 400);
    }

    @MethodSource("corpusLinks")
    @FuzzTest(maxDuration = "10s")
    void digitalLink(byte[] data) {
        String input = new String(data, StandardCharsets.UTF_8);
        DigitalLink link;
        try {
            link = DigitalLink.parse(input);
        } catch (InvalidIdentifierException rejected) {
            return;
        }
        assertThat(DigitalLink.parse(link.toUri())).as("re-parsed %s", link.toUri()).isEqualTo(link);
        DigitalLink canonical = link.toCanonical();
        assertThat(DigitalLink.parse(canonical.toUri()).identifier()).isEqualTo(link.identifier());
        Gs1Identifier id = link.identifier();
        String elementString = id.toElementString().toHumanReadable();
        assertThat(ElementString.parse(elementString).toGs1Identifier()).as("via %s", elementString).isEqualTo(id);
        for (int length = 4; length <= 12; length++) {
            EpcUri epc;
            try {
                epc = EpcUri.from(id, CompanyPrefixProvider.fixed(length));
            } catch (InvalidIdentifierException noEpcForThisLength) {
                continue;
            }
            assertThat(EpcUri.parse(epc.toString())).isEqualTo(epc);
            assertThat(epc.toGs1Identifier()).as("via %s", epc).isEqualTo(id.withoutDataAttributes());
        }
    }
}
