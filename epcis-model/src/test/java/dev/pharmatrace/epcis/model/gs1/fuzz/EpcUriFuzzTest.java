package dev.pharmatrace.epcis.model.gs1.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.pharmatrace.epcis.model.fuzz.FuzzSeeds;
import dev.pharmatrace.epcis.model.gs1.CompanyPrefixProvider;
import dev.pharmatrace.epcis.model.gs1.EpcUri;
import dev.pharmatrace.epcis.model.gs1.EpcUriKind;
import dev.pharmatrace.epcis.model.gs1.Gs1Identifier;
import dev.pharmatrace.epcis.model.gs1.Identifiers;
import dev.pharmatrace.epcis.model.gs1.InvalidIdentifierException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes EPC URI parsing: any string either parses or is rejected with {@link InvalidIdentifierException}; what parses
 * is canonical (its canonical form parses to itself) and, when it denotes a GS1 key, survives the trip through the
 * Digital Link and the element string back to the same EPC URI. See docs/fuzzing.md.
 */
class EpcUriFuzzTest {
    private static final Pattern EPC = Pattern.compile("urn:epc:(?:id|class|idpat):[^\\s\"<>]+");

    static Stream<Arguments> corpusEpcs() {
        return FuzzSeeds.corpusMatches(EPC, 400);
    }

    @MethodSource("corpusEpcs")
    @FuzzTest(maxDuration = "10s")
    void epcUri(byte[] data) {
        String input = new String(data, StandardCharsets.UTF_8);
        EpcUri epc;
        try {
            epc = EpcUri.parse(input);
        } catch (InvalidIdentifierException rejected) {
            return;
        }
        assertThat(EpcUri.parse(epc.toString())).isEqualTo(epc);
        assertThat(Identifiers.parse(input).epcUri()).contains(epc);
        Gs1Identifier id;
        try {
            id = epc.toGs1Identifier();
        } catch (InvalidIdentifierException notAKey) {
            assertThat(epc.hasWildcard()).as("only patterns may lack a GS1 key: %s", epc).isTrue();
            return;
        }
        // a pattern without wildcard denotes one EPC: it comes back as that EPC's pure identity URI
        EpcUri expected = epc.isPattern() && !epc.hasWildcard()
                ? EpcUri.of(EpcUriKind.PURE_IDENTITY, epc.scheme(), epc.components())
                : epc;
        CompanyPrefixProvider length = CompanyPrefixProvider.fixed(epc.companyPrefix().length());
        String digitalLink = id.toDigitalLink().toUri();
        assertThat(Identifiers.parse(digitalLink).toEpcUri(length)).as("via %s", digitalLink).isEqualTo(expected);
        String elementString = id.toElementString().toHumanReadable();
        assertThat(Identifiers.parse(elementString).toEpcUri(length)).as("via %s", elementString)
                .isEqualTo(expected);
    }
}
