package dev.pharmatrace.epcis.model;

import dev.pharmatrace.epcis.model.cbv.BizStep;
import dev.pharmatrace.epcis.model.cbv.Disposition;
import dev.pharmatrace.epcis.model.internal.Checks;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The part of every event builder that sets the {@linkplain CommonFields common fields}.
 *
 * <p>If no {@code eventTimeZoneOffset} is set, the offset of {@code eventTime} is used.
 *
 * @param <E> the event type built
 * @param <B> the concrete builder type, returned by every setter
 */
public abstract sealed class EventBuilder<E extends EpcisEvent, B extends EventBuilder<E, B>>
    permits ObjectEvent.Builder, AggregationEvent.Builder, TransactionEvent.Builder,
        TransformationEvent.Builder, AssociationEvent.Builder {

  private OffsetDateTime eventTime;
  private ZoneOffset eventTimeZoneOffset;
  private OffsetDateTime recordTime;
  private String eventId;
  private ErrorDeclaration errorDeclaration;
  private List<String> certificationInfo = new ArrayList<>();
  private BizStep bizStep;
  private Disposition disposition;
  private PersistentDisposition persistentDisposition;
  private ReadPoint readPoint;
  private BizLocation bizLocation;
  private List<BizTransaction> bizTransactionList = new ArrayList<>();
  private List<SourceDest> sourceList = new ArrayList<>();
  private List<SourceDest> destinationList = new ArrayList<>();
  private List<SensorElement> sensorElementList = new ArrayList<>();
  private List<Extension> extensions = new ArrayList<>();
  private List<ExtensionAttribute> otherAttributes = new ArrayList<>();
  private final Set<ListField> emptyListsPresent = EnumSet.noneOf(ListField.class);

  EventBuilder() {}

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  /** Sets all common fields from {@code common}. */
  public B common(CommonFields common) {
    eventTime = common.eventTime();
    eventTimeZoneOffset = common.eventTimeZoneOffset();
    recordTime = common.recordTime();
    eventId = common.eventId();
    errorDeclaration = common.errorDeclaration();
    certificationInfo = new ArrayList<>(common.certificationInfo());
    bizStep = common.bizStep();
    disposition = common.disposition();
    persistentDisposition = common.persistentDisposition();
    readPoint = common.readPoint();
    bizLocation = common.bizLocation();
    bizTransactionList = new ArrayList<>(common.bizTransactionList());
    sourceList = new ArrayList<>(common.sourceList());
    destinationList = new ArrayList<>(common.destinationList());
    sensorElementList = new ArrayList<>(common.sensorElementList());
    extensions = new ArrayList<>(common.extensions());
    otherAttributes = new ArrayList<>(common.otherAttributes());
    emptyListsPresent.clear();
    emptyListsPresent.addAll(common.emptyListsPresent());
    return self();
  }

  /** Sets when the event took place. */
  public B eventTime(OffsetDateTime value) {
    eventTime = value;
    return self();
  }

  /** Sets the time zone offset where the event took place (defaults to the offset of {@code eventTime}). */
  public B eventTimeZoneOffset(ZoneOffset value) {
    eventTimeZoneOffset = value;
    return self();
  }

  /** Sets when the event was recorded. */
  public B recordTime(OffsetDateTime value) {
    recordTime = value;
    return self();
  }

  /** Sets the event ID. */
  public B eventId(String value) {
    eventId = value;
    return self();
  }

  /** Sets the error declaration. */
  public B errorDeclaration(ErrorDeclaration value) {
    errorDeclaration = value;
    return self();
  }

  /** Adds a certification URI. */
  public B addCertificationInfo(String value) {
    certificationInfo.add(Checks.required(value, "certificationInfo"));
    return self();
  }

  /** Replaces the certification URIs. */
  public B certificationInfo(List<String> values) {
    certificationInfo = new ArrayList<>(Checks.copy(values, "certificationInfo"));
    return self();
  }

  /** Sets the business step. */
  public B bizStep(BizStep value) {
    bizStep = value;
    return self();
  }

  /** Sets the disposition. */
  public B disposition(Disposition value) {
    disposition = value;
    return self();
  }

  /** Sets the persistent disposition change. */
  public B persistentDisposition(PersistentDisposition value) {
    persistentDisposition = value;
    return self();
  }

  /** Sets the read point. */
  public B readPoint(ReadPoint value) {
    readPoint = value;
    return self();
  }

  /** Sets the read point to a location without extensions. */
  public B readPoint(String id) {
    return readPoint(ReadPoint.of(id));
  }

  /** Sets the business location. */
  public B bizLocation(BizLocation value) {
    bizLocation = value;
    return self();
  }

  /** Sets the business location to a location without extensions. */
  public B bizLocation(String id) {
    return bizLocation(BizLocation.of(id));
  }

  /** Adds a business transaction. */
  public B addBizTransaction(BizTransaction value) {
    bizTransactionList.add(Checks.required(value, "bizTransaction"));
    return self();
  }

  /** Replaces the business transactions. */
  public B bizTransactionList(List<BizTransaction> values) {
    bizTransactionList = new ArrayList<>(Checks.copy(values, "bizTransactionList"));
    return self();
  }

  /** Adds a source. */
  public B addSource(SourceDest value) {
    sourceList.add(Checks.required(value, "source"));
    return self();
  }

  /** Replaces the sources. */
  public B sourceList(List<SourceDest> values) {
    sourceList = new ArrayList<>(Checks.copy(values, "sourceList"));
    return self();
  }

  /** Adds a destination. */
  public B addDestination(SourceDest value) {
    destinationList.add(Checks.required(value, "destination"));
    return self();
  }

  /** Replaces the destinations. */
  public B destinationList(List<SourceDest> values) {
    destinationList = new ArrayList<>(Checks.copy(values, "destinationList"));
    return self();
  }

  /** Adds a sensor element. */
  public B addSensorElement(SensorElement value) {
    sensorElementList.add(Checks.required(value, "sensorElement"));
    return self();
  }

  /** Replaces the sensor elements. */
  public B sensorElementList(List<SensorElement> values) {
    sensorElementList = new ArrayList<>(Checks.copy(values, "sensorElementList"));
    return self();
  }

  /** Adds a user extension element at event level. */
  public B addExtension(Extension value) {
    extensions.add(Checks.required(value, "extension"));
    return self();
  }

  /** Replaces the user extension elements. */
  public B extensions(List<Extension> values) {
    extensions = new ArrayList<>(Checks.copy(values, "extensions"));
    return self();
  }

  /** Adds a non-standard attribute of the event element. */
  public B addOtherAttribute(ExtensionAttribute value) {
    otherAttributes.add(Checks.required(value, "otherAttribute"));
    return self();
  }

  /** Replaces the non-standard attributes. */
  public B otherAttributes(List<ExtensionAttribute> values) {
    otherAttributes = new ArrayList<>(Checks.copy(values, "otherAttributes"));
    return self();
  }

  /**
   * Records that the input wrote {@code list} though empty, so that writers write it back (see
   * {@link CommonFields#emptyListsPresent()}).
   */
  public B emptyListPresent(ListField list) {
    emptyListsPresent.add(Checks.required(list, "list"));
    return self();
  }

  /**
   * The common fields set so far.
   *
   * @throws NullPointerException if {@code eventTime} is not set
   */
  protected final CommonFields buildCommon() {
    Checks.required(eventTime, "eventTime");
    ZoneOffset offset = eventTimeZoneOffset != null ? eventTimeZoneOffset : eventTime.getOffset();
    return new CommonFields(
        eventTime, offset, recordTime, eventId, errorDeclaration, certificationInfo, bizStep, disposition,
        persistentDisposition, readPoint, bizLocation, bizTransactionList, sourceList, destinationList,
        sensorElementList, extensions, otherAttributes, emptyListsPresent);
  }

  /** Builds the event. */
  public abstract E build();
}
