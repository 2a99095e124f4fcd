package dev.pharmatrace.epcis.model.gs1;

import static dev.pharmatrace.epcis.model.gs1.RuleAssert.rejects;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdentifiersTest {

    @Test
    void detectsTheForm() {
        assertThat(Identifiers.parse("urn:epc:id:sgtin:0614141.812345.400").form()).isEqualTo(IdentifierForm.EPC_URI);
        assertThat(Identifiers.parse("HTTPS://id.gs1.org/01/80614141123458/21/400").form())
                .isEqualTo(IdentifierForm.DIGITAL_LINK);
        assertThat(Identifiers.parse("(01)80614141123458(21)400").form()).isEqualTo(IdentifierForm.ELEMENT_STRING);
        assertThat(Identifiers.parse("]d2018061414112345821400").form()).isEqualTo(IdentifierForm.ELEMENT_STRING);
        assertThat(Identifiers.parse("018061414112345821400").form()).isEqualTo(IdentifierForm.ELEMENT_STRING);
    }

    @Test
    void typedViews() {
        ParsedIdentifier p = Identifiers.parse("urn:epc:id:sgtin:0614141.812345.400");
        assertThat(p.epcUri()).isPresent();
        assertThat(p.digitalLink()).isEmpty();
        assertThat(p.identifier().orElseThrow().keyType()).isEqualTo(Gs1KeyType.GTIN);
        assertThat(p.describe()).isEqualTo("EPC URI, sgtin: GTIN (01)80614141123458(21)400, company prefix length 7");
        ParsedIdentifier pattern = Identifiers.parse("urn:epc:idpat:sgtin:0614141.*.*");
        assertThat(pattern.identifier()).isEmpty();
        assertThat(pattern.to(IdentifierForm.EPC_URI, CompanyPrefixProvider.none()))
                .isEqualTo("urn:epc:idpat:sgtin:0614141.*.*");
        rejects(() -> pattern.to(IdentifierForm.DIGITAL_LINK, null), IdentifierRule.EPC_NOT_REPRESENTABLE);
    }

    @Test
    void paddingIsIgnoredAndPositionsReferToTheRawInput() {
        assertThat(Identifiers.convert("  urn:epc:id:sscc:0614141.1234567890\n", IdentifierForm.ELEMENT_STRING))
                .isEqualTo("(00)106141412345678908");
        rejects(() -> Identifiers.parse("  (01)09506000134353"), IdentifierRule.GS1_CHECK_DIGIT, "3", 19);
    }

    @Test
    void unrecognisedInput() {
        rejects(() -> Identifiers.parse("sgtin:0614141.812345.400"), IdentifierRule.ID_UNRECOGNISED);
        rejects(() -> Identifiers.parse("   "), IdentifierRule.ID_UNRECOGNISED);
        assertThat(Identifiers.isValid("urn:epc:id:sgtin:0614141.812345.400")).isTrue();
        assertThat(Identifiers.isValid("urn:epc:id:sgtin:0614141.812345")).isFalse();
    }

    @Test
    void cliFormNames() {
        assertThat(IdentifierForm.fromCliName("URN")).isEqualTo(IdentifierForm.EPC_URI);
        assertThat(IdentifierForm.fromCliName("dl")).isEqualTo(IdentifierForm.DIGITAL_LINK);
        assertThat(IdentifierForm.fromCliName("ai")).isEqualTo(IdentifierForm.ELEMENT_STRING);
        assertThatThrownBy(() -> IdentifierForm.fromCliName("epc")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyRuleHasAStableUniqueCode() {
        assertThat(IdentifierRule.values()).extracting(IdentifierRule::code).doesNotHaveDuplicates()
                .allMatch(c -> c.matches("[A-Z0-9]+(-[A-Z0-9]+)+"));
        for (IdentifierRule r : IdentifierRule.values()) {
            assertThat(IdentifierRule.ofCode(r.code())).isEqualTo(r);
        }
    }
}
