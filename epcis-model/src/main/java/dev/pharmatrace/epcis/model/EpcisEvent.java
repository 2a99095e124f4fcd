package dev.pharmatrace.epcis.model;

import dev.pharmatrace.epcis.model.cbv.BizStep;
import dev.pharmatrace.epcis.model.cbv.Disposition;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * An EPCIS 2.0 event: one of the five event types, each an immutable record compared by value.
 *
 * <p>The fields all types share live in {@link #common()} and are exposed here directly; use a {@code switch} over
 * the sealed subtypes for the type-specific fields:
 *
 * <pre>{@code
 * switch (event) {
 *   case ObjectEvent e -> e.epcList();
 *   ...
 * }
 * }</pre>
 * (or {@code instanceof} on Java 17).
 */
public sealed interface EpcisEvent
    permits ObjectEvent, AggregationEvent, TransactionEvent, TransformationEvent, AssociationEvent {

  /** The fields shared by all event types. */
  CommonFields common();

  /** The event type. */
  EventType type();

  /** This event with other common fields (same type-specific fields). */
  EpcisEvent withCommon(CommonFields common);

  /** The action; empty for a {@link TransformationEvent}, which has none. */
  Optional<Action> actionValue();

  /** This event with another eventID (null to remove it). */
  default EpcisEvent withEventId(String eventId) {
    return withCommon(common().withEventId(eventId));
  }

  /** When the event took place, with the offset it was given. */
  default OffsetDateTime eventTime() {
    return common().eventTime();
  }

  /** The time zone offset in effect where the event took place. */
  default ZoneOffset eventTimeZoneOffset() {
    return common().eventTimeZoneOffset();
  }

  /** When the event was recorded, if known. */
  default Optional<OffsetDateTime> recordTime() {
    return Optional.ofNullable(common().recordTime());
  }

  /** The event ID, if any. */
  default Optional<String> eventId() {
    return Optional.ofNullable(common().eventId());
  }

  /** The error declaration, if any. */
  default Optional<ErrorDeclaration> errorDeclaration() {
    return Optional.ofNullable(common().errorDeclaration());
  }

  /** Certification URIs. */
  default List<String> certificationInfo() {
    return common().certificationInfo();
  }

  /** The business step, if any. */
  default Optional<BizStep> bizStep() {
    return Optional.ofNullable(common().bizStep());
  }

  /** The disposition, if any. */
  default Optional<Disposition> disposition() {
    return Optional.ofNullable(common().disposition());
  }

  /** The persistent disposition change, if any. */
  default Optional<PersistentDisposition> persistentDisposition() {
    return Optional.ofNullable(common().persistentDisposition());
  }

  /** The read point, if any. */
  default Optional<ReadPoint> readPoint() {
    return Optional.ofNullable(common().readPoint());
  }

  /** The business location, if any. */
  default Optional<BizLocation> bizLocation() {
    return Optional.ofNullable(common().bizLocation());
  }

  /** Business transactions. */
  default List<BizTransaction> bizTransactionList() {
    return common().bizTransactionList();
  }

  /** Sources. */
  default List<SourceDest> sourceList() {
    return common().sourceList();
  }

  /** Destinations. */
  default List<SourceDest> destinationList() {
    return common().destinationList();
  }

  /** Sensor elements. */
  default List<SensorElement> sensorElementList() {
    return common().sensorElementList();
  }

  /** User extension elements at event level. */
  default List<Extension> extensions() {
    return common().extensions();
  }

  /** Non-standard attributes of the event element. */
  default List<ExtensionAttribute> otherAttributes() {
    return common().otherAttributes();
  }

  /**
   * Whether the input wrote {@code list} though empty (an empty {@code <epcList/>} or {@code "epcList": []}),
   * so that writers write it back; meaningful only while that list is empty. See {@link CommonFields#emptyListsPresent()}.
   */
  default boolean emptyListPresent(ListField list) {
    return common().emptyListPresent(list);
  }
}
