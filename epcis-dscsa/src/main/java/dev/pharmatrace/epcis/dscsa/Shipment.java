package dev.pharmatrace.epcis.dscsa;

import dev.pharmatrace.epcis.model.gs1.Gtin;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A plain description of a DSCSA shipment, everything the {@link T3Builder} needs to write its transaction
 * information, history and statement: who sells to whom (owning parties), from where to where (locations), what
 * (lots of products with their master data), how it is packed (saleable units into homogeneous cases, cases onto
 * pallets identified by SSCCs), the purchase order, and when it ships.
 *
 * <p>The serial hierarchy follows from the lots and the packing: each lot's units fill cases of
 * {@link #itemsPerCase()} (a case holds one lot; a lot's last case may be partial), cases fill pallets of
 * {@link #casesPerPallet()} in lot order (a pallet may mix lots). Serials come from {@link #serials()}; pallet SSCCs
 * are {@link #firstSsccSerialReference()}, +1, ... under the seller's company prefix.
 *
 * @param seller the seller: source owning party and SBDH sender
 * @param buyer the buyer: destination owning party and SBDH receiver
 * @param shipFrom the ship-from location (also where the units are commissioned and packed)
 * @param shipTo the ship-to location
 * @param lots the lots shipped, in packing order; each product's GTINs appear in the product master data
 * @param itemsPerCase saleable units per (full) case
 * @param casesPerPallet cases per (full) pallet
 * @param serials the serial numbers of items and cases
 * @param ssccExtensionDigit the SSCC extension digit
 * @param firstSsccSerialReference the serial reference of the first pallet's SSCC
 * @param purchaseOrder the buyer's purchase order number
 * @param despatchAdvice the seller's despatch advice number, or null
 * @param shipTime when the shipment leaves, in the ship-from site's time zone (events use that zone's offset)
 * @param documentId the SBDH instance identifier (unique per sender)
 * @param guidelineVersion the GS1 US guideline version written in the header
 * @param legalNotice the transaction statement's legal notice
 */
public record Shipment(
    TradingParty seller,
    TradingParty buyer,
    TradingParty shipFrom,
    TradingParty shipTo,
    List<Lot> lots,
    int itemsPerCase,
    int casesPerPallet,
    SerialSource serials,
    char ssccExtensionDigit,
    long firstSsccSerialReference,
    String purchaseOrder,
    String despatchAdvice,
    ZonedDateTime shipTime,
    String documentId,
    String guidelineVersion,
    String legalNotice) {

  /**
   * The largest case and pallet size, 100,000: a packing event lists all children of its parent, so this bounds
   * the memory one event takes (about 10 MB). A shipping event lists at most this many SSCCs.
   */
  public static final int MAX_CHILDREN = 100_000;

  /**
   * Checks the description: every part present, sizes from 1 to {@link #MAX_CHILDREN}, distinct GTINs per
   * product, expiries after the ship date, one name per SGLN, document references usable in a URI, and enough SSCC
   * serial references for the pallets.
   *
   * @throws IllegalArgumentException naming the problem
   */
  public Shipment {
    Objects.requireNonNull(seller, "seller");
    Objects.requireNonNull(buyer, "buyer");
    Objects.requireNonNull(shipFrom, "shipFrom");
    Objects.requireNonNull(shipTo, "shipTo");
    lots = List.copyOf(lots);
    if (lots.isEmpty()) {
      throw new IllegalArgumentException("a shipment needs at least one lot");
    }
    size(itemsPerCase, "itemsPerCase");
    size(casesPerPallet, "casesPerPallet");
    Objects.requireNonNull(serials, "serials");
    if (ssccExtensionDigit < '0' || ssccExtensionDigit > '9') {
      throw new IllegalArgumentException("the SSCC extension digit is 0-9, not '" + ssccExtensionDigit + "'");
    }
    reference(purchaseOrder, "purchaseOrder");
    if (despatchAdvice != null) {
      reference(despatchAdvice, "despatchAdvice");
    }
    Objects.requireNonNull(shipTime, "shipTime");
    Values.text(documentId, "documentId");
    Values.text(guidelineVersion, "guidelineVersion");
    Values.text(legalNotice, "legalNotice");
    Map<Gtin, Product> gtins = new HashMap<>();
    for (Lot lot : lots) {
      for (Gtin g : List.of(lot.product().itemGtin(), lot.product().caseGtin())) {
        Product other = gtins.putIfAbsent(g, lot.product());
        if (other != null && !other.equals(lot.product())) {
          throw new IllegalArgumentException("two products with GTIN " + g.value() + ": " + other.name() + ", "
              + lot.product().name());
        }
      }
      if (!lot.expiry().isAfter(shipTime.toLocalDate())) {
        throw new IllegalArgumentException("lot " + lot.lotNumber() + " expires " + lot.expiry()
            + ", not after the ship date " + shipTime.toLocalDate());
      }
    }
    Map<String, TradingParty> bySgln = new HashMap<>();
    for (TradingParty p : List.of(seller, shipFrom, buyer, shipTo)) {
      TradingParty other = bySgln.putIfAbsent(p.sgln(), p);
      if (other != null && !other.equals(p)) {
        throw new IllegalArgumentException("two different parties with SGLN " + p.sgln());
      }
    }
    long cases = 0;
    for (Lot lot : lots) {
      cases += (lot.items() + itemsPerCase - 1) / itemsPerCase;
    }
    long pallets = (cases + casesPerPallet - 1) / casesPerPallet;
    long maxReference = (long) Math.pow(10, 16 - seller.companyPrefix().length()) - 1;
    if (firstSsccSerialReference < 0 || firstSsccSerialReference + pallets - 1 > maxReference) {
      throw new IllegalArgumentException("SSCC serial references " + firstSsccSerialReference + ".."
          + (firstSsccSerialReference + pallets - 1) + " do not fit company prefix " + seller.companyPrefix()
          + " (at most " + maxReference + ")");
    }
  }

  private static void size(int value, String field) {
    if (value < 1 || value > MAX_CHILDREN) {
      throw new IllegalArgumentException(field + " must be from 1 to " + MAX_CHILDREN + ", not " + value);
    }
  }

  private static void reference(String value, String field) {
    if (value == null || !value.matches("[A-Za-z0-9._/-]{1,35}")) {
      throw new IllegalArgumentException(field + " must be 1 to 35 letters, digits or . _ / -, not '" + value + "'");
    }
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The distinct products shipped, in lot order. */
  public List<Product> products() {
    Set<Product> products = new LinkedHashSet<>();
    lots.forEach(l -> products.add(l.product()));
    return List.copyOf(products);
  }

  /** The total number of saleable units. */
  public long itemCount() {
    return lots.stream().mapToLong(Lot::items).sum();
  }

  /** The despatch advice number, if any. */
  public Optional<String> despatchAdviceValue() {
    return Optional.ofNullable(despatchAdvice);
  }

  /** The purchase order as an EPCIS business transaction id: {@code urn:epcglobal:cbv:bt:<buyer GLN>:<PO>}. */
  public String purchaseOrderId() {
    return "urn:epcglobal:cbv:bt:" + buyer.gln() + ":" + purchaseOrder;
  }

  /** The despatch advice as a business transaction id ({@code urn:epcglobal:cbv:bt:<seller GLN>:<number>}). */
  public Optional<String> despatchAdviceId() {
    return despatchAdviceValue().map(d -> "urn:epcglobal:cbv:bt:" + seller.gln() + ":" + d);
  }

  /** Builds a {@link Shipment}. */
  public static final class Builder {
    private TradingParty seller;
    private TradingParty buyer;
    private TradingParty shipFrom;
    private TradingParty shipTo;
    private final List<Lot> lots = new ArrayList<>();
    private int itemsPerCase = 24;
    private int casesPerPallet = 40;
    private SerialSource serials;
    private char ssccExtensionDigit = '0';
    private long firstSsccSerialReference = 1;
    private String purchaseOrder;
    private String despatchAdvice;
    private ZonedDateTime shipTime;
    private String documentId;
    private String guidelineVersion = DscsaVocabulary.DEFAULT_GUIDELINE_VERSION;
    private String legalNotice = DscsaVocabulary.DEFAULT_LEGAL_NOTICE;

    private Builder() {}

    /** Sets the seller (source owning party, SBDH sender). */
    public Builder seller(TradingParty value) {
      seller = value;
      return this;
    }

    /** Sets the buyer (destination owning party, SBDH receiver). */
    public Builder buyer(TradingParty value) {
      buyer = value;
      return this;
    }

    /** Sets the ship-from location (default: the seller). */
    public Builder shipFrom(TradingParty value) {
      shipFrom = value;
      return this;
    }

    /** Sets the ship-to location (default: the buyer). */
    public Builder shipTo(TradingParty value) {
      shipTo = value;
      return this;
    }

    /** Adds a lot. */
    public Builder addLot(Lot value) {
      lots.add(Objects.requireNonNull(value, "lot"));
      return this;
    }

    /** Sets the saleable units per case (default 24). */
    public Builder itemsPerCase(int value) {
      itemsPerCase = value;
      return this;
    }

    /** Sets the cases per pallet (default 40). */
    public Builder casesPerPallet(int value) {
      casesPerPallet = value;
      return this;
    }

    /** Sets the serial source (required). */
    public Builder serials(SerialSource value) {
      serials = value;
      return this;
    }

    /** Sets the SSCC extension digit (default {@code 0}). */
    public Builder ssccExtensionDigit(char value) {
      ssccExtensionDigit = value;
      return this;
    }

    /** Sets the first pallet's SSCC serial reference (default 1). */
    public Builder firstSsccSerialReference(long value) {
      firstSsccSerialReference = value;
      return this;
    }

    /** Sets the buyer's purchase order number (required). */
    public Builder purchaseOrder(String value) {
      purchaseOrder = value;
      return this;
    }

    /** Sets the seller's despatch advice number (optional). */
    public Builder despatchAdvice(String value) {
      despatchAdvice = value;
      return this;
    }

    /** Sets the ship time, in the ship-from site's time zone (required). */
    public Builder shipTime(ZonedDateTime value) {
      shipTime = value;
      return this;
    }

    /** Sets the SBDH instance identifier (default: a random UUID). */
    public Builder documentId(String value) {
      documentId = value;
      return this;
    }

    /** Sets the GS1 US guideline version (default {@value DscsaVocabulary#DEFAULT_GUIDELINE_VERSION}). */
    public Builder guidelineVersion(String value) {
      guidelineVersion = value;
      return this;
    }

    /** Sets the transaction statement's legal notice (default {@link DscsaVocabulary#DEFAULT_LEGAL_NOTICE}). */
    public Builder legalNotice(String value) {
      legalNotice = value;
      return this;
    }

    /**
     * Builds the shipment.
     *
     * @throws IllegalArgumentException or {@link NullPointerException} naming what is missing or wrong
     */
    public Shipment build() {
      return new Shipment(seller, buyer, shipFrom != null ? shipFrom : seller, shipTo != null ? shipTo : buyer, lots,
          itemsPerCase, casesPerPallet, serials, ssccExtensionDigit, firstSsccSerialReference, purchaseOrder,
          despatchAdvice, shipTime, documentId != null ? documentId : UUID.randomUUID().toString(),
          guidelineVersion, legalNotice);
    }
  }
}
