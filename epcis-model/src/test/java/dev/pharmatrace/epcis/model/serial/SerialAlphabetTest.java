package dev.pharmatrace.epcis.model.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SerialAlphabetTest {

    @Test
    void presets() {
        assertThat(SerialAlphabet.NUMERIC.size()).isEqualTo(10);
        assertThat(SerialAlphabet.UPPER_ALPHANUMERIC.size()).isEqualTo(36);
        assertThat(SerialAlphabet.ALPHANUMERIC.size()).isEqualTo(62);
        assertThat(SerialAlphabet.UNAMBIGUOUS.size()).isEqualTo(32);
        for (char c : "01IOilo".toCharArray()) {
            assertThat(SerialAlphabet.UNAMBIGUOUS.indexOf(c)).as("confusable %s", c).isEqualTo(-1);
        }
        assertThat(SerialAlphabet.UNAMBIGUOUS.needsUriEscaping()).isFalse();
        assertThat(SerialAlphabet.ALPHANUMERIC.needsUriEscaping()).isFalse();
        assertThat(SerialAlphabet.of("AB/").needsUriEscaping()).isTrue();
        assertThat(SerialAlphabet.of("AB").indexOf('B')).isEqualTo(1);
        assertThat(SerialAlphabet.of("AB")).isEqualTo(SerialAlphabet.of("AB")).isNotEqualTo(SerialAlphabet.of("BA"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"A", "ABA", "AB~", "AB ", "AB\u00c4", "AB#"})
    void rejectsBadAlphabets(String chars) {
        SerialConfigurationException e = catchThrowableOfType(SerialConfigurationException.class,
                () -> SerialAlphabet.of(chars));
        assertThat(e).isNotNull();
        assertThat(e.rule()).isEqualTo(SerialRule.SERIAL_ALPHABET);
        assertThat(e.getMessage()).startsWith("[SERIAL-ALPHABET]");
    }
}
