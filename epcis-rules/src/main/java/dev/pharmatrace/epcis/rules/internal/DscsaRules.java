package dev.pharmatrace.epcis.rules.internal;

import dev.pharmatrace.epcis.model.Action;
import dev.pharmatrace.epcis.model.BizTransaction;
import dev.pharmatrace.epcis.model.EpcisDocument;
import dev.pharmatrace.epcis.model.EpcisEvent;
import dev.pharmatrace.epcis.model.Extension;
import dev.pharmatrace.epcis.model.MasterData;
import dev.pharmatrace.epcis.model.ObjectEvent;
import dev.pharmatrace.epcis.model.SourceDest;
import dev.pharmatrace.epcis.model.Vocabulary;
import dev.pharmatrace.epcis.model.VocabularyElement;
import dev.pharmatrace.epcis.model.cbv.BizStep;
import dev.pharmatrace.epcis.model.cbv.BizTransactionType;
import dev.pharmatrace.epcis.model.cbv.Disposition;
import dev.pharmatrace.epcis.model.cbv.SourceDestType;
import dev.pharmatrace.epcis.model.gs1.CheckDigit;
import dev.pharmatrace.epcis.model.gs1.DigitalLink;
import dev.pharmatrace.epcis.model.gs1.Gtin;
import dev.pharmatrace.epcis.model.gs1.InvalidIdentifierException;
import dev.pharmatrace.epcis.model.gs1.Sgln;
import dev.pharmatrace.epcis.model.gs1.Sgtin;
import dev.pharmatrace.epcis.model.sbdh.Partner;
import dev.pharmatrace.epcis.model.sbdh.StandardBusinessDocumentHeader;
import dev.pharmatrace.epcis.rules.Profile;
import dev.pharmatrace.epcis.rules.Rules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The DSCSA profile's rules (GS1 US guideline, EPCIS 1.2 and 2.0): header, master data, lot and expiry, shipping
 * shape. Memory: the header's master data plus one entry per product class and location seen.
 */
final class DscsaRules {
  private static final List<String> PRODUCT_ATTRIBUTES = List.of("additionalTradeItemIdentification",
      "additionalTradeItemIdentificationTypeCode", "regulatedProductName", "dosageFormType", "strengthDescription",
      "netContentDescription", "manufacturerOfTradeItemPartyName");
  private static final List<String> LOCATION_ATTRIBUTES = List.of("name", "streetAddressOne", "city", "state",
      "postalCode", "countryCode");
  /** The same address in the R1.1 gs1ushc:companyMasterDataRecord. */
  private static final List<String> LEGACY_LOCATION_FIELDS = List.of("companyName", "street1", "city",
      "stateOrRegion", "postalCode", "country");
  private static final Pattern NDC = Pattern.compile("\\d{4}-\\d{4}-\\d{2}|\\d{5}-\\d{3}-\\d{2}|\\d{5}-\\d{4}-\\d|\\d{10}");
  private static final String NDC_TYPE = "US_FDA_NDC";
  private static final Set<String> LEGACY_VERSIONS = Set.of("1", "1.0", "1.1");

  private final Reporter r;
  private final EpcisDocument document;
  private final Map<String, VocabularyElement> products = new HashMap<>();
  private final Map<String, VocabularyElement> locations = new HashMap<>();
  private final Map<String, Extension> legacyCompanies = new HashMap<>();
  /** GTIN (or "" when unreadable) of each EPC class prefix seen: few entries, one per product. */
  private final Map<String, String> gtinOfPrefix = new HashMap<>();
  private final Set<String> checkedGtins = new HashSet<>();
  private final Set<String> checkedLocations = new HashSet<>();
  private boolean shipping;

  DscsaRules(Reporter reporter, EpcisDocument document) {
    this.r = reporter;
    this.document = document;
    document.headerValue().flatMap(h -> h.masterDataValue()).ifPresent(this::index);
    if (document.masterData() != null) {
      index(document.masterData());
    }
    header();
  }

  private void index(MasterData md) {
    for (Vocabulary v : md.vocabularies()) {
      for (VocabularyElement el : v.elements()) {
        if (v.type().equals(Vocabulary.EPC_CLASS)) {
          gtinOfClass(el.id().strip()).ifPresent(g -> products.putIfAbsent(g, el));
        } else if (v.type().equals(Vocabulary.LOCATION)) {
          locations.putIfAbsent(el.id().strip(), el);
        }
      }
    }
  }

  private static Optional<String> gtinOfClass(String id) {
    try {
      if (id.startsWith("urn:epc:idpat:sgtin:")) {
        return Optional.of(Gtin.fromEpcPattern(id).value());
      }
      if (id.startsWith("http")) {
        return DigitalLink.parse(id).identifier().value("01");
      }
    } catch (InvalidIdentifierException e) {
      // not a product class the rules can key; EPC-SYNTAX or the reader report malformed identifiers
    }
    return Optional.empty();
  }

  private void header() {
    if (LEGACY_VERSIONS.contains(document.schemaVersion().strip())) {
      r.report(Rules.DSCSA_LEGACY, "schemaVersion " + document.schemaVersion() + " is a legacy (R1.1-era) value; "
          + "write 1.2", r.header("schemaVersion"));
    }
    StandardBusinessDocumentHeader sbdh = document.headerValue().map(h -> h.sbdh()).orElse(null);
    if (sbdh == null) {
      r.report(Rules.DSCSA_SBDH, "the document has no SBDH (StandardBusinessDocumentHeader with Sender, Receiver "
          + "and InstanceIdentifier)", r.header("EPCISHeader"));
      return;
    }
    if (sbdh.senders().size() != 1) {
      r.report(Rules.DSCSA_SBDH, "the SBDH has " + sbdh.senders().size() + " Sender elements; exactly one is "
          + "expected", r.header("StandardBusinessDocumentHeader/Sender"));
    }
    if (sbdh.receivers().size() != 1) {
      r.report(Rules.DSCSA_SBDH, "the SBDH has " + sbdh.receivers().size() + " Receiver elements; exactly one is "
          + "expected", r.header("StandardBusinessDocumentHeader/Receiver"));
    }
    if (sbdh.documentIdentification() == null || sbdh.documentIdentification().instanceIdentifier() == null
        || sbdh.documentIdentification().instanceIdentifier().isBlank()) {
      r.report(Rules.DSCSA_SBDH, "the SBDH has no InstanceIdentifier (the document's unique id for the sender)",
          r.header("StandardBusinessDocumentHeader/DocumentIdentification/InstanceIdentifier"));
    }
    party(sbdh.senders(), "Sender", r.profile().sender());
    party(sbdh.receivers(), "Receiver", r.profile().receiver());
  }

  private void party(List<Partner> partners, String role, Optional<String> expected) {
    for (Partner p : partners) {
      String id = p.identifier() == null || p.identifier().value() == null ? "" : p.identifier().value().strip();
      String field = "StandardBusinessDocumentHeader/" + role + "/Identifier";
      String gln = gln(id);
      if (gln == null) {
        r.report(Rules.DSCSA_SBDH_GLN, role + " identifier '" + id + "' is neither a GLN (13 digits with a valid check "
            + "digit) nor an SGLN URN", r.header(field));
      } else if (expected.isPresent() && !gln.equals(gln(expected.get().strip()))) {
        r.report(Rules.DSCSA_PARTNER, role + " is GLN " + gln + " but this trading partner's profile expects "
            + expected.get().strip(), r.header(field));
      }
    }
  }

  /** The 13-digit GLN of a GLN or SGLN URN, or null. */
  private static String gln(String id) {
    if (id.length() == 13 && id.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return CheckDigit.isValid(id) ? id : null;
    }
    if (id.startsWith("urn:epc:id:sgln:")) {
      try {
        return Sgln.fromEpcUri(id).gln().value();
      } catch (InvalidIdentifierException e) {
        return null;
      }
    }
    return null;
  }

  void check(EpcisEvent e, Trace.At at) {
    boolean isShipping = e.bizStep().filter(BizStep.SHIPPING::equals).isPresent();
    if (e instanceof ObjectEvent o) {
      legacy(o, at);
      boolean commissioning = o.action() == Action.ADD && e.bizStep().filter(BizStep.COMMISSIONING::equals)
          .isPresent();
      if (commissioning || isShipping) {
        boolean sgtins = products(o.epcList(), at);
        if (commissioning && sgtins) {
          lotAndExpiry(o, at);
        }
      }
    }
    if (isShipping) {
      shipping = true;
      shippingShape(e, at);
      locations(e.sourceList(), "sourceList", at);
      locations(e.destinationList(), "destinationList", at);
    }
  }

  private void legacy(ObjectEvent o, Trace.At at) {
    for (String local : new String[] {"lotNumber", "itemExpirationDate"}) {
      if (Names.find(o.ilmd(), Names.GS1USHC, local).isPresent()) {
        r.report(Rules.DSCSA_LEGACY, "gs1ushc:" + local + " is the R1.1 form; use cbvmda:" + local,
            at.at("ilmd/" + local));
      }
    }
    Optional<Extension> companies = Names.find(o.extensions(), Names.GS1USHC, "companyMasterData");
    if (companies.isPresent()) {
      r.report(Rules.DSCSA_LEGACY, "gs1ushc:companyMasterData is the R1.1 form of party addresses; use the "
          + "Location vocabulary in the header", at.at("companyMasterData"));
      for (Extension record : companies.get().children()) {
        Names.childText(record, Names.GS1USHC, "identifier").ifPresent(id -> legacyCompanies.putIfAbsent(id, record));
      }
    }
  }

  /** Checks product master data of the SGTINs; whether there were any. */
  private boolean products(List<String> epcs, Trace.At at) {
    boolean any = false;
    for (int i = 0; i < epcs.size(); i++) {
      String epc = epcs.get(i).strip();
      String prefix;
      if (epc.startsWith("urn:epc:id:sgtin:")) {
        prefix = epc.substring(0, Math.max(0, epc.lastIndexOf('.')));
      } else if (epc.startsWith("http") && epc.contains("/01/") && epc.contains("/21/")) {
        prefix = epc.substring(0, epc.indexOf("/21/"));
      } else {
        continue;
      }
      any = true;
      String gtin = gtinOfPrefix.computeIfAbsent(prefix, k -> gtinOf(epc));
      if (!gtin.isEmpty() && checkedGtins.add(gtin)) {
        product(gtin, at.at("epcList[" + i + "]"));
      }
    }
    return any;
  }

  private static String gtinOf(String epc) {
    try {
      return epc.startsWith("urn:") ? Sgtin.fromEpcUri(epc).gtin().value()
          : DigitalLink.parse(epc).identifier().value("01").orElse("");
    } catch (InvalidIdentifierException e) {
      return "";
    }
  }

  private void product(String gtin, dev.pharmatrace.epcis.model.report.SourceLocation where) {
    VocabularyElement el = products.get(gtin);
    if (el == null) {
      r.report(Rules.DSCSA_PRODUCT_MD, "no product master data for GTIN " + gtin + " (an EPCClass vocabulary element "
          + "urn:epc:idpat:sgtin:<company prefix>.<item reference>.* in the header)", where);
      return;
    }
    List<String> missing = missing(el, PRODUCT_ATTRIBUTES);
    if (!missing.isEmpty()) {
      r.report(Rules.DSCSA_PRODUCT_MD, "product master data " + el.id() + " (GTIN " + gtin + ") lacks "
          + String.join(", ", missing), where);
    }
    Optional<String> type = Names.mda(el, "additionalTradeItemIdentificationTypeCode");
    if (type.isPresent() && !type.get().equals(NDC_TYPE)) {
      r.report(Rules.DSCSA_PRODUCT_MD, "product master data " + el.id() + " gives additionalTradeItemIdentification "
          + "type " + type.get() + "; DSCSA needs the NDC with type " + NDC_TYPE, where);
    } else if (type.isPresent()) {
      Names.mda(el, "additionalTradeItemIdentification").map(ndc -> ndcProblem(ndc, gtin))
          .ifPresent(problem -> r.report(Rules.DSCSA_NDC, problem + " (product master data " + el.id() + ")", where));
    }
  }

  /** What is wrong with an NDC for a GTIN, or null. */
  static String ndcProblem(String ndc, String gtin) {
    if (!NDC.matcher(ndc).matches()) {
      String digits = ndc.replace("-", "");
      return digits.length() == 11 && digits.chars().allMatch(Character::isDigit)
          ? "NDC " + ndc + " has 11 digits (the 5-4-2 billing form); master data carries the 10-digit NDC "
              + "(4-4-2, 5-3-2 or 5-4-1)"
          : "NDC " + ndc + " is not 10 digits in 4-4-2, 5-3-2 or 5-4-1 form";
    }
    if (!gtin.startsWith("03", 1)) {
      return "GTIN " + gtin + " does not embed an NDC (a US drug GTIN-14 is indicator digit, 03, the 10-digit NDC, "
          + "check digit), but its master data gives NDC " + ndc;
    }
    String digits = ndc.replace("-", "");
    String inGtin = gtin.substring(3, 13);
    return digits.equals(inGtin) ? null
        : "NDC " + ndc + " does not match GTIN " + gtin + ", which embeds NDC digits " + inGtin;
  }

  private static List<String> missing(VocabularyElement el, List<String> attributes) {
    List<String> missing = new ArrayList<>();
    for (String a : attributes) {
      if (Names.mda(el, a).isEmpty()) {
        missing.add(a);
      }
    }
    return missing;
  }

  private void lotAndExpiry(ObjectEvent o, Trace.At at) {
    for (String local : new String[] {"lotNumber", "itemExpirationDate"}) {
      boolean present = Names.find(o.ilmd(), Names.CBVMDA, local).flatMap(Extension::textValue)
          .filter(t -> !t.isBlank()).isPresent();
      if (!present && Names.find(o.ilmd(), Names.GS1USHC, local).isEmpty()) {
        r.report(Rules.DSCSA_ILMD, "commissioning of serialised products (SGTIN) without cbvmda:" + local
            + " in ilmd", at.at("ilmd/" + local));
      }
    }
  }

  private void shippingShape(EpcisEvent e, Trace.At at) {
    if (!(e instanceof ObjectEvent)) {
      r.report(Rules.DSCSA_SHIPPING, "the shipping event is an " + e.type() + "; DSCSA shipping is an ObjectEvent",
          at.at("bizStep"));
      return;
    }
    if (((ObjectEvent) e).action() != Action.OBSERVE) {
      r.report(Rules.DSCSA_SHIPPING, "the shipping event has action " + ((ObjectEvent) e).action()
          + "; expected OBSERVE", at.at("action"));
    }
    if (e.disposition().filter(Disposition.IN_TRANSIT::equals).isEmpty()) {
      r.report(Rules.DSCSA_SHIPPING, "the shipping event has disposition "
          + e.disposition().map(d -> d.asGiven()).orElse("(none)") + "; expected in_transit", at.at("disposition"));
    }
    boolean po = false;
    for (BizTransaction bt : e.bizTransactionList()) {
      po |= BizTransactionType.PO.equals(bt.type());
    }
    if (!po) {
      r.report(Rules.DSCSA_SHIPPING, "the shipping event has no purchase order (bizTransaction of type po)",
          at.at("bizTransactionList"));
    }
    parties(e.sourceList(), "sourceList", "source", at);
    parties(e.destinationList(), "destinationList", "destination", at);
  }

  private void parties(List<SourceDest> list, String field, String what, Trace.At at) {
    boolean source = what.equals("source");
    if (list.stream().noneMatch(sd -> SourceDestType.OWNING_PARTY.equals(sd.type()))) {
      r.report(Rules.DSCSA_SHIPPING, "the shipping event has no " + what + " of type owning_party (the "
          + (source ? "seller" : "buyer") + ")", at.at(field));
    }
    if (list.stream().noneMatch(sd -> SourceDestType.LOCATION.equals(sd.type()))) {
      r.report(Rules.DSCSA_SHIPPING, "the shipping event has no " + what + " of type location (the ship-"
          + (source ? "from" : "to") + " location)", at.at(field));
    }
  }

  private void locations(List<SourceDest> list, String field, Trace.At at) {
    for (int i = 0; i < list.size(); i++) {
      SourceDest sd = list.get(i);
      if (!(SourceDestType.OWNING_PARTY.equals(sd.type()) || SourceDestType.LOCATION.equals(sd.type()))) {
        continue;
      }
      String id = sd.value().strip();
      if (!checkedLocations.add(id)) {
        continue;
      }
      String role = field.startsWith("source") ? "source " : "destination ";
      role += sd.type().word().orElse(sd.type().asGiven());
      VocabularyElement el = locations.get(id);
      Extension legacy = legacyCompanies.get(id);
      List<String> missing;
      if (el != null) {
        missing = missing(el, LOCATION_ATTRIBUTES);
      } else if (legacy != null) {
        missing = new ArrayList<>();
        for (String f : LEGACY_LOCATION_FIELDS) {
          if (Names.childText(legacy, Names.GS1USHC, f).isEmpty()) {
            missing.add(f);
          }
        }
      } else {
        r.report(Rules.DSCSA_LOCATION_MD, "no location master data for " + id + " (" + role + "): the Location "
            + "vocabulary in the header needs its name and address", at.at(field + "[" + i + "]"));
        continue;
      }
      if (!missing.isEmpty()) {
        r.report(Rules.DSCSA_LOCATION_MD, "location master data for " + id + " (" + role + ") lacks "
            + String.join(", ", missing), at.at(field + "[" + i + "]"));
      }
    }
  }

  void finish() {
    if (!shipping) {
      r.report(Rules.DSCSA_SHIPPING, "the document has no shipping event (ObjectEvent OBSERVE with bizStep "
          + "shipping): a DSCSA transaction is a shipment", r.header("EPCISBody"));
      return;
    }
    List<Extension> extensions = new ArrayList<>(document.extensions());
    document.headerValue().ifPresent(h -> extensions.addAll(0, h.extensions()));
    Optional<Extension> ts = Names.find(extensions, Names.GS1USHC, "dscsaTransactionStatement");
    if (ts.isEmpty()) {
      r.report(Rules.DSCSA_TS, "the header has no DSCSA transaction statement (gs1ushc:dscsaTransactionStatement "
          + "with affirmTransactionStatement true)", r.header("EPCISHeader"));
      return;
    }
    Optional<String> affirm = Names.childText(ts.get(), Names.GS1USHC, "affirmTransactionStatement");
    if (!affirm.map(a -> a.equalsIgnoreCase("true") || a.equals("1")).orElse(false)) {
      r.report(Rules.DSCSA_TS, "the transaction statement is not affirmed (affirmTransactionStatement is "
          + affirm.orElse("missing") + ", expected true)", r.header("EPCISHeader/dscsaTransactionStatement"));
    }
    if (Names.childText(ts.get(), Names.GS1USHC, "legalNotice").isEmpty()) {
      r.report(Rules.DSCSA_TS_NOTICE, "the transaction statement has no legalNotice text",
          r.header("EPCISHeader/dscsaTransactionStatement"));
    }
  }

  /** Whether any DSCSA rule is enabled in {@code profile}. */
  static boolean wanted(Profile profile) {
    return Rules.all().stream().anyMatch(rule -> rule.group().equals("DSCSA") && profile.enabled(rule.id()));
  }
}
