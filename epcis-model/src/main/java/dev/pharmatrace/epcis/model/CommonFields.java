package dev.pharmatrace.epcis.model;

import dev.pharmatrace.epcis.model.cbv.BizStep;
import dev.pharmatrace.epcis.model.cbv.Disposition;
import dev.pharmatrace.epcis.model.internal.Checks;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The fields every EPCIS 2.0 event type shares: when, why (business step and disposition), where, in which
 * business transactions, between which parties, sensor data, and extensions.
 *
 * <p>Each event record holds one {@code CommonFields}; {@link EpcisEvent} exposes its fields directly. Times keep
 * the offset they were given; {@code eventTimeZoneOffset} is a field of its own, as in EPCIS (it need not equal the
 * offset of {@code eventTime}).
 *
 * @param eventTime when the event took place
 * @param eventTimeZoneOffset the time zone offset in effect where the event took place
 * @param recordTime when the event was recorded by a repository, or null
 * @param eventId the event identifier (a URI such as a UUID URN or an event hash ID), or null
 * @param errorDeclaration the error declaration, or null
 * @param certificationInfo certification URIs (XML allows one, JSON-LD several), in order
 * @param bizStep the business step, or null
 * @param disposition the disposition, or null
 * @param persistentDisposition the persistent disposition change, or null
 * @param readPoint the read point, or null
 * @param bizLocation the business location, or null
 * @param bizTransactionList business transactions, in order
 * @param sourceList sources, in order
 * @param destinationList destinations, in order
 * @param sensorElementList sensor elements, in order
 * @param extensions user extension elements at event level, in order
 * @param otherAttributes non-standard attributes on the event element, in order
 * @param emptyListsPresent the identifier and quantity lists the input wrote though empty (e.g. {@code <epcList/>}),
 *     so that writers can write them back; a presentation detail like a CBV value's spelling: it is not part of
 *     {@link #equals equality}, and it is ignored for lists that are not empty
 */
public record CommonFields(
    OffsetDateTime eventTime,
    ZoneOffset eventTimeZoneOffset,
    OffsetDateTime recordTime,
    String eventId,
    ErrorDeclaration errorDeclaration,
    List<String> certificationInfo,
    BizStep bizStep,
    Disposition disposition,
    PersistentDisposition persistentDisposition,
    ReadPoint readPoint,
    BizLocation bizLocation,
    List<BizTransaction> bizTransactionList,
    List<SourceDest> sourceList,
    List<SourceDest> destinationList,
    List<SensorElement> sensorElementList,
    List<Extension> extensions,
    List<ExtensionAttribute> otherAttributes,
    Set<ListField> emptyListsPresent) {

  /** The fields without any {@linkplain #emptyListsPresent() empty list present}. */
  public CommonFields(
      OffsetDateTime eventTime,
      ZoneOffset eventTimeZoneOffset,
      OffsetDateTime recordTime,
      String eventId,
      ErrorDeclaration errorDeclaration,
      List<String> certificationInfo,
      BizStep bizStep,
      Disposition disposition,
      PersistentDisposition persistentDisposition,
      ReadPoint readPoint,
      BizLocation bizLocation,
      List<BizTransaction> bizTransactionList,
      List<SourceDest> sourceList,
      List<SourceDest> destinationList,
      List<SensorElement> sensorElementList,
      List<Extension> extensions,
      List<ExtensionAttribute> otherAttributes) {
    this(eventTime, eventTimeZoneOffset, recordTime, eventId, errorDeclaration, certificationInfo, bizStep,
        disposition, persistentDisposition, readPoint, bizLocation, bizTransactionList, sourceList,
        destinationList, sensorElementList, extensions, otherAttributes, Set.of());
  }

  /** Validates the required fields and copies the lists. */
  public CommonFields {
    Checks.required(eventTime, "eventTime");
    Checks.required(eventTimeZoneOffset, "eventTimeZoneOffset");
    certificationInfo = Checks.copy(certificationInfo, "certificationInfo");
    bizTransactionList = Checks.copy(bizTransactionList, "bizTransactionList");
    sourceList = Checks.copy(sourceList, "sourceList");
    destinationList = Checks.copy(destinationList, "destinationList");
    sensorElementList = Checks.copy(sensorElementList, "sensorElementList");
    extensions = Checks.copy(extensions, "extensions");
    otherAttributes = Checks.copy(otherAttributes, "otherAttributes");
    emptyListsPresent = emptyListsPresent == null || emptyListsPresent.isEmpty() ? Set.of()
        : Collections.unmodifiableSet(EnumSet.copyOf(emptyListsPresent));
  }

  /** Whether the input wrote {@code list} though empty (meaningful only while that list is empty). */
  public boolean emptyListPresent(ListField list) {
    return emptyListsPresent.contains(list);
  }

  /** Equality of every field but {@link #emptyListsPresent()}, which is a presentation detail. */
  @Override
  public boolean equals(Object o) {
    return this == o || o instanceof CommonFields c
        && eventTime.equals(c.eventTime) && eventTimeZoneOffset.equals(c.eventTimeZoneOffset)
        && Objects.equals(recordTime, c.recordTime) && Objects.equals(eventId, c.eventId)
        && Objects.equals(errorDeclaration, c.errorDeclaration) && certificationInfo.equals(c.certificationInfo)
        && Objects.equals(bizStep, c.bizStep) && Objects.equals(disposition, c.disposition)
        && Objects.equals(persistentDisposition, c.persistentDisposition)
        && Objects.equals(readPoint, c.readPoint) && Objects.equals(bizLocation, c.bizLocation)
        && bizTransactionList.equals(c.bizTransactionList) && sourceList.equals(c.sourceList)
        && destinationList.equals(c.destinationList) && sensorElementList.equals(c.sensorElementList)
        && extensions.equals(c.extensions) && otherAttributes.equals(c.otherAttributes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(eventTime, eventTimeZoneOffset, recordTime, eventId, errorDeclaration, certificationInfo,
        bizStep, disposition, persistentDisposition, readPoint, bizLocation, bizTransactionList, sourceList,
        destinationList, sensorElementList, extensions, otherAttributes);
  }

  /** These fields with another event ID (null to remove it). */
  public CommonFields withEventId(String newEventId) {
    return new CommonFields(
        eventTime, eventTimeZoneOffset, recordTime, newEventId, errorDeclaration, certificationInfo, bizStep,
        disposition, persistentDisposition, readPoint, bizLocation, bizTransactionList, sourceList,
        destinationList, sensorElementList, extensions, otherAttributes, emptyListsPresent);
  }

  /** These fields with another record time (null to remove it). */
  public CommonFields withRecordTime(OffsetDateTime newRecordTime) {
    return new CommonFields(
        eventTime, eventTimeZoneOffset, newRecordTime, eventId, errorDeclaration, certificationInfo, bizStep,
        disposition, persistentDisposition, readPoint, bizLocation, bizTransactionList, sourceList,
        destinationList, sensorElementList, extensions, otherAttributes, emptyListsPresent);
  }
}
