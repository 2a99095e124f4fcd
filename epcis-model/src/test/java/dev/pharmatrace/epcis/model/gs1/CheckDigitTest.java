package dev.pharmatrace.epcis.model.gs1;

import static dev.pharmatrace.epcis.model.gs1.RuleAssert.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class CheckDigitTest {

    /*
     * Hand computation, weights 3,1,3,... from the rightmost data digit:
     * GTIN-8  9638507|4:  7*3+0+5*3+8+3*3+6+9*3 = 86 -> 4
     * GTIN-12 03600029145|2: 15+4+3+9+6+0+0+0+18+3+0 = 58 -> 2
     * GTIN-13 950600013435|2: 15+3+12+3+3+0+0+0+18+0+15+9 = 78 -> 2
     * GTIN-14 8061414112345|8: 15+4+9+2+3+1+12+1+12+1+18+0+24 = 102 -> 8
     * GLN     061414112345|2: 15+4+9+2+3+1+12+1+12+1+18+0 = 78 -> 2
     * SSCC    10614141234567890|8: 0+9+24+7+18+5+12+3+6+1+12+1+12+1+18+0+3 = 132 -> 8
     * GSRN    06141411234567890|2: 0+9+24+7+18+5+12+3+6+1+3+4+3+4+3+6+0 = 108 -> 2
     * GDTI    401234500005|4: 15+0+0+0+0+5+12+3+6+1+0+4 = 46 -> 4
     */
    @ParameterizedTest
    @CsvSource({
        "9638507, 4", "03600029145, 2", "950600013435, 2", "8061414112345, 8", "061414112345, 2",
        "10614141234567890, 8", "06141411234567890, 2", "401234500005, 4"})
    void computesHandCheckedCheckDigits(String data, int expected) {
        assertThat(CheckDigit.compute(data)).isEqualTo(expected);
        assertThat(CheckDigit.isValid(data + expected)).isTrue();
        assertThat(CheckDigit.append(data)).isEqualTo(data + expected);
        assertThat(CheckDigit.verify(data + expected)).isEqualTo(data + expected);
        // leading zeros do not change the check digit (GTIN-13 padded to GTIN-14)
        assertThat(CheckDigit.compute("0" + data)).isEqualTo(expected);
    }

    @Test
    void rejectsWrongCheckDigitNamingIt() {
        rejects(() -> CheckDigit.verify("9506000134353"), IdentifierRule.GS1_CHECK_DIGIT, "3", 12);
        assertThat(CheckDigit.isValid("9506000134353")).isFalse();
    }

    @Test
    void rejectsNonDigits() {
        rejects(() -> CheckDigit.verify("95060001A4352"), IdentifierRule.GS1_CHARSET, "A", 8);
        rejects(() -> CheckDigit.compute("12x"), IdentifierRule.GS1_CHARSET, "x", 2);
        rejects(() -> CheckDigit.verify("5"), IdentifierRule.GS1_LENGTH);
        assertThat(CheckDigit.isValid("95060001A4352")).isFalse();
        assertThat(CheckDigit.isValid("")).isFalse();
    }

    static Stream<String> randomDigitStrings() {
        Random r = new Random(20240601L);
        return IntStream.range(0, 200).mapToObj(i -> {
            StringBuilder sb = new StringBuilder();
            int len = 7 + r.nextInt(17);
            for (int j = 0; j < len; j++) {
                sb.append((char) ('0' + r.nextInt(10)));
            }
            return sb.toString();
        });
    }

    /** Mod-10 with weights 3/1 detects every single-digit substitution. */
    @ParameterizedTest
    @MethodSource("randomDigitStrings")
    void detectsEverySingleDigitSubstitution(String data) {
        String full = CheckDigit.append(data);
        assertThat(CheckDigit.isValid(full)).isTrue();
        for (int i = 0; i < full.length(); i++) {
            for (char d = '0'; d <= '9'; d++) {
                if (d != full.charAt(i)) {
                    String mutated = full.substring(0, i) + d + full.substring(i + 1);
                    assertThat(CheckDigit.isValid(mutated)).as(mutated).isFalse();
                }
            }
        }
    }
}
