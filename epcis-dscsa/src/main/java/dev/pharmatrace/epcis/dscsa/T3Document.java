package dev.pharmatrace.epcis.dscsa;

import dev.pharmatrace.epcis.dscsa.internal.EventIterator;
import dev.pharmatrace.epcis.dscsa.internal.ShipmentPlan;
import dev.pharmatrace.epcis.model.EpcisDocument;
import dev.pharmatrace.epcis.model.EpcisEvent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A DSCSA document made by the {@link T3Builder}: the {@linkplain #header() document without its events} (SBDH,
 * master data, transaction statement) and its events, produced lazily each time they are iterated, in the order a
 * streaming writer writes them. Immutable; iterating is repeatable and gives equal events every time.
 *
 * <pre>{@code
 * T3Document t3 = T3Builder.create().build(shipment);
 * try (XmlDocumentWriter out = EpcisXmlWriter.builder().version(XmlVersion.V1_2).build().open(stream, t3.header())) {
 *   t3.forEach(out::write);
 *   out.finish();
 * }
 * }</pre>
 */
public final class T3Document implements Iterable<EpcisEvent> {
  private final EpcisDocument header;
  private final ShipmentPlan plan;
  private final Shipment shipment;

  T3Document(EpcisDocument header, ShipmentPlan plan, Shipment shipment) {
    this.header = header;
    this.plan = plan;
    this.shipment = shipment;
  }

  /** The document without events: schema version, creation date, namespaces, SBDH, master data, statement. */
  public EpcisDocument header() {
    return header;
  }

  /** The shipment described. */
  public Shipment shipment() {
    return shipment;
  }

  /** A new pass over the events, each made when asked for. */
  @Override
  public Iterator<EpcisEvent> iterator() {
    return new EventIterator(plan);
  }

  /** The events as a sequential, lazy stream. */
  public Stream<EpcisEvent> events() {
    return StreamSupport.stream(Spliterators.spliterator(iterator(), plan.eventCount(),
        Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE), false);
  }

  /** How many events the document has. */
  public long eventCount() {
    return plan.eventCount();
  }

  /** How many saleable units are shipped. */
  public long itemCount() {
    return shipment.itemCount();
  }

  /** How many cases are shipped. */
  public long caseCount() {
    return plan.caseCount();
  }

  /** How many pallets (SSCCs) are shipped. */
  public long palletCount() {
    return plan.palletCount();
  }

  /**
   * The whole document in memory, for small shipments.
   *
   * @throws IllegalStateException if it has more than {@code Integer.MAX_VALUE} events
   */
  public EpcisDocument toDocument() {
    if (eventCount() > Integer.MAX_VALUE) {
      throw new IllegalStateException("too many events for one list: " + eventCount());
    }
    List<EpcisEvent> events = new ArrayList<>((int) eventCount());
    forEach(events::add);
    return header.withEvents(events);
  }
}
