package dev.pharmatrace.epcis.model.gs1;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Gs1CharacterSetTest {

    @Test
    void setsHaveTheirGs1Sizes() {
        assertThat(Gs1CharacterSet.NUMERIC.size()).isEqualTo(10);
        assertThat(Gs1CharacterSet.CSET_82.size()).isEqualTo(82);
        assertThat(Gs1CharacterSet.CSET_39.size()).isEqualTo(39);
    }

    @Test
    void cset82HasLettersDigitsAndTheTwentySymbols() {
        String symbols = "!\"%&'()*+,-./:;<=>?_";
        assertThat(symbols).hasSize(20);
        for (char c : symbols.toCharArray()) {
            assertThat(Gs1CharacterSet.CSET_82.contains(c)).as("%s", c).isTrue();
        }
        for (char c : " #$@[\\]^`{|}~\u00e9\u001d".toCharArray()) {
            assertThat(Gs1CharacterSet.CSET_82.contains(c)).as("%s", c).isFalse();
        }
    }

    @Test
    void cset39IsDigitsUpperCaseHashMinusSlash() {
        assertThat(Gs1CharacterSet.CSET_39.containsAll("#-/0123456789ABCXYZ")).isTrue();
        assertThat(Gs1CharacterSet.CSET_39.indexOfInvalid("AB_c")).isEqualTo(2);
        assertThat(Gs1CharacterSet.CSET_39.contains('a')).isFalse();
        assertThat(Gs1CharacterSet.NUMERIC.indexOfInvalid("12a4")).isEqualTo(2);
    }
}
