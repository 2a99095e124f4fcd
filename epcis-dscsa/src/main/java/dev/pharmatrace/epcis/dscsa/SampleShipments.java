package dev.pharmatrace.epcis.dscsa;

import dev.pharmatrace.epcis.dscsa.internal.SampleData;
import dev.pharmatrace.epcis.model.gs1.CheckDigit;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Realistic, reproducible shipment descriptions for tests, demos and load tests ({@code epcis generate dscsa}): a
 * US manufacturer (GS1 Company Prefix {@code 03} + its NDC labeler code) ships one to three products, one lot
 * each, from its distribution center to a wholesaler's distribution center, on a weekday in 2026, from a real US
 * city in its time zone. Products and companies are fictional; GTINs, NDCs, GLNs and SSCCs are consistent and carry
 * valid check digits; serials come from {@link SerialSource#scrambled(long)}; expiries are 24 to 36 months after
 * shipping. The same seed and sizes give the same shipment (and so, through the {@link T3Builder} and a writer, the
 * same bytes).
 */
public final class SampleShipments {
  private static final LocalDate FIRST_SHIP_DATE = LocalDate.of(2026, 1, 5);

  private SampleShipments() {}

  /**
   * A shipment of {@code items} saleable units.
   *
   * @param seed the seed: the same seed gives the same shipment
   * @param items the number of saleable units, at least 1
   * @param itemsPerCase units per case, 1 to {@link Shipment#MAX_CHILDREN}
   * @param casesPerPallet cases per pallet, 1 to {@link Shipment#MAX_CHILDREN}
   * @throws IllegalArgumentException if a size is out of range
   */
  public static Shipment generate(long seed, long items, int itemsPerCase, int casesPerPallet) {
    Values.positive(items, "items");
    Random random = new Random(seed);
    String labeler = Integer.toString(10000 + random.nextInt(90000));
    String sellerGcp = "03" + labeler;
    String buyerGcp = "08" + (10000 + random.nextInt(90000));
    List<SampleData.Site> sites = SampleData.pick(random, SampleData.SITES, 4);
    String manufacturer = SampleData.pick(random, SampleData.MANUFACTURERS, 1).get(0);
    String wholesaler = SampleData.pick(random, SampleData.WHOLESALERS, 1).get(0);
    TradingParty seller = party(random, sellerGcp, "00000", manufacturer, sites.get(0));
    TradingParty shipFrom = party(random, sellerGcp, "00010", manufacturer + " Distribution Center", sites.get(1));
    TradingParty buyer = party(random, buyerGcp, "00000", wholesaler, sites.get(2));
    TradingParty shipTo = party(random, buyerGcp, "00025", wholesaler + " DC " + sites.get(3).city(), sites.get(3));

    LocalDate shipDate = FIRST_SHIP_DATE.plusDays(random.nextInt(330));
    if (shipDate.getDayOfWeek() == DayOfWeek.SATURDAY || shipDate.getDayOfWeek() == DayOfWeek.SUNDAY) {
      shipDate = shipDate.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }
    ZonedDateTime shipTime = ZonedDateTime.of(shipDate, LocalTime.of(14, 0).plusMinutes(random.nextInt(180))
        .plusSeconds(random.nextInt(60)), ZoneId.of(sites.get(1).zone()));

    int productCount = (int) Math.min(items, 1 + random.nextInt(3));
    List<SampleData.Drug> drugs = SampleData.pick(random, SampleData.DRUGS, productCount);
    Set<Integer> productCodes = new HashSet<>();
    Shipment.Builder b = Shipment.builder();
    for (int i = 0; i < productCount; i++) {
      int code;
      do {
        code = 100 + random.nextInt(900);
      } while (!productCodes.add(code));
      SampleData.Drug d = drugs.get(i);
      Product product = Product.builder(Ndc.parse(labeler + "-" + code + "-" + (10 + random.nextInt(90))))
          .name(d.name()).dosageForm(d.dosageForm()).strength(d.strength()).netContent(d.netContent())
          .manufacturer(manufacturer).build();
      long lotItems = items / productCount + (i == 0 ? items % productCount : 0);
      LocalDate expiry = shipDate.plusMonths(24 + random.nextInt(13)).with(TemporalAdjusters.lastDayOfMonth());
      String lot = "" + (char) ('A' + random.nextInt(26)) + String.format("%02d%02d", shipDate.getYear() % 100,
          shipDate.getMonthValue()) + (char) ('A' + random.nextInt(26)) + (10 + random.nextInt(90));
      b.addLot(Lot.of(product, lot, expiry, lotItems));
    }
    return b.seller(seller).shipFrom(shipFrom).buyer(buyer).shipTo(shipTo)
        .itemsPerCase(itemsPerCase).casesPerPallet(casesPerPallet)
        .serials(SerialSource.scrambled(random.nextLong()))
        .firstSsccSerialReference(1 + random.nextInt(100_000_000))
        .purchaseOrder("PO" + (10_000_000 + random.nextInt(90_000_000)))
        .despatchAdvice("DA" + (10_000_000 + random.nextInt(90_000_000)))
        .shipTime(shipTime)
        .documentId(uuid(random))
        .build();
  }

  private static TradingParty party(Random random, String gcp, String locationReference, String name,
      SampleData.Site site) {
    String gln = CheckDigit.append(gcp + locationReference);
    String sgln = "urn:epc:id:sgln:" + gcp + "." + gln.substring(gcp.length(), 12) + ".0";
    String street = (100 + random.nextInt(9800)) + " " + SampleData.pick(random, SampleData.STREETS, 1).get(0);
    return TradingParty.of(sgln, name, Address.us(street, site.city(), site.state(), site.postalCode()));
  }

  private static String uuid(Random random) {
    long msb = (random.nextLong() & ~0xF000L) | 0x4000L;
    long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(msb, lsb).toString();
  }

}
