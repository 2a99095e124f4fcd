package dev.pharmatrace.epcis.model.gs1.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.pharmatrace.epcis.model.gs1.DigitalLink;
import dev.pharmatrace.epcis.model.gs1.ElementString;
import dev.pharmatrace.epcis.model.gs1.Gs1Identifier;
import dev.pharmatrace.epcis.model.gs1.Identifiers;
import dev.pharmatrace.epcis.model.gs1.InvalidIdentifierException;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes element string parsing (what a scanner reads from a GS1 DataMatrix): any string either parses or is rejected
 * with {@link InvalidIdentifierException}; what parses renders in the bracketed and the FNC1 form to strings that
 * parse back to the same elements, and an identifier it carries survives the Digital Link. See docs/fuzzing.md.
 */
class ElementStringFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void elementString(byte[] data) {
        String input = new String(data, StandardCharsets.UTF_8);
        ElementString parsed;
        try {
            parsed = ElementString.parse(input);
        } catch (InvalidIdentifierException rejected) {
            return;
        }
        assertThat(ElementString.parse(parsed.toHumanReadable())).isEqualTo(parsed);
        assertThat(ElementString.parse(parsed.toFnc1String())).isEqualTo(parsed);
        assertThat(ElementString.parse(parsed.toFnc1String("]d2"))).isEqualTo(parsed);
        Gs1Identifier id;
        try {
            id = parsed.toGs1Identifier();
        } catch (InvalidIdentifierException noKey) {
            return;
        }
        String link = id.toDigitalLink().toUri();
        assertThat(DigitalLink.parse(link).identifier()).as("via %s", link).isEqualTo(id);
        assertThat(Identifiers.parse(link).identifier()).contains(id);
    }
}
