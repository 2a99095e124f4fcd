package dev.pharmatrace.epcis.rules;

import dev.pharmatrace.epcis.model.report.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rule catalogue: every rule the validator knows, in catalogue order. Rule ids are stable API: findings, profiles
 * and partner profile files refer to them. {@code docs/rules.md} is generated from this class.
 */
public final class Rules {
  private static final Map<String, Rule> ALL = new LinkedHashMap<>();

  private Rules() {}

  private static Rule rule(String id, Severity severity, String group, String title, String explanation) {
    Rule r = new Rule(id, severity, group, title, explanation);
    if (ALL.putIfAbsent(id, r) != null) {
      throw new IllegalStateException("duplicate rule id " + id);
    }
    return r;
  }

  private static final Severity E = Severity.ERROR;
  private static final Severity W = Severity.WARNING;

  // ---- EPCIS 2.0: what each event type and action requires ----

  /** An ObjectEvent names no object. */
  public static final Rule EPCIS_OBJECT_WHAT = rule("EPCIS-OBJECT-WHAT", E, "EPCIS",
      "An ObjectEvent names at least one object (epcList or quantityList), unless it only reports sensor data.",
      "An ObjectEvent without EPCs and without quantities says nothing happened to anything. Add the serial "
          + "numbers (epcList) or the product class and quantity (quantityList).");
  /** A parent id is missing where the action requires one. */
  public static final Rule EPCIS_PARENT_ID = rule("EPCIS-PARENT-ID", E, "EPCIS",
      "AggregationEvent ADD/DELETE and every AssociationEvent name their parent (parentID).",
      "Packing (ADD) and unpacking (DELETE) say which case or pallet the items go into or come out of; without "
          + "parentID the packing hierarchy cannot be rebuilt. Add the case SGTIN or pallet SSCC as parentID.");
  /** An aggregation ADD without children. */
  public static final Rule EPCIS_AGG_CHILDREN = rule("EPCIS-AGG-CHILDREN", E, "EPCIS",
      "An AggregationEvent ADD names at least one child (childEPCs or childQuantityList).",
      "Packing nothing into a container is meaningless: list the items or cases that were packed.");
  /** A transaction event without a business transaction. */
  public static final Rule EPCIS_TRANSACTION_BIZTX = rule("EPCIS-TRANSACTION-BIZTX", E, "EPCIS",
      "A TransactionEvent names at least one business transaction.",
      "A TransactionEvent links objects to a business transaction (purchase order, invoice, despatch advice); "
          + "add the bizTransaction it refers to.");
  /** ILMD on an event that does not create objects. */
  public static final Rule EPCIS_ILMD_ACTION = rule("EPCIS-ILMD-ACTION", E, "EPCIS",
      "Lot and expiry data (ILMD) appear only on ObjectEvents with action ADD.",
      "Instance/lot master data describes objects when they come into existence (commissioning). On an OBSERVE or "
          + "DELETE event it is ignored by receivers: move lot and expiry to the commissioning event.");
  /** An event time after the document was created. */
  public static final Rule EPCIS_TIME_AFTER_CREATION = rule("EPCIS-TIME-AFTER-CREATION", W, "EPCIS",
      "No event takes place after the document was created (creationDate, with 5 minutes tolerance).",
      "An event later than the document that reports it usually means a wrong time zone (local time written as "
          + "UTC, or the offset applied twice). Check the clock and the offset of the system that writes the times.");
  /** eventTimeZoneOffset disagrees with the offset written in eventTime. */
  public static final Rule EPCIS_TZ_MISMATCH = rule("EPCIS-TZ-MISMATCH", W, "EPCIS",
      "eventTimeZoneOffset agrees with the offset written in eventTime (when eventTime is not in UTC).",
      "When eventTime carries a local offset (e.g. -05:00), eventTimeZoneOffset is expected to be that offset. A "
          + "different value suggests the time was converted twice. (eventTime in UTC with a local "
          + "eventTimeZoneOffset is normal and not reported.)");

  // ---- identifiers ----

  /** A malformed EPC URI or GS1 Digital Link. */
  public static final Rule EPC_SYNTAX = rule("EPC-SYNTAX", E, "Identifiers",
      "EPC URIs and GS1 Digital Link URIs of objects follow the GS1 Tag Data Standard.",
      "Company prefix and item reference together have 13 digits (SGTIN), an SSCC 17 digits, serial numbers at "
          + "most 20 characters of the GS1 character set, check digits are right. A malformed identifier cannot be "
          + "verified by the receiver: fix the generator or the mapping that produced it.");
  /** A class or pattern where an instance is required. */
  public static final Rule EPC_NOT_INSTANCE = rule("EPC-NOT-INSTANCE", E, "Identifiers",
      "epcList, parentID, childEPCs and input/output lists hold instance identifiers, not classes or patterns.",
      "urn:epc:class:... and urn:epc:idpat:... name a product class, not one pack; use quantityList for class-level "
          + "quantities, or the serialised identifier (urn:epc:id:...).");
  /** A malformed location or party identifier. */
  public static final Rule GS1_LOCATION_SYNTAX = rule("GS1-LOCATION-SYNTAX", E, "Identifiers",
      "readPoint, bizLocation, source and destination SGLN/PGLN URIs follow the GS1 Tag Data Standard.",
      "A location or party GLN with a wrong length or check digit points to nobody: the receiver cannot match it "
          + "to its partner master data. Fix the GLN (13 digits including the check digit).");

  // ---- CBV 2.0 ----

  /** A non-standard word in a CBV namespace. */
  public static final Rule CBV_UNKNOWN_VALUE = rule("CBV-UNKNOWN-VALUE", W, "CBV",
      "Values in a CBV namespace (bizStep, disposition, business transaction, source/destination type) are CBV 2.0 "
          + "words.",
      "A word such as urn:epcglobal:cbv:bizstep:Shipping (capital S) or disp:intransit is not a CBV value; "
          + "receivers do not recognise it. Use the exact CBV word, or a URI of your own namespace for a private "
          + "value.");
  /** A business step with the wrong action. */
  public static final Rule CBV_BIZSTEP_ACTION = rule("CBV-BIZSTEP-ACTION", E, "CBV",
      "The business step fits the action: commissioning is ADD, decommissioning DELETE, packing an aggregation ADD, "
          + "unpacking an aggregation DELETE.",
      "Commissioning brings identifiers into existence (ADD); an OBSERVE commissioning commissions nothing, a "
          + "packing event with DELETE unpacks. Correct the action or the business step.");
  /** A disposition that contradicts the business step. */
  public static final Rule CBV_BIZSTEP_DISPOSITION = rule("CBV-BIZSTEP-DISPOSITION", W, "CBV",
      "The disposition fits the business step (e.g. commissioning → active, shipping → in_transit, "
          + "decommissioning → inactive, destroying → destroyed).",
      "A combination such as shipping + destroyed leaves the receiver unsure what state the goods are in. Use the "
          + "disposition the CBV gives for the step.");
  /** A date in ILMD that is not a date. */
  public static final Rule ILMD_DATE = rule("ILMD-DATE", E, "CBV",
      "CBV master-data dates in ILMD (itemExpirationDate, bestBeforeDate, sellByDate) are dates (YYYY-MM-DD).",
      "Expiry must be a calendar date such as 2026-02-28; a date-time, a two-digit year or a GS1 YYMMDD value is "
          + "not accepted by receivers.");

  // ---- traceability across events ----

  /** Packed or shipped but never commissioned. */
  public static final Rule TRACE_NOT_COMMISSIONED = rule("TRACE-NOT-COMMISSIONED", E, "Traceability",
      "Every identifier packed (as parent or child) or shipped is commissioned earlier in the document.",
      "Shipping or packing something that was never commissioned means a serial number the receiver cannot verify "
          + "(a missing commissioning event, or a misread or mistyped serial). Add the commissioning event or fix "
          + "the identifier.");
  /** Commissioned twice. */
  public static final Rule TRACE_COMMISSIONED_TWICE = rule("TRACE-COMMISSIONED-TWICE", E, "Traceability",
      "No identifier is commissioned twice.",
      "A serial number is commissioned once in its life; a second commissioning means a duplicate serial "
          + "(serial-number pool reused, or an event sent twice). Remove the duplicate or re-serialise.");
  /** A child in two parents. */
  public static final Rule TRACE_TWO_PARENTS = rule("TRACE-TWO-PARENTS", E, "Traceability",
      "A child is in at most one parent at a time: it is unpacked (AggregationEvent DELETE) before it is packed "
          + "into another.",
      "An item packed into two cases is physically impossible; the receiver's counts will not add up. Send the "
          + "unpacking event before re-packing, or fix the case the item was scanned into.");
  /** A packing cycle. */
  public static final Rule TRACE_CYCLE = rule("TRACE-CYCLE", E, "Traceability",
      "Packing has no cycles: nothing is packed into itself or into something it contains.",
      "A pallet inside its own case (directly or through other containers) is a scanning or mapping error; check "
          + "which identifiers were read as parent and child.");
  /** A DELETE of a child that is not in that parent. */
  public static final Rule TRACE_DELETE_UNKNOWN = rule("TRACE-DELETE-UNKNOWN", W, "Traceability",
      "An unpacking event (AggregationEvent DELETE) removes only children that are in that parent.",
      "Unpacking an item from a case it is not in suggests a wrong parent or a missing packing event.");
  /** A shipped identifier inside a container that is not shipped. */
  public static final Rule TRACE_SHIPPED_NOT_TOP_LEVEL = rule("TRACE-SHIPPED-NOT-TOP-LEVEL", E, "Traceability",
      "Shipped identifiers are top-level: a shipped item or case is not inside a container that stays behind.",
      "Shipping a case that is still packed on a pallet (while the pallet is not shipped) leaves the hierarchy "
          + "inconsistent: ship the pallet, or unpack the case first.");
  /** Commissioning, packing and shipping out of time order. */
  public static final Rule TRACE_TIME_ORDER = rule("TRACE-TIME-ORDER", E, "Traceability",
      "Times follow the life of each identifier: commissioning ≤ packing ≤ shipping.",
      "Packing before commissioning or shipping before packing is usually a wrong time zone or clock on one "
          + "line; check eventTime and its offset.");

  // ---- DSCSA (GS1 US guideline, EPCIS 1.2 and 2.0) ----

  /** SBDH missing or incomplete. */
  public static final Rule DSCSA_SBDH = rule("DSCSA-SBDH", E, "DSCSA",
      "The header has an SBDH with exactly one Sender, one Receiver and a non-empty InstanceIdentifier.",
      "Trading partners route and de-duplicate DSCSA files by the SBDH sender, receiver and instance identifier; "
          + "a file without them is rejected.");
  /** SBDH party identifier not a GLN. */
  public static final Rule DSCSA_SBDH_GLN = rule("DSCSA-SBDH-GLN", E, "DSCSA",
      "SBDH Sender and Receiver identifiers are GLNs (13 digits, valid check digit) or SGLN URNs.",
      "Partners identify each other by GLN; a wrong check digit or another kind of identifier sends the file to "
          + "nobody.");
  /** SBDH parties differ from the configured partner pair. */
  public static final Rule DSCSA_PARTNER = rule("DSCSA-PARTNER", E, "DSCSA",
      "SBDH Sender and Receiver are the GLNs configured for the trading partner (profile keys sender, receiver).",
      "Only checked when the profile names the partner pair. A different GLN is the classic wrong-partner error: "
          + "the file was generated for another customer or from another site.");
  /** Transaction statement missing or not affirmed. */
  public static final Rule DSCSA_TS = rule("DSCSA-TS", E, "DSCSA",
      "A document with a shipping event carries gs1ushc:dscsaTransactionStatement with "
          + "affirmTransactionStatement = true in its header.",
      "The DSCSA transaction statement (FD&C Act 581(27)) must accompany every change of ownership; the GS1 US "
          + "guideline carries it in the EPCIS header.");
  /** Transaction statement without legal notice. */
  public static final Rule DSCSA_TS_NOTICE = rule("DSCSA-TS-NOTICE", W, "DSCSA",
      "The transaction statement carries its legalNotice text.",
      "Most partners expect the statement's text (legalNotice) next to the affirmation flag.");
  /** Product master data missing or incomplete. */
  public static final Rule DSCSA_PRODUCT_MD = rule("DSCSA-PRODUCT-MD", E, "DSCSA",
      "Every GTIN commissioned or shipped has product master data (EPCClass) with NDC and its type code, product "
          + "name, dosage form, strength, net content and manufacturer.",
      "The transaction information (product name, strength, dosage form, NDC, container size) comes from the "
          + "EPCClass vocabulary element urn:epc:idpat:sgtin:COMPANYPREFIX.ITEMREF.* in the header; one "
          + "is needed for every packaging level (item and case GTIN).");
  /** NDC malformed or inconsistent with the GTIN. */
  public static final Rule DSCSA_NDC = rule("DSCSA-NDC", E, "DSCSA",
      "The NDC is 10 digits in 4-4-2, 5-3-2 or 5-4-1 form and equals the 10 digits inside the US GTIN "
          + "(indicator, 03, NDC, check digit).",
      "A US pharmaceutical GTIN-14 embeds the NDC; an NDC in master data that differs from the GTIN's digits "
          + "means the master data belongs to another product or the GTIN was mistyped.");
  /** Location master data missing or incomplete. */
  public static final Rule DSCSA_LOCATION_MD = rule("DSCSA-LOCATION-MD", E, "DSCSA",
      "Every party and location named as source or destination has location master data: name, street, city, "
          + "state, postal code and country.",
      "Transaction information includes the name and address of seller and buyer; they come from the Location "
          + "vocabulary in the header, keyed by the SGLN used in sourceList/destinationList.");
  /** Lot or expiry missing on SGTIN commissioning. */
  public static final Rule DSCSA_ILMD = rule("DSCSA-ILMD", E, "DSCSA",
      "Commissioning of SGTINs carries ILMD cbvmda:lotNumber and cbvmda:itemExpirationDate.",
      "Lot and expiry are part of the DSCSA product identifier; without them the receiver cannot verify or "
          + "quarantine the product.");
  /** Shipping event shape. */
  public static final Rule DSCSA_SHIPPING = rule("DSCSA-SHIPPING", E, "DSCSA",
      "The document has a shipping event, and each is an ObjectEvent OBSERVE with disposition in_transit, a "
          + "purchase order (btt:po), and source and destination owning_party and location.",
      "The shipping event is the DSCSA transaction: the purchase order and the owning parties identify the "
          + "transaction and its parties, the locations say where the goods went from and to.");
  /** Legacy R1.1 forms. */
  public static final Rule DSCSA_LEGACY = rule("DSCSA-LEGACY", W, "DSCSA",
      "Legacy GS1 US R1.1 forms (schemaVersion 1.0/1.1, gs1ushc:lotNumber or gs1ushc:itemExpirationDate in ILMD, "
          + "gs1ushc:companyMasterData) are accepted but reported.",
      "These forms predate the R1.2 guideline; they are read, but partners increasingly refuse them. Move lot and "
          + "expiry to cbvmda, company data to the Location vocabulary, and write schemaVersion 1.2.");

  /** Every rule, in catalogue order. */
  public static List<Rule> all() {
    return Collections.unmodifiableList(new ArrayList<>(ALL.values()));
  }

  /** The rule with this id, if any. */
  public static Optional<Rule> find(String id) {
    return Optional.ofNullable(ALL.get(id));
  }
}
