package dev.pharmatrace.epcis.model;

import dev.pharmatrace.epcis.model.cbv.BizStep;
import dev.pharmatrace.epcis.model.cbv.Disposition;
import dev.pharmatrace.epcis.model.internal.Checks;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

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
    List<ExtensionAttribute> otherAttributes) {

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
  }

  /** These fields with another event ID (null to remove it). */
  public CommonFields withEventId(String newEventId) {
    return new CommonFields(
        eventTime, eventTimeZoneOffset, recordTime, newEventId, errorDeclaration, certificationInfo, bizStep,
        disposition, persistentDisposition, readPoint, bizLocation, bizTransactionList, sourceList,
        destinationList, sensorElementList, extensions, otherAttributes);
  }

  /** These fields with another record time (null to remove it). */
  public CommonFields withRecordTime(OffsetDateTime newRecordTime) {
    return new CommonFields(
        eventTime, eventTimeZoneOffset, newRecordTime, eventId, errorDeclaration, certificationInfo, bizStep,
        disposition, persistentDisposition, readPoint, bizLocation, bizTransactionList, sourceList,
        destinationList, sensorElementList, extensions, otherAttributes);
  }
}
