package dev.pharmatrace.epcis.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** NDC against GTIN, in every NDC form. */
class DscsaRulesTest {
  @Test
  void theTenDigitsOfEachNdcFormMustBeTheGtinsDigits() {
    // GTIN-14 = indicator 0 + 03 + NDC digits + check digit
    assertThat(DscsaRules.ndcProblem("1234-5678-90", "00312345678906")).isNull();          // 4-4-2
    assertThat(DscsaRules.ndcProblem("12345-678-90", "50312345678901")).isNull();          // 5-3-2, case GTIN
    assertThat(DscsaRules.ndcProblem("12345-6789-0", "00312345678906")).isNull();          // 5-4-1
    assertThat(DscsaRules.ndcProblem("1234567890", "00312345678906")).isNull();            // digits only
    assertThat(DscsaRules.ndcProblem("12345-6789-1", "00312345678906")).contains("does not match", "1234567890");
    assertThat(DscsaRules.ndcProblem("12345-6789-01", "00312345678906")).contains("11 digits");
    assertThat(DscsaRules.ndcProblem("123-45678-90", "00312345678906")).contains("not 10 digits");
    assertThat(DscsaRules.ndcProblem("1234-5678-90", "04012345678901")).contains("does not embed an NDC");
  }
}
