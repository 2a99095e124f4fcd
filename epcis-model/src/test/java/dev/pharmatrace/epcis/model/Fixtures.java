package dev.pharmatrace.epcis.model;

import dev.pharmatrace.epcis.model.cbv.BizStep;
import dev.pharmatrace.epcis.model.cbv.BizTransactionType;
import dev.pharmatrace.epcis.model.cbv.Disposition;
import dev.pharmatrace.epcis.model.cbv.ErrorReason;
import dev.pharmatrace.epcis.model.cbv.MeasurementType;
import dev.pharmatrace.epcis.model.cbv.SensorAlertType;
import dev.pharmatrace.epcis.model.cbv.SensorComponent;
import dev.pharmatrace.epcis.model.cbv.SourceDestType;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Events with every field set, built by hand, for the tests of every module. */
public final class Fixtures {
  private Fixtures() {}

  public static final String EX = "https://ns.example.com/epcis/";
  public static final String CBVMDA = "urn:epcglobal:cbv:mda";
  public static final OffsetDateTime EVENT_TIME = OffsetDateTime.parse("2024-03-01T10:15:30.123-05:00");
  public static final OffsetDateTime RECORD_TIME = OffsetDateTime.parse("2024-03-01T15:16:00Z");

  public static Extension userExtension() {
    return Extension.builder(QualifiedName.of(EX, "shipmentInfo", "ex"))
        .attribute(QualifiedName.local("version"), "3")
        .child(Extension.typed(QualifiedName.of(EX, "temperatureMax"), "8", Extension.XSD_INTEGER))
        .child(Extension.text(QualifiedName.of(EX, "carrier"), "ACME Logistics"))
        .build();
  }

  public static SensorElement sensorElement() {
    SensorMetadata metadata = SensorMetadata.builder()
        .time(OffsetDateTime.parse("2024-03-01T10:00:00Z"))
        .startTime(OffsetDateTime.parse("2024-03-01T09:00:00Z"))
        .endTime(OffsetDateTime.parse("2024-03-01T10:00:00Z"))
        .deviceID("urn:epc:id:giai:4000001.111")
        .deviceMetadata("https://id.gs1.org/8004/4000001111")
        .rawData("https://example.org/raw/1")
        .dataProcessingMethod("https://example.org/method/1")
        .bizRules("https://example.org/rules/1")
        .addOtherAttribute(ExtensionAttribute.of(EX, "firmware", "1.2"))
        .build();
    SensorReport report = SensorReport.builder()
        .type(MeasurementType.TEMPERATURE)
        .exception(SensorAlertType.ALARM_CONDITION)
        .deviceID("urn:epc:id:giai:4000001.111")
        .deviceMetadata("https://id.gs1.org/8004/4000001111")
        .rawData("https://example.org/raw/2")
        .dataProcessingMethod("https://example.org/method/2")
        .bizRules("https://example.org/rules/2")
        .time(OffsetDateTime.parse("2024-03-01T09:30:00Z"))
        .microorganism("https://www.ncbi.nlm.nih.gov/taxonomy/1126011")
        .chemicalSubstance("https://identifiers.org/inchikey:CZMRCDWAGMRECN-UGDNZRGBSA-N")
        .value(new BigDecimal("6.5"))
        .component(SensorComponent.LATITUDE)
        .stringValue("SomeString")
        .booleanValue(Boolean.TRUE)
        .hexBinaryValue("f0f0f0")
        .uriValue("https://id.gs1.org/01/00614141123452")
        .minValue(new BigDecimal("2.0"))
        .maxValue(new BigDecimal("8.0"))
        .meanValue(new BigDecimal("5.1"))
        .sDev(new BigDecimal("0.4"))
        .percRank(new BigDecimal("50"))
        .percValue(new BigDecimal("5.0"))
        .uom("CEL")
        .coordinateReferenceSystem("http://www.opengis.net/def/crs/EPSG/0/4979")
        .addOtherAttribute(ExtensionAttribute.of(EX, "calibrated", "true"))
        .build();
    return new SensorElement(metadata, List.of(report), List.of(Extension.text(QualifiedName.of(EX, "note"), "x")));
  }

  /** Sets every common field on {@code builder}. */
  public static <B extends EventBuilder<?, B>> B allCommon(B builder) {
    return builder
        .eventTime(EVENT_TIME)
        .eventTimeZoneOffset(ZoneOffset.ofHours(-5))
        .recordTime(RECORD_TIME)
        .eventId("urn:uuid:4f9b9a5e-6a53-4a8e-9a2f-2f6a4c0b7f11")
        .errorDeclaration(new ErrorDeclaration(
            OffsetDateTime.parse("2024-03-02T08:00:00+01:00"),
            ErrorReason.INCORRECT_DATA,
            List.of("urn:uuid:0c8e4f0e-0000-4000-8000-000000000001"),
            List.of(Extension.text(QualifiedName.of(EX, "ticket"), "T-1"))))
        .addCertificationInfo("https://accreditation-council.example.org/certificate/ABC12345")
        .bizStep(BizStep.SHIPPING)
        .disposition(Disposition.IN_TRANSIT)
        .persistentDisposition(new PersistentDisposition(
            List.of(Disposition.COMPLETENESS_VERIFIED), List.of(Disposition.COMPLETENESS_INFERRED)))
        .readPoint(new ReadPoint("urn:epc:id:sgln:0614141.07346.1234",
            List.of(Extension.text(QualifiedName.of(EX, "dock"), "7"))))
        .bizLocation(new BizLocation("urn:epc:id:sgln:0614141.07346.0",
            List.of(Extension.text(QualifiedName.of(EX, "zone"), "B"))))
        .addBizTransaction(BizTransaction.of(BizTransactionType.PO, "urn:epcglobal:cbv:bt:0614141073467:PO-4711"))
        .addBizTransaction(new BizTransaction("urn:epcglobal:cbv:bt:0614141073467:ASN-1", null))
        .addSource(SourceDest.of(SourceDestType.OWNING_PARTY, "urn:epc:id:pgln:0614141.00001"))
        .addSource(SourceDest.of(SourceDestType.LOCATION, "urn:epc:id:sgln:0614141.07346.0"))
        .addDestination(SourceDest.of(SourceDestType.OWNING_PARTY, "urn:epc:id:pgln:0012345.00001"))
        .addDestination(SourceDest.of(SourceDestType.LOCATION, "urn:epc:id:sgln:0012345.11111.0"))
        .addSensorElement(sensorElement())
        .addExtension(userExtension())
        .addOtherAttribute(ExtensionAttribute.of(EX, "origin", "line-3"));
  }

  public static List<Extension> ilmd() {
    return List.of(
        Extension.text(QualifiedName.of(CBVMDA, "lotNumber", "cbvmda"), "A123"),
        Extension.typed(QualifiedName.of(CBVMDA, "itemExpirationDate", "cbvmda"), "2026-03-27", Extension.XSD_DATE));
  }

  public static ObjectEvent fullObjectEvent() {
    return allCommon(ObjectEvent.builder())
        .action(Action.ADD)
        .addEpcs("urn:epc:id:sgtin:0614141.107346.2017", "https://id.gs1.org/01/10614141073464/21/2018")
        .addQuantity(QuantityElement.of("urn:epc:class:lgtin:4012345.012345.998877", new BigDecimal("200"), "KGM"))
        .ilmd(ilmd())
        .build();
  }

  public static AggregationEvent fullAggregationEvent() {
    return allCommon(AggregationEvent.builder())
        .action(Action.ADD)
        .parentId("urn:epc:id:sscc:0614141.1234567890")
        .addChildEpcs("urn:epc:id:sgtin:0614141.107346.2017", "urn:epc:id:sgtin:0614141.107346.2018")
        .addChildQuantity(QuantityElement.of("urn:epc:idpat:sgtin:4012345.098765.*", 10))
        .build();
  }

  public static TransactionEvent fullTransactionEvent() {
    return allCommon(TransactionEvent.builder())
        .action(Action.OBSERVE)
        .parentId("urn:epc:id:sscc:0614141.1234567890")
        .addEpcs("urn:epc:id:sgtin:0614141.107346.2017")
        .addQuantity(QuantityElement.of("urn:epc:class:lgtin:4012345.012345.998877", 5))
        .build();
  }

  public static TransformationEvent fullTransformationEvent() {
    return allCommon(TransformationEvent.builder())
        .addInputEpcs("urn:epc:id:sgtin:4012345.011122.25")
        .addInputQuantity(QuantityElement.of("urn:epc:class:lgtin:4012345.011111.4444", new BigDecimal("10"), "KGM"))
        .addOutputEpcs("urn:epc:id:sgtin:4012345.077889.25", "urn:epc:id:sgtin:4012345.077889.26")
        .addOutputQuantity(QuantityElement.of("urn:epc:class:lgtin:4012345.077889.BATCH1", 2))
        .transformationId("urn:epc:id:gdti:0614141.12345.400")
        .ilmd(ilmd())
        .build();
  }

  public static AssociationEvent fullAssociationEvent() {
    return allCommon(AssociationEvent.builder())
        .action(Action.ADD)
        .parentId("urn:epc:id:grai:4012345.55555.987")
        .addChildEpcs("urn:epc:id:giai:4000001.12345")
        .addChildQuantity(QuantityElement.of("urn:epc:idpat:sgtin:4012345.098765.*", 1))
        .build();
  }

  public static List<EpcisEvent> allFullEvents() {
    return List.of(fullObjectEvent(), fullAggregationEvent(), fullTransactionEvent(), fullTransformationEvent(),
        fullAssociationEvent());
  }
}
