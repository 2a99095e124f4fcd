package dev.pharmatrace.epcis.model;

import static dev.pharmatrace.epcis.model.Fixtures.EVENT_TIME;
import static dev.pharmatrace.epcis.model.Fixtures.RECORD_TIME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pharmatrace.epcis.model.cbv.BizStep;
import dev.pharmatrace.epcis.model.cbv.BizTransactionType;
import dev.pharmatrace.epcis.model.cbv.Disposition;
import dev.pharmatrace.epcis.model.cbv.ErrorReason;
import dev.pharmatrace.epcis.model.cbv.SourceDestType;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class EventModelTest {

  @Test
  void commonFieldsAreKeptAsGiven() {
    for (EpcisEvent event : Fixtures.allFullEvents()) {
      assertThat(event.eventTime()).isEqualTo(EVENT_TIME);
      assertThat(event.eventTime().getOffset()).isEqualTo(ZoneOffset.ofHours(-5));
      assertThat(event.eventTimeZoneOffset()).isEqualTo(ZoneOffset.ofHours(-5));
      assertThat(event.recordTime()).contains(RECORD_TIME);
      assertThat(event.eventId()).contains("urn:uuid:4f9b9a5e-6a53-4a8e-9a2f-2f6a4c0b7f11");
      ErrorDeclaration error = event.errorDeclaration().orElseThrow();
      assertThat(error.declarationTime()).isEqualTo(OffsetDateTime.parse("2024-03-02T08:00:00+01:00"));
      assertThat(error.declarationTime().getOffset()).isEqualTo(ZoneOffset.ofHours(1));
      assertThat(error.reasonValue()).contains(ErrorReason.INCORRECT_DATA);
      assertThat(error.correctiveEventIds()).containsExactly("urn:uuid:0c8e4f0e-0000-4000-8000-000000000001");
      assertThat(error.extensions()).extracting(e -> e.name().localName()).containsExactly("ticket");
      assertThat(event.certificationInfo())
          .containsExactly("https://accreditation-council.example.org/certificate/ABC12345");
      assertThat(event.bizStep()).contains(BizStep.SHIPPING);
      assertThat(event.disposition()).contains(Disposition.IN_TRANSIT);
      assertThat(event.persistentDisposition().orElseThrow().set())
          .containsExactly(Disposition.COMPLETENESS_VERIFIED);
      assertThat(event.persistentDisposition().orElseThrow().unset())
          .containsExactly(Disposition.COMPLETENESS_INFERRED);
      assertThat(event.readPoint().orElseThrow().id()).isEqualTo("urn:epc:id:sgln:0614141.07346.1234");
      assertThat(event.readPoint().orElseThrow().extensions()).hasSize(1);
      assertThat(event.bizLocation().orElseThrow().id()).isEqualTo("urn:epc:id:sgln:0614141.07346.0");
      assertThat(event.bizLocation().orElseThrow().extensions()).hasSize(1);
      assertThat(event.bizTransactionList()).extracting(BizTransaction::value)
          .containsExactly("urn:epcglobal:cbv:bt:0614141073467:PO-4711", "urn:epcglobal:cbv:bt:0614141073467:ASN-1");
      assertThat(event.bizTransactionList().get(0).typeValue()).contains(BizTransactionType.PO);
      assertThat(event.bizTransactionList().get(1).typeValue()).isEmpty();
      assertThat(event.sourceList()).extracting(SourceDest::type)
          .containsExactly(SourceDestType.OWNING_PARTY, SourceDestType.LOCATION);
      assertThat(event.destinationList()).extracting(SourceDest::value)
          .containsExactly("urn:epc:id:pgln:0012345.00001", "urn:epc:id:sgln:0012345.11111.0");
      assertThat(event.sensorElementList()).containsExactly(Fixtures.sensorElement());
      assertThat(event.extensions()).containsExactly(Fixtures.userExtension());
      assertThat(event.otherAttributes()).containsExactly(ExtensionAttribute.of(Fixtures.EX, "origin", "line-3"));
    }
  }

  @Test
  void sensorElementKeepsEveryAttribute() {
    SensorElement element = Fixtures.sensorElement();
    SensorMetadata m = element.metadataValue().orElseThrow();
    assertThat(List.of(m.deviceID(), m.deviceMetadata(), m.rawData(), m.dataProcessingMethod(), m.bizRules()))
        .containsExactly("urn:epc:id:giai:4000001.111", "https://id.gs1.org/8004/4000001111",
            "https://example.org/raw/1", "https://example.org/method/1", "https://example.org/rules/1");
    assertThat(List.of(m.time(), m.startTime(), m.endTime())).doesNotContainNull();
    SensorReport r = element.reports().get(0);
    assertThat(r.type().webUri()).isEqualTo("https://gs1.org/voc/Temperature");
    assertThat(r.exception().jsonForm()).isEqualTo("ALARM_CONDITION");
    assertThat(r.component().jsonForm()).isEqualTo("latitude");
    assertThat(r.value()).isEqualByComparingTo("6.5");
    assertThat(List.of(r.minValue(), r.maxValue(), r.meanValue(), r.sDev(), r.percRank(), r.percValue()))
        .extracting(BigDecimal::toPlainString).containsExactly("2.0", "8.0", "5.1", "0.4", "50", "5.0");
    assertThat(r.booleanValue()).isTrue();
    assertThat(List.of(r.stringValue(), r.hexBinaryValue(), r.uriValue(), r.uom(), r.coordinateReferenceSystem(),
        r.microorganism(), r.chemicalSubstance(), r.deviceID(), r.deviceMetadata(), r.rawData(),
        r.dataProcessingMethod(), r.bizRules())).doesNotContainNull();
    assertThat(r.time()).isEqualTo(OffsetDateTime.parse("2024-03-01T09:30:00Z"));
    assertThat(r.otherAttributes()).hasSize(1);
    assertThat(m.otherAttributes()).hasSize(1);
    assertThat(element.extensions()).hasSize(1);
    assertThat(r.toBuilder().build()).isEqualTo(r);
    assertThat(m.toBuilder().build()).isEqualTo(m);
    assertThat(r.toBuilder().uom("FAH").build()).isNotEqualTo(r);
  }

  @Test
  void typeSpecificFieldsAreKept() {
    ObjectEvent object = Fixtures.fullObjectEvent();
    assertThat(object.type()).isEqualTo(EventType.OBJECT_EVENT);
    assertThat(object.action()).isEqualTo(Action.ADD);
    assertThat(object.actionValue()).contains(Action.ADD);
    assertThat(object.epcList()).containsExactly(
        "urn:epc:id:sgtin:0614141.107346.2017", "https://id.gs1.org/01/10614141073464/21/2018");
    assertThat(object.quantityList()).containsExactly(
        new QuantityElement("urn:epc:class:lgtin:4012345.012345.998877", new BigDecimal("200"), "KGM"));
    assertThat(object.ilmd()).extracting(e -> e.name().localName()).containsExactly("lotNumber", "itemExpirationDate");

    AggregationEvent aggregation = Fixtures.fullAggregationEvent();
    assertThat(aggregation.type()).isEqualTo(EventType.AGGREGATION_EVENT);
    assertThat(aggregation.parentId()).isEqualTo("urn:epc:id:sscc:0614141.1234567890");
    assertThat(aggregation.childEpcs()).hasSize(2);
    assertThat(aggregation.childQuantityList()).hasSize(1);

    TransactionEvent transaction = Fixtures.fullTransactionEvent();
    assertThat(transaction.type()).isEqualTo(EventType.TRANSACTION_EVENT);
    assertThat(transaction.action()).isEqualTo(Action.OBSERVE);
    assertThat(transaction.parentId()).isEqualTo("urn:epc:id:sscc:0614141.1234567890");
    assertThat(transaction.epcList()).hasSize(1);
    assertThat(transaction.quantityList()).hasSize(1);

    TransformationEvent transformation = Fixtures.fullTransformationEvent();
    assertThat(transformation.type()).isEqualTo(EventType.TRANSFORMATION_EVENT);
    assertThat(transformation.actionValue()).isEmpty();
    assertThat(transformation.inputEpcList()).hasSize(1);
    assertThat(transformation.inputQuantityList()).hasSize(1);
    assertThat(transformation.outputEpcList()).hasSize(2);
    assertThat(transformation.outputQuantityList()).hasSize(1);
    assertThat(transformation.transformationId()).isEqualTo("urn:epc:id:gdti:0614141.12345.400");
    assertThat(transformation.ilmd()).hasSize(2);

    AssociationEvent association = Fixtures.fullAssociationEvent();
    assertThat(association.type()).isEqualTo(EventType.ASSOCIATION_EVENT);
    assertThat(association.parentId()).isEqualTo("urn:epc:id:grai:4012345.55555.987");
    assertThat(association.childEpcs()).containsExactly("urn:epc:id:giai:4000001.12345");
    assertThat(association.childQuantityList()).hasSize(1);
  }

  @Test
  void toBuilderRebuildsAnEqualEventWithTheSameHashCode() {
    for (EpcisEvent event : Fixtures.allFullEvents()) {
      EpcisEvent rebuilt = switch (event.type()) {
        case OBJECT_EVENT -> ((ObjectEvent) event).toBuilder().build();
        case AGGREGATION_EVENT -> ((AggregationEvent) event).toBuilder().build();
        case TRANSACTION_EVENT -> ((TransactionEvent) event).toBuilder().build();
        case TRANSFORMATION_EVENT -> ((TransformationEvent) event).toBuilder().build();
        case ASSOCIATION_EVENT -> ((AssociationEvent) event).toBuilder().build();
      };
      assertThat(rebuilt).isEqualTo(event).isNotSameAs(event);
      assertThat(rebuilt.hashCode()).isEqualTo(event.hashCode());
    }
  }

  /** One change per common field; each must make an event unequal to the original. */
  private static Map<String, UnaryOperator<CommonFields>> commonMutations() {
    return Map.ofEntries(
        Map.entry("eventTime", c -> rebuild(c, b -> b.eventTime(c.eventTime().plusNanos(1)))),
        Map.entry("eventTime offset only", c -> rebuild(c, b -> b.eventTime(
            c.eventTime().withOffsetSameInstant(ZoneOffset.UTC)))),
        Map.entry("eventTimeZoneOffset", c -> rebuild(c, b -> b.eventTimeZoneOffset(ZoneOffset.ofHours(2)))),
        Map.entry("recordTime", c -> c.withRecordTime(null)),
        Map.entry("eventId", c -> c.withEventId("urn:uuid:00000000-0000-4000-8000-000000000000")),
        Map.entry("errorDeclaration", c -> rebuild(c, b -> b.errorDeclaration(null))),
        Map.entry("certificationInfo", c -> rebuild(c, b -> b.certificationInfo(List.of()))),
        Map.entry("bizStep", c -> rebuild(c, b -> b.bizStep(BizStep.RECEIVING))),
        Map.entry("disposition", c -> rebuild(c, b -> b.disposition(Disposition.ACTIVE))),
        Map.entry("persistentDisposition", c -> rebuild(c, b -> b.persistentDisposition(null))),
        Map.entry("readPoint", c -> rebuild(c, b -> b.readPoint(ReadPoint.of(c.readPoint().id())))),
        Map.entry("bizLocation", c -> rebuild(c, b -> b.bizLocation("urn:epc:id:sgln:0614141.07346.1"))),
        Map.entry("bizTransactionList order", c -> rebuild(c, b -> b.bizTransactionList(
            List.of(c.bizTransactionList().get(1), c.bizTransactionList().get(0))))),
        Map.entry("sourceList", c -> rebuild(c, b -> b.sourceList(c.sourceList().subList(0, 1)))),
        Map.entry("destinationList", c -> rebuild(c, b -> b.destinationList(List.of()))),
        Map.entry("sensorElementList", c -> rebuild(c, b -> b.sensorElementList(List.of()))),
        Map.entry("extensions", c -> rebuild(c, b -> b.extensions(List.of()))),
        Map.entry("otherAttributes", c -> rebuild(c, b -> b.otherAttributes(List.of()))));
  }

  private static CommonFields rebuild(CommonFields c, UnaryOperator<ObjectEvent.Builder> change) {
    ObjectEvent.Builder builder = ObjectEvent.builder().common(c).action(Action.ADD);
    return change.apply(builder).build().common();
  }

  @TestFactory
  Stream<DynamicTest> changingAnyCommonFieldBreaksEquality() {
    List<DynamicTest> tests = new ArrayList<>();
    for (EpcisEvent event : Fixtures.allFullEvents()) {
      commonMutations().forEach((field, mutation) -> tests.add(DynamicTest.dynamicTest(
          event.type().localName() + " " + field, () -> {
            EpcisEvent changed = event.withCommon(mutation.apply(event.common()));
            assertThat(changed).isNotEqualTo(event);
            assertThat(changed.type()).isEqualTo(event.type());
          })));
    }
    return tests.stream();
  }

  @Test
  void changingAnyTypeSpecificFieldBreaksEquality() {
    ObjectEvent o = Fixtures.fullObjectEvent();
    assertThat(List.of(
        o.toBuilder().action(Action.OBSERVE).build(),
        o.toBuilder().epcList(o.epcList().subList(0, 1)).build(),
        o.toBuilder().quantityList(List.of()).build(),
        o.toBuilder().ilmd(o.ilmd().subList(0, 1)).build())).allSatisfy(e -> assertThat(e).isNotEqualTo(o));
    AggregationEvent a = Fixtures.fullAggregationEvent();
    assertThat(List.of(
        a.toBuilder().action(Action.DELETE).build(),
        a.toBuilder().parentId(null).build(),
        a.toBuilder().childEpcs(List.of()).build(),
        a.toBuilder().childQuantityList(List.of()).build())).allSatisfy(e -> assertThat(e).isNotEqualTo(a));
    TransactionEvent t = Fixtures.fullTransactionEvent();
    assertThat(List.of(
        t.toBuilder().action(Action.ADD).build(),
        t.toBuilder().parentId("urn:epc:id:sscc:0614141.1234567891").build(),
        t.toBuilder().epcList(List.of()).build(),
        t.toBuilder().quantityList(List.of()).build())).allSatisfy(e -> assertThat(e).isNotEqualTo(t));
    TransformationEvent x = Fixtures.fullTransformationEvent();
    assertThat(List.of(
        x.toBuilder().inputEpcList(List.of()).build(),
        x.toBuilder().inputQuantityList(List.of()).build(),
        x.toBuilder().outputEpcList(x.outputEpcList().subList(1, 2)).build(),
        x.toBuilder().outputQuantityList(List.of()).build(),
        x.toBuilder().transformationId(null).build(),
        x.toBuilder().ilmd(List.of()).build())).allSatisfy(e -> assertThat(e).isNotEqualTo(x));
    AssociationEvent s = Fixtures.fullAssociationEvent();
    assertThat(List.of(
        s.toBuilder().action(Action.OBSERVE).build(),
        s.toBuilder().parentId("urn:epc:id:grai:4012345.55555.988").build(),
        s.toBuilder().childEpcs(List.of()).build(),
        s.toBuilder().childQuantityList(List.of()).build())).allSatisfy(e -> assertThat(e).isNotEqualTo(s));
  }

  @Test
  void eventsOfDifferentTypesWithTheSameFieldsAreNotEqual() {
    AggregationEvent aggregation = Fixtures.fullAggregationEvent();
    AssociationEvent association = AssociationEvent.builder().common(aggregation.common())
        .action(aggregation.action()).parentId(aggregation.parentId()).childEpcs(aggregation.childEpcs())
        .childQuantityList(aggregation.childQuantityList()).build();
    assertThat((Object) association).isNotEqualTo(aggregation);
  }

  @Test
  void timesKeepTheirOffsetAndPrecision() {
    OffsetDateTime nanos = OffsetDateTime.parse("2019-10-07T15:00:29.017069617+05:30");
    ObjectEvent event = ObjectEvent.builder().eventTime(nanos).action(Action.OBSERVE).build();
    assertThat(event.eventTime().toString()).isEqualTo("2019-10-07T15:00:29.017069617+05:30");
    // the same instant in another zone is a different value: offsets are never rewritten
    assertThat(event.toBuilder().eventTime(nanos.withOffsetSameInstant(ZoneOffset.UTC)).build()).isNotEqualTo(event);
  }

  @Test
  void eventTimeZoneOffsetDefaultsToTheOffsetOfEventTime() {
    ObjectEvent event = ObjectEvent.builder()
        .eventTime(OffsetDateTime.parse("2024-01-01T00:00:00+09:30")).action(Action.OBSERVE).build();
    assertThat(event.eventTimeZoneOffset()).isEqualTo(ZoneOffset.of("+09:30"));
    ObjectEvent explicit = event.toBuilder().eventTimeZoneOffset(ZoneOffset.UTC).build();
    assertThat(explicit.eventTimeZoneOffset()).isEqualTo(ZoneOffset.UTC);
    assertThat(explicit.eventTime().getOffset()).isEqualTo(ZoneOffset.of("+09:30"));
  }

  @Test
  void requiredFieldsAreNamedWhenMissing() {
    assertThatThrownBy(() -> ObjectEvent.builder().action(Action.ADD).build())
        .isInstanceOf(NullPointerException.class).hasMessageContaining("eventTime");
    assertThatThrownBy(() -> ObjectEvent.builder().eventTime(EVENT_TIME).build())
        .isInstanceOf(NullPointerException.class).hasMessageContaining("action");
    assertThatThrownBy(() -> AggregationEvent.builder().eventTime(EVENT_TIME).build())
        .hasMessageContaining("action");
    assertThatThrownBy(() -> TransactionEvent.builder().eventTime(EVENT_TIME).build())
        .hasMessageContaining("action");
    assertThatThrownBy(() -> AssociationEvent.builder().eventTime(EVENT_TIME).build())
        .hasMessageContaining("action");
    assertThat(TransformationEvent.builder().eventTime(EVENT_TIME).build().actionValue()).isEmpty();
    assertThatThrownBy(() -> ObjectEvent.builder().eventTime(EVENT_TIME).action(Action.ADD).addEpc(null))
        .hasMessageContaining("epcList");
    assertThatThrownBy(() -> new ReadPoint(" ", List.of())).hasMessageContaining("readPoint id");
    assertThatThrownBy(() -> new SourceDest(null, "urn:epc:id:pgln:0614141.00001")).hasMessageContaining("type");
  }

  @Test
  void listsAreImmutableAndDefensivelyCopied() {
    List<String> epcs = new ArrayList<>(List.of("urn:epc:id:sgtin:0614141.107346.1"));
    ObjectEvent event = ObjectEvent.builder().eventTime(EVENT_TIME).action(Action.ADD).epcList(epcs).build();
    epcs.add("urn:epc:id:sgtin:0614141.107346.2");
    assertThat(event.epcList()).hasSize(1);
    assertThatThrownBy(() -> event.epcList().add("x")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> event.bizTransactionList().clear()).isInstanceOf(UnsupportedOperationException.class);
    ObjectEvent.Builder builder = event.toBuilder();
    builder.addEpc("urn:epc:id:sgtin:0614141.107346.3");
    assertThat(event.epcList()).hasSize(1);
    assertThat(builder.build().epcList()).hasSize(2);
  }

  @Test
  void withEventIdKeepsTypeAndEverythingElse() {
    for (EpcisEvent event : Fixtures.allFullEvents()) {
      EpcisEvent changed = event.withEventId("ni:///sha-256;abc?ver=CBV2.0");
      assertThat(changed.getClass()).isEqualTo(event.getClass());
      assertThat(changed.eventId()).contains("ni:///sha-256;abc?ver=CBV2.0");
      assertThat(changed.withEventId(event.eventId().orElseThrow())).isEqualTo(event);
    }
  }

  @Test
  void quantitiesCompareNumericallyButKeepTheirWrittenForm() {
    QuantityElement a = QuantityElement.of("urn:epc:class:lgtin:4012345.012345.998877", new BigDecimal("1.0"), "KGM");
    QuantityElement b = QuantityElement.of("urn:epc:class:lgtin:4012345.012345.998877", new BigDecimal("1"), "KGM");
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.quantity().toPlainString()).isEqualTo("1.0");
    assertThat(a).isNotEqualTo(QuantityElement.of(a.epcClass(), new BigDecimal("1.5"), "KGM"));
    assertThat(a).isNotEqualTo(QuantityElement.of(a.epcClass(), new BigDecimal("1"), "LTR"));
    QuantityElement unspecified = new QuantityElement(a.epcClass(), null, null);
    assertThat(unspecified.quantityValue()).isEmpty();
    assertThat(unspecified).isNotEqualTo(b).isEqualTo(new QuantityElement(a.epcClass(), null, null));
  }

  @Test
  void actionParsesOnlyTheThreeEpcisSpellings() {
    assertThat(Action.of(" ADD ")).isEqualTo(Action.ADD);
    assertThat(Action.of("OBSERVE")).isEqualTo(Action.OBSERVE);
    assertThat(Action.of("DELETE")).isEqualTo(Action.DELETE);
    assertThatThrownBy(() -> Action.of("add")).hasMessageContaining("EPCIS-ACTION").hasMessageContaining("'add'");
    assertThatThrownBy(() -> Action.of(null)).hasMessageContaining("EPCIS-ACTION");
  }

  @Test
  void eventTypeNamesMatchTheStandard() {
    assertThat(EventType.fromLocalName("TransformationEvent")).contains(EventType.TRANSFORMATION_EVENT);
    assertThat(EventType.fromLocalName("QuantityEvent")).isEmpty();
    assertThat(Stream.of(EventType.values()).map(EventType::localName)).containsExactly(
        "ObjectEvent", "AggregationEvent", "TransactionEvent", "TransformationEvent", "AssociationEvent");
  }
}
