package dev.pharmatrace.epcis.model.gs1;

import static dev.pharmatrace.epcis.model.gs1.RuleAssert.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ApplicationIdentifierTest {

    @ParameterizedTest
    @ValueSource(strings = {"00", "01", "02", "10", "11", "13", "15", "17", "21", "22", "235", "240", "241", "250",
        "251", "253", "254", "255", "30", "37", "400", "401", "402", "403", "410", "411", "412", "413", "414", "415",
        "416", "417", "422", "7003", "710", "711", "712", "713", "714", "715", "8003", "8004", "8006", "8010", "8011",
        "8017", "8018", "8020", "3103", "3922"})
    void tableHasTheAisTheLibraryNeeds(String code) {
        assertThat(ApplicationIdentifier.find(code)).isPresent();
        assertThat(ApplicationIdentifier.of(code).code()).isEqualTo(code);
    }

    /** Formats from the GS1 General Specifications AI table. */
    @ParameterizedTest
    @CsvSource({
        // ai,  format,            predefined, min, max, check digit index (-1 none)
        "00,   N18,                 true,  18, 18, 17",
        "01,   N14,                 true,  14, 14, 13",
        "10,   X..20,               false,  1, 20, -1",
        "17,   N6,                  true,   6,  6, -1",
        "21,   X..20,               false,  1, 20, -1",
        "235,  X..28,               false,  1, 28, -1",
        "253,  N13+[X..17],         false, 13, 30, 12",
        "255,  N13+[N..12],         false, 13, 25, 12",
        "402,  N17,                 false, 17, 17, 16",
        "414,  N13,                 true,  13, 13, 12",
        "7003, N6+N4,               false, 10, 10, -1",
        "712,  X..20,               false,  1, 20, -1",
        "8003, N1+N13+[X..16],      false, 14, 30, 13",
        "8006, N14+N4,              false, 18, 18, 13",
        "8010, Y..30,               false,  1, 30, -1",
        "8011, N..12,               false,  1, 12, -1",
        "8018, N18,                 false, 18, 18, 17"})
    void formatsFollowTheGeneralSpecifications(String code, String format, boolean predefined, int min, int max,
            int checkDigit) {
        ApplicationIdentifier ai = ApplicationIdentifier.of(code);
        assertThat(ai.format()).isEqualTo(format);
        assertThat(ai.predefinedLength()).isEqualTo(predefined);
        assertThat(ai.requiresFnc1()).isEqualTo(!predefined);
        assertThat(ai.minLength()).isEqualTo(min);
        assertThat(ai.maxLength()).isEqualTo(max);
        assertThat(ai.checkDigitPosition().orElse(-1)).isEqualTo(checkDigit);
    }

    @Test
    void nationalHealthcareReimbursementNumbers() {
        // 710 DE PZN, 711 FR CIP, 712 ES Codigo Nacional, 713 BR DRN, 714 PT AIM, 715 US NDC (712 is not NDC)
        assertThat(ApplicationIdentifier.of("712").title()).isEqualTo("NHRN CN");
        assertThat(ApplicationIdentifier.of("715").title()).isEqualTo("NHRN NDC");
        assertThat(ApplicationIdentifier.of("710").requires()).containsExactly(List.of("01"));
    }

    @Test
    void unknownAiIsRejectedWithItsCode() {
        rejects(() -> ApplicationIdentifier.of("23"), IdentifierRule.GS1_UNKNOWN_AI, "23", 0);
        rejects(() -> ApplicationIdentifier.of("4300"), IdentifierRule.GS1_UNKNOWN_AI, "4300", 0);
        assertThat(ApplicationIdentifier.find("99999")).isEmpty();
    }

    @Test
    void tableIsPrefixFreeSoUnbracketedDataParses() {
        for (ApplicationIdentifier a : ApplicationIdentifier.all()) {
            for (ApplicationIdentifier b : ApplicationIdentifier.all()) {
                if (a != b) {
                    assertThat(b.code()).as("%s vs %s", a.code(), b.code()).doesNotStartWith(a.code());
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"17, 201225", "17, 201200", "17, 240229", "11, 991231", "7003, 2012252359", "7006, 200131",
        "8006, 040123451234560102", "8006, 040123451234560202", "8003, 00614141123452400", "8011, 0", "8011, 10",
        "8010, 0614141#-/AB", "21, !\"%&'()*+,-./:;<=>?_Az"})
    void acceptsValidValues(String code, String value) {
        assertThat(ApplicationIdentifier.of(code).isValid(value)).isTrue();
        assertThat(new AiElement(code, value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource({
        // ai, value, rule, offending part, index in value
        "17, 201232, GS1-DATE, 201232, 0",            // 32 December
        "17, 201300, GS1-DATE, 201300, 0",            // month 13
        "17, 210229, GS1-DATE, 210229, 0",            // 2021 is no leap year
        "7006, 201200, GS1-DATE, 201200, 0",          // day 00 only for AIs 11-17
        "7003, 2012252400, GS1-DATE, 2400, 6",        // hour 24
        "01, 09506000134353, GS1-CHECK-DIGIT, 3, 13",
        "00, 106141412345678909, GS1-CHECK-DIGIT, 9, 17",
        "8003, 00614141123453400, GS1-CHECK-DIGIT, 3, 13",
        "01, 0950600013435, GS1-LENGTH, 0950600013435, 0",
        "21, 123456789012345678901, GS1-LENGTH, 1, 20",
        "01, 0950600013435A, GS1-CHARSET, A, 13",
        "21, ab~c, GS1-CHARSET, ~, 2",
        "8010, 0614141abc, GS1-CHARSET, a, 7",
        "8003, 10614141123452400, GS1-FORMAT, 1, 0",  // first digit of GRAI element must be 0
        "8006, 040123451234560302, GS1-FORMAT, 0302, 14", // piece 3 of 2
        "8011, 0123, GS1-FORMAT, 0, 0"})               // no leading zero
    void rejectsInvalidValuesNamingRuleAndPart(String code, String value, String rule, String part, int index) {
        ApplicationIdentifier ai = ApplicationIdentifier.of(code);
        rejects(() -> ai.validate(value), IdentifierRule.ofCode(rule), part, index);
        // the same problem through AiElement, located in "(ai)value"
        rejects(() -> new AiElement(code, value), IdentifierRule.ofCode(rule), part, index + code.length() + 2);
    }

    @Test
    void illegalCharacterWinsOverLength() {
        // a stray character that also makes the GTIN too long is reported as a character-set error
        rejects(() -> ApplicationIdentifier.of("01").validate("095060001~34352"), IdentifierRule.GS1_CHARSET, "~", 9);
    }
}
