package dev.pharmatrace.epcis.dscsa.internal;

import dev.pharmatrace.epcis.dscsa.Shipment;
import dev.pharmatrace.epcis.dscsa.internal.ShipmentPlan.LotPlan;
import dev.pharmatrace.epcis.dscsa.internal.ShipmentPlan.Run;
import dev.pharmatrace.epcis.model.Action;
import dev.pharmatrace.epcis.model.AggregationEvent;
import dev.pharmatrace.epcis.model.BizTransaction;
import dev.pharmatrace.epcis.model.EpcisEvent;
import dev.pharmatrace.epcis.model.Extension;
import dev.pharmatrace.epcis.model.ObjectEvent;
import dev.pharmatrace.epcis.model.SourceDest;
import dev.pharmatrace.epcis.model.cbv.BizStep;
import dev.pharmatrace.epcis.model.cbv.BizTransactionType;
import dev.pharmatrace.epcis.model.cbv.Disposition;
import dev.pharmatrace.epcis.model.cbv.SourceDestType;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The events of a planned shipment, made one at a time. Per pallet: the commissioning of its items (per lot,
 * in batches, with lot and expiry), the commissioning of its cases (likewise), one packing event per case, the
 * commissioning of its SSCC and its packing; then the shipping of the SSCCs (one event per
 * {@link Shipment#MAX_CHILDREN} SSCCs, so one event for any realistic shipment). Holds at most one event's EPCs at a time.
 */
public final class EventIterator implements Iterator<EpcisEvent> {
  private static final int START_PALLET = 0;
  private static final int ITEMS = 1;
  private static final int CASES = 2;
  private static final int PACK = 3;
  private static final int SSCC = 4;
  private static final int PALLET = 5;
  private static final int SHIP = 6;
  private static final int DONE = 7;

  private final ShipmentPlan plan;
  private final Shipment shipment;
  private final String site;
  private long k;
  private long pallet;
  private List<Run> runs = List.of();
  private int phase = START_PALLET;
  private int run;
  private long cursor;

  /** Starts at the first event of the plan. */
  public EventIterator(ShipmentPlan plan) {
    this.plan = plan;
    this.shipment = plan.shipment;
    this.site = shipment.shipFrom().sgln();
  }

  @Override
  public boolean hasNext() {
    return phase != DONE;
  }

  @Override
  public EpcisEvent next() {
    while (true) {
      switch (phase) {
        case START_PALLET:
          if (pallet == plan.palletCount) {
            startPhase(SHIP);
          } else {
            runs = plan.runs(pallet);
            startPhase(ITEMS);
          }
          break;
        case ITEMS:
        case CASES: {
          if (run == runs.size()) {
            startPhase(phase == ITEMS ? CASES : PACK);
            break;
          }
          Run r = runs.get(run);
          long total = phase == ITEMS ? r.items() : r.cases;
          long n = Math.min(plan.batchSize, total - cursor);
          List<String> epcs = new ArrayList<>((int) n);
          for (long i = cursor; i < cursor + n; i++) {
            epcs.add(phase == ITEMS ? plan.itemEpc(r.lot, r.firstItem() + i) : plan.caseEpc(r.lot, r.firstCase + i));
          }
          advance(total, n);
          return commissioning(epcs, r.lot.ilmd);
        }
        case PACK: {
          if (run == runs.size()) {
            phase = SSCC;
            break;
          }
          Run r = runs.get(run);
          LotPlan lot = r.lot;
          long c = r.firstCase + cursor;
          long first = c * shipment.itemsPerCase();
          long n = lot.itemsInCase(c);
          List<String> children = new ArrayList<>((int) n);
          for (long i = first; i < first + n; i++) {
            children.add(plan.itemEpc(lot, i));
          }
          advance(r.cases, 1);
          return packing(plan.caseEpc(lot, c), children);
        }
        case SSCC:
          phase = PALLET;
          return commissioning(List.of(plan.ssccEpc(pallet)), List.of());
        case PALLET: {
          List<String> cases = new ArrayList<>();
          for (Run r : runs) {
            for (long c = r.firstCase; c < r.firstCase + r.cases; c++) {
              cases.add(plan.caseEpc(r.lot, c));
            }
          }
          String sscc = plan.ssccEpc(pallet);
          pallet++;
          phase = START_PALLET;
          return packing(sscc, cases);
        }
        case SHIP: {
          long n = Math.min(Shipment.MAX_CHILDREN, plan.palletCount - cursor);
          List<String> ssccs = new ArrayList<>((int) n);
          for (long p = cursor; p < cursor + n; p++) {
            ssccs.add(plan.ssccEpc(p));
          }
          cursor += n;
          if (cursor == plan.palletCount) {
            phase = DONE;
          }
          return shipping(ssccs);
        }
        default:
          throw new NoSuchElementException("no more events");
      }
    }
  }

  private void startPhase(int next) {
    phase = next;
    run = 0;
    cursor = 0;
  }

  private void advance(long total, long n) {
    cursor += n;
    if (cursor == total) {
      run++;
      cursor = 0;
    }
  }

  private ObjectEvent commissioning(List<String> epcs, List<Extension> ilmd) {
    OffsetDateTime t = plan.time(k++);
    return ObjectEvent.builder().eventTime(t).eventTimeZoneOffset(t.getOffset())
        .epcList(epcs).action(Action.ADD).bizStep(BizStep.COMMISSIONING).disposition(Disposition.ACTIVE)
        .readPoint(site).bizLocation(site).ilmd(ilmd).build();
  }

  private AggregationEvent packing(String parent, List<String> children) {
    OffsetDateTime t = plan.time(k++);
    return AggregationEvent.builder().eventTime(t).eventTimeZoneOffset(t.getOffset())
        .parentId(parent).childEpcs(children).action(Action.ADD).bizStep(BizStep.PACKING)
        .disposition(Disposition.IN_PROGRESS).readPoint(site).bizLocation(site).build();
  }

  private ObjectEvent shipping(List<String> ssccs) {
    OffsetDateTime t = plan.time(k++);
    ObjectEvent.Builder b = ObjectEvent.builder().eventTime(t).eventTimeZoneOffset(t.getOffset())
        .epcList(ssccs).action(Action.OBSERVE).bizStep(BizStep.SHIPPING).disposition(Disposition.IN_TRANSIT)
        .readPoint(site)
        .addBizTransaction(BizTransaction.of(BizTransactionType.PO, shipment.purchaseOrderId()));
    shipment.despatchAdviceId().ifPresent(d -> b.addBizTransaction(BizTransaction.of(BizTransactionType.DESADV, d)));
    return b.addSource(SourceDest.of(SourceDestType.OWNING_PARTY, shipment.seller().sgln()))
        .addSource(SourceDest.of(SourceDestType.LOCATION, shipment.shipFrom().sgln()))
        .addDestination(SourceDest.of(SourceDestType.OWNING_PARTY, shipment.buyer().sgln()))
        .addDestination(SourceDest.of(SourceDestType.LOCATION, shipment.shipTo().sgln()))
        .build();
  }
}
