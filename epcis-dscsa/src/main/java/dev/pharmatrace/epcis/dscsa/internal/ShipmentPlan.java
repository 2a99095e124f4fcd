package dev.pharmatrace.epcis.dscsa.internal;

import dev.pharmatrace.epcis.dscsa.DscsaVocabulary;
import dev.pharmatrace.epcis.dscsa.Lot;
import dev.pharmatrace.epcis.dscsa.Shipment;
import dev.pharmatrace.epcis.model.Extension;
import dev.pharmatrace.epcis.model.gs1.CompanyPrefixProvider;
import dev.pharmatrace.epcis.model.gs1.Gtin;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a shipment's event sequence needs, computed once: per lot its case range, the first per-GTIN index of its
 * items and cases, its EPC prefixes and ILMD; the counts; the event times. Immutable.
 */
public final class ShipmentPlan {
  /** Time between the last packing event and shipping. */
  static final Duration STAGING = Duration.ofMinutes(30);

  final Shipment shipment;
  final int batchSize;
  final Duration spacing;
  final ZoneId zone;
  final Instant shipInstant;
  final LotPlan[] lots;
  final long caseCount;
  final long palletCount;
  final long eventCount;
  final long shippingEvents;
  final String ssccPrefix;
  final int ssccReferenceDigits;

  /** One lot's share of the plan. */
  static final class LotPlan {
    final Lot lot;
    final Gtin itemGtin;
    final Gtin caseGtin;
    final String itemEpcPrefix;
    final String caseEpcPrefix;
    final CompanyPrefixProvider gcp;
    final long firstCase;
    final long caseCount;
    final long firstItemIndex;
    final long firstCaseIndex;
    final List<Extension> ilmd;
    final int perCase;

    LotPlan(Lot lot, long firstCase, long caseCount, long firstItemIndex, long firstCaseIndex, int itemsPerCase,
        String cbvmda) {
      this.lot = lot;
      this.itemGtin = lot.product().itemGtin();
      this.caseGtin = lot.product().caseGtin();
      this.gcp = CompanyPrefixProvider.fixed(lot.product().ndc().companyPrefix().length());
      this.itemEpcPrefix = epcPrefix(itemGtin, gcp);
      this.caseEpcPrefix = epcPrefix(caseGtin, gcp);
      this.firstCase = firstCase;
      this.caseCount = caseCount;
      this.firstItemIndex = firstItemIndex;
      this.firstCaseIndex = firstCaseIndex;
      this.perCase = itemsPerCase;
      this.ilmd = List.of(
          Extension.text(DscsaVocabulary.lotNumber(cbvmda), lot.lotNumber()),
          Extension.text(DscsaVocabulary.itemExpirationDate(cbvmda), lot.expiry().toString()));
    }

    /** Items in the lot's case {@code c} (0-based within the lot). */
    long itemsInCase(long c) {
      return Math.min(lot.items() - c * perCase, perCase);
    }
  }

  /** Plans the shipment; {@code cbvmda} is the namespace of the ILMD elements. */
  public ShipmentPlan(Shipment shipment, int batchSize, Duration spacing, String cbvmda) {
    this.shipment = shipment;
    this.batchSize = batchSize;
    this.spacing = spacing;
    this.zone = shipment.shipTime().getZone();
    this.shipInstant = shipment.shipTime().toInstant();
    int perCase = shipment.itemsPerCase();
    Map<Gtin, Long> itemsSoFar = new HashMap<>();
    Map<Gtin, Long> casesSoFar = new HashMap<>();
    List<LotPlan> plans = new ArrayList<>();
    long cases = 0;
    for (Lot lot : shipment.lots()) {
      long lotCases = (lot.items() + perCase - 1) / perCase;
      LotPlan p = new LotPlan(lot, cases, lotCases, itemsSoFar.getOrDefault(lot.product().itemGtin(), 0L),
          casesSoFar.getOrDefault(lot.product().caseGtin(), 0L), perCase, cbvmda);
      itemsSoFar.merge(p.itemGtin, lot.items(), Long::sum);
      casesSoFar.merge(p.caseGtin, lotCases, Long::sum);
      plans.add(p);
      cases += lotCases;
    }
    this.lots = plans.toArray(new LotPlan[0]);
    this.caseCount = cases;
    this.palletCount = (cases + shipment.casesPerPallet() - 1) / shipment.casesPerPallet();
    String gcp = shipment.seller().companyPrefix();
    this.ssccPrefix = "urn:epc:id:sscc:" + gcp + "." + shipment.ssccExtensionDigit();
    this.ssccReferenceDigits = 16 - gcp.length();
    this.shippingEvents = (palletCount + Shipment.MAX_CHILDREN - 1) / Shipment.MAX_CHILDREN;
    this.eventCount = countEvents();
  }

  private static String epcPrefix(Gtin gtin, CompanyPrefixProvider gcp) {
    String uri = gtin.withSerial("1").toEpcUri(gcp).toString();
    return uri.substring(0, uri.length() - 1);
  }

  private long countEvents() {
    long events = shippingEvents;
    for (long pallet = 0; pallet < palletCount; pallet++) {
      for (Run run : runs(pallet)) {
        events += batches(run.items()) + batches(run.cases) + run.cases;
      }
      events += 2; // SSCC commissioning, pallet packing
    }
    return events;
  }

  long batches(long n) {
    return (n + batchSize - 1) / batchSize;
  }

  /** A pallet's cases of one lot: the lot, the first case (within the lot) and how many. */
  final class Run {
    final LotPlan lot;
    final long firstCase;
    final long cases;

    Run(LotPlan lot, long firstCase, long cases) {
      this.lot = lot;
      this.firstCase = firstCase;
      this.cases = cases;
    }

    /** The first item (within the lot). */
    long firstItem() {
      return firstCase * shipment.itemsPerCase();
    }

    /** How many items. */
    long items() {
      return Math.min(lot.lot.items(), (firstCase + cases) * shipment.itemsPerCase()) - firstItem();
    }
  }

  /** The runs of a pallet, in order. */
  List<Run> runs(long pallet) {
    long from = pallet * shipment.casesPerPallet();
    long to = Math.min(caseCount, from + shipment.casesPerPallet());
    List<Run> runs = new ArrayList<>(2);
    for (LotPlan lot : lots) {
      long start = Math.max(from, lot.firstCase);
      long end = Math.min(to, lot.firstCase + lot.caseCount);
      if (start < end) {
        runs.add(new Run(lot, start - lot.firstCase, end - start));
      }
    }
    return runs;
  }

  /** The item EPC of a lot's item {@code i} (within the lot). */
  String itemEpc(LotPlan lot, long i) {
    return epc(lot, lot.itemGtin, lot.itemEpcPrefix, lot.firstItemIndex + i);
  }

  /** The case EPC of a lot's case {@code c} (within the lot). */
  String caseEpc(LotPlan lot, long c) {
    return epc(lot, lot.caseGtin, lot.caseEpcPrefix, lot.firstCaseIndex + c);
  }

  private String epc(LotPlan lot, Gtin gtin, String prefix, long index) {
    String serial = shipment.serials().serial(gtin, index);
    if (serial != null && !serial.isEmpty() && serial.length() <= 20 && isAlphanumeric(serial)) {
      return prefix + serial;
    }
    return gtin.withSerial(serial).toEpcUri(lot.gcp).toString(); // validates and escapes
  }

  private static boolean isAlphanumeric(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
        return false;
      }
    }
    return true;
  }

  /** The SSCC EPC of pallet {@code p}. */
  String ssccEpc(long p) {
    String ref = Long.toString(shipment.firstSsccSerialReference() + p);
    return ssccPrefix + "0".repeat(ssccReferenceDigits - ref.length()) + ref;
  }

  /**
   * The time of event {@code k} (0-based) in the ship-from zone: shipping events at the ship time, the others
   * {@link #spacing} apart, the last of them {@link #STAGING} before.
   */
  OffsetDateTime time(long k) {
    long beforeShipping = eventCount - shippingEvents;
    Instant t = k >= beforeShipping ? shipInstant
        : shipInstant.minus(STAGING).minus(spacing.multipliedBy(beforeShipping - 1 - k));
    return t.atZone(zone).toOffsetDateTime();
  }

  /** The number of events. */
  public long eventCount() {
    return eventCount;
  }

  /** The number of cases. */
  public long caseCount() {
    return caseCount;
  }

  /** The number of pallets. */
  public long palletCount() {
    return palletCount;
  }
}
