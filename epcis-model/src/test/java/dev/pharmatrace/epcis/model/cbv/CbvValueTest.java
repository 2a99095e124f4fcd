package dev.pharmatrace.epcis.model.cbv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CbvValueTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "shipping",
      "urn:epcglobal:cbv:bizstep:shipping",
      "URN:EPCGLOBAL:CBV:BIZSTEP:shipping",
      "https://ref.gs1.org/cbv/BizStep-shipping",
      "http://ref.gs1.org/cbv/BizStep-shipping",
      "cbv:BizStep-shipping",
      "  urn:epcglobal:cbv:bizstep:shipping\n"})
  void everySpellingOfAStandardValueIsThatValue(String spelling) {
    BizStep step = BizStep.of(spelling);
    assertThat(step).isEqualTo(BizStep.SHIPPING).hasSameHashCodeAs(BizStep.SHIPPING);
    assertThat(step.isStandard()).isTrue();
    assertThat(step.word()).contains("shipping");
    assertThat(step.asGiven()).isEqualTo(spelling.strip());
    assertThat(step.urn()).isEqualTo("urn:epcglobal:cbv:bizstep:shipping");
    assertThat(step.webUri()).isEqualTo("https://ref.gs1.org/cbv/BizStep-shipping");
    assertThat(step.jsonForm()).isEqualTo("shipping");
    assertThat(step.render(CbvForm.CURIE)).isEqualTo("cbv:BizStep-shipping");
  }

  @Test
  void theFormReadIsRemembered() {
    assertThat(BizStep.of("shipping").form()).isEqualTo(CbvForm.BARE_WORD);
    assertThat(BizStep.of("urn:epcglobal:cbv:bizstep:shipping").form()).isEqualTo(CbvForm.URN);
    assertThat(BizStep.of("https://ref.gs1.org/cbv/BizStep-shipping").form()).isEqualTo(CbvForm.WEB_URI);
    assertThat(BizStep.of("cbv:BizStep-shipping").form()).isEqualTo(CbvForm.CURIE);
    assertThat(BizStep.of("shipping")).isSameAs(BizStep.SHIPPING);
    assertThat(BizStep.of("urn:epcglobal:cbv:bizstep:shipping").toString())
        .isEqualTo("urn:epcglobal:cbv:bizstep:shipping");
  }

  @Test
  void eachVocabularyRendersItsOwnPrefixes() {
    assertThat(Disposition.of("urn:epcglobal:cbv:disp:in_transit").webUri())
        .isEqualTo("https://ref.gs1.org/cbv/Disp-in_transit");
    assertThat(BizTransactionType.of("https://ref.gs1.org/cbv/BTT-po").urn()).isEqualTo("urn:epcglobal:cbv:btt:po");
    assertThat(SourceDestType.of("urn:epcglobal:cbv:sdt:owning_party")).isEqualTo(SourceDestType.OWNING_PARTY);
    assertThat(SourceDestType.LOCATION.webUri()).isEqualTo("https://ref.gs1.org/cbv/SDT-location");
    assertThat(ErrorReason.of("urn:epcglobal:cbv:er:did_not_occur")).isEqualTo(ErrorReason.DID_NOT_OCCUR);
    assertThat(ErrorReason.INCORRECT_DATA.webUri()).isEqualTo("https://ref.gs1.org/cbv/ER-incorrect_data");
    assertThat(MeasurementType.of("gs1:Temperature")).isEqualTo(MeasurementType.TEMPERATURE);
    assertThat(MeasurementType.of("https://gs1.org/voc/Temperature")).isEqualTo(MeasurementType.TEMPERATURE);
    // sensor vocabularies have no URN: the URN rendering falls back to the Web URI
    assertThat(MeasurementType.RELATIVE_HUMIDITY.urn()).isEqualTo("https://gs1.org/voc/RelativeHumidity");
    assertThat(SensorAlertType.of("gs1:ALARM_CONDITION")).isEqualTo(SensorAlertType.ALARM_CONDITION);
    assertThat(SensorComponent.of("cbv:Comp-latitude").webUri()).isEqualTo("https://ref.gs1.org/cbv/Comp-latitude");
  }

  @Test
  void valuesOfDifferentVocabulariesAreNeverEqual() {
    assertThat((Object) BizStep.of("other")).isNotEqualTo(Disposition.of("unknown"));
    assertThat((Object) MeasurementType.of("https://gs1.org/voc/ALARM_CONDITION"))
        .isNotEqualTo(SensorAlertType.ALARM_CONDITION);
    // a bizstep URN is not a disposition
    Disposition wrong = Disposition.of("urn:epcglobal:cbv:bizstep:shipping");
    assertThat(wrong.isStandard()).isFalse();
    assertThat(wrong.form()).isEqualTo(CbvForm.CUSTOM);
  }

  @Test
  void customUrisAreKeptVerbatimInEveryForm() {
    BizStep custom = BizStep.of("https://example.com/bizstep/label_printing");
    assertThat(custom.isStandard()).isFalse();
    assertThat(custom.word()).isEmpty();
    assertThat(custom.form()).isEqualTo(CbvForm.CUSTOM);
    for (CbvForm form : CbvForm.values()) {
      assertThat(custom.render(form)).isEqualTo("https://example.com/bizstep/label_printing");
    }
    assertThat(custom).isEqualTo(BizStep.of("https://example.com/bizstep/label_printing"));
    assertThat(custom).isNotEqualTo(BizStep.of("https://example.com/bizstep/other"));
  }

  @Test
  void nonStandardWordsInACbvNamespaceAreCustomNotStandard() {
    BizStep capitalised = BizStep.of("urn:epcglobal:cbv:bizstep:Shipping");
    assertThat(capitalised.isStandard()).isFalse();
    assertThat(capitalised).isNotEqualTo(BizStep.SHIPPING);
    assertThat(capitalised.urn()).isEqualTo("urn:epcglobal:cbv:bizstep:Shipping");
    BizStep bare = BizStep.of("labelling");
    assertThat(bare.isStandard()).isFalse();
    // JSON-LD allows only standard bare words: a non-standard word goes out as its Web URI
    assertThat(bare.jsonForm()).isEqualTo("https://ref.gs1.org/cbv/BizStep-labelling");
    assertThat(bare.urn()).isEqualTo("urn:epcglobal:cbv:bizstep:labelling");
    assertThat(capitalised.jsonForm()).isEqualTo("https://ref.gs1.org/cbv/BizStep-Shipping");
    // a non-standard word is the same value in each of the vocabulary's spellings
    assertThat(capitalised).isEqualTo(BizStep.of("https://ref.gs1.org/cbv/BizStep-Shipping"))
        .hasSameHashCodeAs(BizStep.of("cbv:BizStep-Shipping"));
    assertThat(MeasurementType.of("gs1:EffectiveDoseRate")).isEqualTo(MeasurementType.of("EffectiveDoseRate"))
        .isEqualTo(MeasurementType.of("https://gs1.org/voc/EffectiveDoseRate"))
        .isNotEqualTo(MeasurementType.of("https://example.com/EffectiveDoseRate"));
    assertThat(bare).isNotEqualTo(BizStep.of("https://example.com/labelling"));
  }

  @Test
  void blankValuesAreRejectedWithTheRule() {
    assertThatThrownBy(() -> BizStep.of(" ")).hasMessageStartingWith("CBV-EMPTY");
    assertThatThrownBy(() -> Disposition.of(null)).hasMessageStartingWith("CBV-EMPTY");
  }

  @Test
  void theStandardVocabulariesHaveTheirCbv20Sizes() {
    // sizes stated by CBV 2.0 (41 business steps, 33 dispositions, 13 transaction types, ...)
    assertThat(BizStep.standardValues()).hasSize(41);
    assertThat(Disposition.standardValues()).hasSize(33);
    assertThat(BizTransactionType.standardValues()).hasSize(13);
    assertThat(SourceDestType.standardValues()).hasSize(3);
    assertThat(ErrorReason.standardValues()).hasSize(2);
    assertThat(MeasurementType.standardValues()).hasSize(72);
    assertThat(SensorAlertType.standardValues()).hasSize(2);
    assertThat(SensorComponent.standardValues()).hasSize(14);
    assertThat(BizStep.standardValues()).contains(BizStep.SENSOR_REPORTING, BizStep.SAMPLING, BizStep.VOID_SHIPPING);
    assertThat(Disposition.standardValues()).contains(Disposition.MISMATCH_QUANTITY, Disposition.SELLABLE_ACCESSIBLE);
    assertThat(List.of(BizStep.COMMISSIONING, BizStep.PACKING, BizStep.SHIPPING, BizStep.RECEIVING,
        BizStep.DECOMMISSIONING, BizStep.DISPENSING)).allMatch(CbvValue::isStandard);
  }
}
