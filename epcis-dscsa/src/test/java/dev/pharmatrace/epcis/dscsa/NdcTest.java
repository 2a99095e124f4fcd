package dev.pharmatrace.epcis.dscsa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pharmatrace.epcis.model.gs1.CheckDigit;
import dev.pharmatrace.epcis.model.gs1.Gtin;
import org.junit.jupiter.api.Test;

class NdcTest {
  @Test
  void parsesTheThreeConfigurationsAndKeepsTheHyphenation() {
    assertThat(Ndc.parse("0001-0123-45").format()).isEqualTo(Ndc.Format.F4_4_2);
    assertThat(Ndc.parse("61234-567-89").format()).isEqualTo(Ndc.Format.F5_3_2);
    assertThat(Ndc.parse("61234-5678-9").format()).isEqualTo(Ndc.Format.F5_4_1);
    assertThat(Ndc.parse("61234-567-89").digits()).isEqualTo("6123456789");
    assertThat(Ndc.parse("61234-5678-9")).hasToString("61234-5678-9");
    assertThat(Ndc.parse("0001-0123-45").labeler()).isEqualTo("0001");
    assertThatThrownBy(() -> Ndc.parse("612345-67-89")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Ndc.parse("6123456789")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Ndc.parse("6123A-567-89")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void gtinIsIndicatorThen03ThenTheNdcThenACheckDigit() {
    Gtin item = Ndc.parse("61234-567-89").gtin('0');
    assertThat(item.value()).isEqualTo("00361234567890"); // the README's example pack
    // the GS1 US pharma example's case class urn:epc:idpat:sgtin:030001.1012345.* has NDC 0001-0123-45
    assertThat(Ndc.parse("0001-0123-45").gtin('1'))
        .isEqualTo(Gtin.fromEpcPattern("urn:epc:idpat:sgtin:030001.1012345.*"));
    assertThat(CheckDigit.isValid(Ndc.parse("61234-5678-9").gtin('5').value())).isTrue();
    assertThat(Ndc.parse("0001-0123-45").companyPrefix()).isEqualTo("030001");
    assertThat(Ndc.parse("61234-567-89").companyPrefix()).isEqualTo("0361234");
  }

  @Test
  void digitsInAGtinCompareDigitsOnly() {
    Gtin gtin = Gtin.of("50361234567895");
    assertThat(Ndc.digitsIn(gtin)).contains("6123456789");
    assertThat(Ndc.parse("61234-567-89").matches(gtin)).isTrue();
    assertThat(Ndc.parse("6123-4567-89").matches(gtin)).isTrue(); // same digits, other hyphenation
    assertThat(Ndc.parse("61234-567-88").matches(gtin)).isFalse();
    assertThat(Ndc.digitsIn(Gtin.of("04012345123456"))).isEmpty(); // not a US drug GTIN
  }
}
