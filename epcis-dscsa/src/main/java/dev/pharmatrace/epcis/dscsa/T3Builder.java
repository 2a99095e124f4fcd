package dev.pharmatrace.epcis.dscsa;

import dev.pharmatrace.epcis.dscsa.internal.ShipmentPlan;
import dev.pharmatrace.epcis.model.EpcisDocument;
import dev.pharmatrace.epcis.model.EpcisHeader;
import dev.pharmatrace.epcis.model.Extension;
import dev.pharmatrace.epcis.model.MasterData;
import dev.pharmatrace.epcis.model.Vocabulary;
import dev.pharmatrace.epcis.model.VocabularyElement;
import dev.pharmatrace.epcis.model.gs1.CompanyPrefixProvider;
import dev.pharmatrace.epcis.model.gs1.Gtin;
import dev.pharmatrace.epcis.model.sbdh.DocumentIdentification;
import dev.pharmatrace.epcis.model.sbdh.Partner;
import dev.pharmatrace.epcis.model.sbdh.StandardBusinessDocumentHeader;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds the DSCSA document of a {@link Shipment}: the transaction information, history and statement ("T3") as
 * the GS1 US guideline lays them out in EPCIS.
 *
 * <ul>
 *   <li>Header: an SBDH (sender = seller, receiver = buyer, SGLNs with authority {@code GS1}, the instance
 *       identifier, {@code EPCglobal} / {@code Events}); master data with an {@code EPCClass} entry for every GTIN
 *       shipped (item and case: NDC with type code {@code US_FDA_NDC}, product name, manufacturer, dosage form,
 *       strength, net content) and a {@code Location} entry (name and address) for seller, ship-from, buyer and
 *       ship-to; the GS1 US guideline version and the affirmed transaction statement.</li>
 *   <li>Events, per pallet: ObjectEvents ADD {@code commissioning} {@code active} for its items and its cases,
 *       per lot and in batches of at most {@link Builder#commissioningBatchSize(int)} EPCs, with ILMD
 *       {@code cbvmda:lotNumber} and {@code cbvmda:itemExpirationDate}; one AggregationEvent ADD {@code packing}
 *       {@code in_progress} per case; the SSCC's commissioning (no ILMD) and the pallet's packing. Last, an
 *       ObjectEvent OBSERVE {@code shipping} {@code in_transit} of the SSCCs (one per {@link Shipment#MAX_CHILDREN}
 *       pallets, so one for any realistic shipment) with the purchase order (and despatch
 *       advice), source owning party = seller and location = ship-from, destination owning party = buyer and
 *       location = ship-to, at the ship time.</li>
 *   <li>Times: the events before shipping are {@link Builder#eventSpacing(Duration)} apart and end half an hour
 *       before the ship time; each event time carries the ship-from zone's offset at that instant, which is also its
 *       {@code eventTimeZoneOffset}; the document is created five minutes after the ship time.</li>
 * </ul>
 *
 * <p>EPCIS 1.2 (the default, as DSCSA partners exchange) writes the ILMD in {@link DscsaVocabulary#CBVMDA_NAMESPACE};
 * EPCIS 2.0 in {@link DscsaVocabulary#CBVMDA_NAMESPACE_2_0}. Immutable and thread-safe.
 */
public final class T3Builder {
  /** Time between the ship time and the document's creation. */
  static final Duration CREATION_DELAY = Duration.ofMinutes(5);

  private final String epcisVersion;
  private final int batchSize;
  private final Duration spacing;

  private T3Builder(Builder b) {
    this.epcisVersion = b.epcisVersion;
    this.batchSize = b.batchSize;
    this.spacing = b.spacing;
  }

  /** A builder with the defaults: EPCIS 1.2, batches of 1,000 EPCs, events 2 seconds apart. */
  public static Builder builder() {
    return new Builder();
  }

  /** A T3 builder with the defaults. */
  public static T3Builder create() {
    return builder().build();
  }

  /** The EPCIS schema version of the documents built ({@code 1.2} or {@code 2.0}). */
  public String epcisVersion() {
    return epcisVersion;
  }

  /** Plans the document of a shipment; its events are made when iterated. */
  public T3Document build(Shipment shipment) {
    Objects.requireNonNull(shipment, "shipment");
    boolean v12 = epcisVersion.equals(EpcisDocument.VERSION_1_2);
    String cbvmda = v12 ? DscsaVocabulary.CBVMDA_NAMESPACE : DscsaVocabulary.CBVMDA_NAMESPACE_2_0;
    ShipmentPlan plan = new ShipmentPlan(shipment, batchSize, spacing, cbvmda);
    return new T3Document(header(shipment, cbvmda), plan, shipment);
  }

  private EpcisDocument header(Shipment s, String cbvmda) {
    OffsetDateTime created = s.shipTime().plus(CREATION_DELAY).toOffsetDateTime();
    StandardBusinessDocumentHeader sbdh = StandardBusinessDocumentHeader.builder()
        .headerVersion("1.0")
        .addSender(Partner.of(s.seller().sgln(), "GS1"))
        .addReceiver(Partner.of(s.buyer().sgln(), "GS1"))
        .documentIdentification(new DocumentIdentification("EPCglobal", "1.0", s.documentId(), "Events", null,
            created.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))) // always with seconds: xs:dateTime
        .build();
    List<Extension> dscsa = List.of(
        Extension.text(DscsaVocabulary.GUIDELINE_VERSION, s.guidelineVersion()),
        Extension.element(DscsaVocabulary.TRANSACTION_STATEMENT,
            Extension.text(DscsaVocabulary.AFFIRM_TRANSACTION_STATEMENT, "true"),
            Extension.text(DscsaVocabulary.LEGAL_NOTICE, s.legalNotice())));
    MasterData masterData = MasterData.of(List.of(
        Vocabulary.of(Vocabulary.EPC_CLASS, products(s)),
        Vocabulary.of(Vocabulary.LOCATION, locations(s))));
    return EpcisDocument.builder()
        .schemaVersion(epcisVersion)
        .creationDate(created)
        .namespace(DscsaVocabulary.CBVMDA_PREFIX, cbvmda)
        .namespace(DscsaVocabulary.GS1USHC_PREFIX, DscsaVocabulary.GS1USHC_NAMESPACE)
        .header(new EpcisHeader(sbdh, masterData, dscsa, List.of()))
        .build();
  }

  private static List<VocabularyElement> products(Shipment s) {
    List<VocabularyElement> elements = new ArrayList<>();
    for (Product p : s.products()) {
      String caseContent = p.caseNetContentValue().orElse(s.itemsPerCase() + " x " + p.netContent());
      elements.add(product(p, p.itemGtin(), p.netContent()));
      elements.add(product(p, p.caseGtin(), caseContent));
    }
    return elements;
  }

  private static VocabularyElement product(Product p, Gtin gtin, String netContent) {
    String pattern = gtin.toEpcPattern(CompanyPrefixProvider.fixed(p.ndc().companyPrefix().length())).toString();
    return VocabularyElement.builder(pattern)
        .attribute(DscsaVocabulary.ADDITIONAL_TRADE_ITEM_IDENTIFICATION, p.ndc().toString())
        .attribute(DscsaVocabulary.ADDITIONAL_TRADE_ITEM_IDENTIFICATION_TYPE_CODE, DscsaVocabulary.NDC_TYPE_CODE)
        .attribute(DscsaVocabulary.REGULATED_PRODUCT_NAME, p.name())
        .attribute(DscsaVocabulary.MANUFACTURER_OF_TRADE_ITEM_PARTY_NAME, p.manufacturer())
        .attribute(DscsaVocabulary.DOSAGE_FORM_TYPE, p.dosageForm())
        .attribute(DscsaVocabulary.STRENGTH_DESCRIPTION, p.strength())
        .attribute(DscsaVocabulary.NET_CONTENT_DESCRIPTION, netContent)
        .build();
  }

  private static List<VocabularyElement> locations(Shipment s) {
    Map<String, TradingParty> parties = new LinkedHashMap<>();
    for (TradingParty p : List.of(s.seller(), s.shipFrom(), s.buyer(), s.shipTo())) {
      parties.putIfAbsent(p.sgln(), p);
    }
    List<VocabularyElement> elements = new ArrayList<>();
    for (TradingParty p : parties.values()) {
      Address a = p.address();
      VocabularyElement.Builder b = VocabularyElement.builder(p.sgln())
          .attribute(DscsaVocabulary.NAME, p.name())
          .attribute(DscsaVocabulary.STREET_ADDRESS_ONE, a.streetAddressOne());
      a.streetAddressTwoValue().ifPresent(v -> b.attribute(DscsaVocabulary.STREET_ADDRESS_TWO, v));
      elements.add(b.attribute(DscsaVocabulary.CITY, a.city())
          .attribute(DscsaVocabulary.STATE, a.state())
          .attribute(DscsaVocabulary.POSTAL_CODE, a.postalCode())
          .attribute(DscsaVocabulary.COUNTRY_CODE, a.countryCode())
          .build());
    }
    return elements;
  }

  /** Builds a {@link T3Builder}. */
  public static final class Builder {
    private String epcisVersion = EpcisDocument.VERSION_1_2;
    private int batchSize = 1000;
    private Duration spacing = Duration.ofSeconds(2);

    private Builder() {}

    /**
     * Sets the EPCIS version of the documents ({@code 1.2}, the default, or {@code 2.0}).
     *
     * @throws IllegalArgumentException for another version
     */
    public Builder epcisVersion(String value) {
      if (!EpcisDocument.VERSION_1_2.equals(value) && !EpcisDocument.VERSION_2_0.equals(value)) {
        throw new IllegalArgumentException("EPCIS version 1.2 or 2.0, not '" + value + "'");
      }
      epcisVersion = value;
      return this;
    }

    /**
     * Sets the most EPCs one commissioning event lists (default 1,000; from 1 to {@link Shipment#MAX_CHILDREN}).
     *
     * @throws IllegalArgumentException if out of range
     */
    public Builder commissioningBatchSize(int value) {
      if (value < 1 || value > Shipment.MAX_CHILDREN) {
        throw new IllegalArgumentException("commissioningBatchSize must be from 1 to " + Shipment.MAX_CHILDREN);
      }
      batchSize = value;
      return this;
    }

    /**
     * Sets the time between consecutive events before shipping (default 2 seconds; positive).
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder eventSpacing(Duration value) {
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException("eventSpacing must be positive");
      }
      spacing = value;
      return this;
    }

    /** Builds the T3 builder. */
    public T3Builder build() {
      return new T3Builder(this);
    }
  }
}
