package dev.pharmatrace.epcis.rules.internal;

import dev.pharmatrace.epcis.model.Action;
import dev.pharmatrace.epcis.model.AggregationEvent;
import dev.pharmatrace.epcis.model.AssociationEvent;
import dev.pharmatrace.epcis.model.BizTransaction;
import dev.pharmatrace.epcis.model.EpcisEvent;
import dev.pharmatrace.epcis.model.Extension;
import dev.pharmatrace.epcis.model.ObjectEvent;
import dev.pharmatrace.epcis.model.SourceDest;
import dev.pharmatrace.epcis.model.TransactionEvent;
import dev.pharmatrace.epcis.model.TransformationEvent;
import dev.pharmatrace.epcis.model.cbv.BizStep;
import dev.pharmatrace.epcis.model.cbv.CbvForm;
import dev.pharmatrace.epcis.model.cbv.CbvValue;
import dev.pharmatrace.epcis.model.cbv.Disposition;
import dev.pharmatrace.epcis.model.gs1.DigitalLink;
import dev.pharmatrace.epcis.model.gs1.EpcUri;
import dev.pharmatrace.epcis.model.gs1.Gs1CharacterSet;
import dev.pharmatrace.epcis.model.gs1.InvalidIdentifierException;
import dev.pharmatrace.epcis.model.report.SourceLocation;
import dev.pharmatrace.epcis.rules.Rules;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The per-event EPCIS, CBV and identifier rules, for one document. */
final class EventRules {
  /** Dispositions that fit a business step (CBV 2.0 typical pairs); steps not listed are not checked. */
  private static final Map<BizStep, Set<Disposition>> DISPOSITIONS = Map.of(
      BizStep.COMMISSIONING, Set.of(Disposition.ACTIVE, Disposition.ENCODED),
      BizStep.SHIPPING, Set.of(Disposition.IN_TRANSIT),
      BizStep.DECOMMISSIONING, Set.of(Disposition.INACTIVE),
      BizStep.DESTROYING, Set.of(Disposition.DESTROYED),
      BizStep.DISPENSING, Set.of(Disposition.DISPENSED, Disposition.PARTIALLY_DISPENSED),
      BizStep.PACKING, Set.of(Disposition.IN_PROGRESS, Disposition.CONTAINER_CLOSED),
      BizStep.RETAIL_SELLING, Set.of(Disposition.RETAIL_SOLD));
  /** CBV master-data dates (xs:date) that appear in ILMD. */
  private static final Set<String> ILMD_DATES = Set.of("itemExpirationDate", "bestBeforeDate", "sellByDate");
  private static final Pattern XS_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(Z|[+-]\\d{2}:\\d{2})?");
  /** A GS1 Digital Link: a primary key path segment (00 SSCC, 01 GTIN, 414 GLN, 8003 GRAI, 8004 GIAI). */
  private static final Pattern DIGITAL_LINK = Pattern.compile("(?i)https?://[^/]+(/[^?#]*)?/(00|01|414|8003|8004)/.*");

  /** Bound of {@code validSgtinPrefixes}: one entry per product class, so a few suffice. */
  private static final int MAX_PREFIXES = 10_000;

  private final Reporter r;
  private final OffsetDateTime latest;
  private final Map<String, Boolean> validSgtinPrefixes = new HashMap<>();
  /** The entry of {@code validSgtinPrefixes} found valid last: most serials follow one of their product. */
  private String lastValidSgtinPrefix;
  /**
   * Location identifiers already checked, with their problem ("" when valid): a document names the same few
   * read points and business locations in event after event, and a full parse of each cost a tenth of the rules.
   * Bounded like {@code validSgtinPrefixes}.
   */
  private final Map<String, String> checkedLocations = new HashMap<>();

  EventRules(Reporter reporter, OffsetDateTime creationDate) {
    this.r = reporter;
    this.latest = creationDate == null ? null : creationDate.plus(reporter.profile().clockSkew());
  }

  void check(EpcisEvent e, Trace.At at) {
    structure(e, at);
    time(e, at);
    cbv(e, at);
    identifiers(e, at);
  }

  private void structure(EpcisEvent e, Trace.At at) {
    if (e instanceof ObjectEvent o) {
      if (o.epcList().isEmpty() && o.quantityList().isEmpty() && o.sensorElementList().isEmpty()) {
        r.report(Rules.EPCIS_OBJECT_WHAT, "the ObjectEvent names no object: epcList and quantityList are both empty",
            at.at("epcList"));
      }
      if (!o.ilmd().isEmpty() && o.action() != Action.ADD) {
        r.report(Rules.EPCIS_ILMD_ACTION, "lot/expiry data (ilmd) on an ObjectEvent with action " + o.action()
            + "; ilmd belongs on the commissioning (ADD) event", at.at("ilmd"));
      }
      ilmdDates(o.ilmd(), at);
    } else if (e instanceof AggregationEvent a) {
      if (a.action() != Action.OBSERVE && blank(a.parentId())) {
        r.report(Rules.EPCIS_PARENT_ID, "the AggregationEvent with action " + a.action() + " has no parentID: "
            + "say which case or pallet is packed or unpacked", at.at("parentID"));
      }
      if (a.action() == Action.ADD && a.childEpcs().isEmpty() && a.childQuantityList().isEmpty()) {
        r.report(Rules.EPCIS_AGG_CHILDREN, "the packing event (AggregationEvent ADD) names no child",
            at.at("childEPCs"));
      }
    } else if (e instanceof AssociationEvent a) {
      if (blank(a.parentId())) {
        r.report(Rules.EPCIS_PARENT_ID, "the AssociationEvent has no parentID", at.at("parentID"));
      }
    } else if (e instanceof TransactionEvent) {
      if (e.bizTransactionList().isEmpty()) {
        r.report(Rules.EPCIS_TRANSACTION_BIZTX, "the TransactionEvent names no business transaction",
            at.at("bizTransactionList"));
      }
    } else if (e instanceof TransformationEvent t) {
      ilmdDates(t.ilmd(), at);
    }
  }

  private void ilmdDates(List<Extension> ilmd, Trace.At at) {
    for (Extension x : ilmd) {
      String local = x.name().localName();
      if (ILMD_DATES.contains(local) && (Names.is(x.name(), Names.CBVMDA, local)
          || Names.is(x.name(), Names.GS1USHC, local))) {
        String text = x.textValue().map(String::strip).orElse("");
        if (!isDate(text)) {
          r.report(Rules.ILMD_DATE, local + " '" + text + "' is not a date (expected YYYY-MM-DD, e.g. 2026-02-28)",
              at.at("ilmd/" + local));
        }
      }
    }
  }

  static boolean isDate(String text) {
    java.util.regex.Matcher m = XS_DATE.matcher(text);
    if (!m.matches()) {
      return false;
    }
    try {
      LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      return true;
    } catch (java.time.DateTimeException ex) {
      return false;
    }
  }

  private void time(EpcisEvent e, Trace.At at) {
    OffsetDateTime t = e.eventTime();
    if (latest != null && t.isAfter(latest)) {
      r.report(Rules.EPCIS_TIME_AFTER_CREATION, "eventTime " + t + " is after the document's creationDate "
          + latest.minus(r.profile().clockSkew()) + " (wrong time zone or clock?)", at.at("eventTime"));
    }
    ZoneOffset written = t.getOffset();
    if (!written.equals(ZoneOffset.UTC) && !written.equals(e.eventTimeZoneOffset())) {
      r.report(Rules.EPCIS_TZ_MISMATCH, "eventTimeZoneOffset " + e.eventTimeZoneOffset() + " differs from the offset "
          + written + " written in eventTime " + t, at.at("eventTimeZoneOffset"));
    }
  }

  private void cbv(EpcisEvent e, Trace.At at) {
    e.bizStep().ifPresent(v -> unknownCbv(v, "bizStep", at));
    e.disposition().ifPresent(v -> unknownCbv(v, "disposition", at));
    for (int i = 0; i < e.bizTransactionList().size(); i++) {
      BizTransaction bt = e.bizTransactionList().get(i);
      if (bt.type() != null) {
        unknownCbv(bt.type(), "bizTransactionList[" + i + "]/type", at);
      }
    }
    sourceDestTypes(e.sourceList(), "sourceList", at);
    sourceDestTypes(e.destinationList(), "destinationList", at);
    BizStep step = e.bizStep().orElse(null);
    if (step == null) {
      return;
    }
    Action action = e.actionValue().orElse(null);
    if (action == null) {
      return; // a TransformationEvent: no action, and steps mean something else for it
    }
    String expected = null;
    if (step.equals(BizStep.COMMISSIONING) && action != Action.ADD) {
      expected = "ADD";
    } else if (step.equals(BizStep.DECOMMISSIONING) && action != Action.DELETE) {
      expected = "DELETE";
    } else if (e instanceof AggregationEvent && step.equals(BizStep.PACKING) && action != Action.ADD) {
      expected = "ADD";
    } else if (e instanceof AggregationEvent && step.equals(BizStep.UNPACKING) && action != Action.DELETE) {
      expected = "DELETE";
    }
    if (expected != null) {
      r.report(Rules.CBV_BIZSTEP_ACTION, "business step " + step.word().orElse(step.asGiven()) + " with action "
          + action + "; expected " + expected, at.at("action"));
    }
    Set<Disposition> fits = DISPOSITIONS.get(step);
    Disposition d = e.disposition().orElse(null);
    if (fits != null && d != null && d.isStandard() && !fits.contains(d)) {
      r.report(Rules.CBV_BIZSTEP_DISPOSITION, "disposition " + d.word().orElseThrow() + " does not fit business step "
          + step.word().orElseThrow() + " (expected " + words(fits) + ")", at.at("disposition"));
    }
  }

  private static String words(Set<Disposition> set) {
    return String.join(" or ", set.stream().map(d -> d.word().orElseThrow()).sorted().toList());
  }

  private void sourceDestTypes(List<SourceDest> list, String field, Trace.At at) {
    for (int i = 0; i < list.size(); i++) {
      unknownCbv(list.get(i).type(), field + "[" + i + "]/type", at);
    }
  }

  private void unknownCbv(CbvValue v, String field, Trace.At at) {
    // a custom value spelled in a CBV namespace renders differently per form; a URI of one's own does not
    if (!v.isStandard() && !v.render(CbvForm.WEB_URI).equals(v.render(CbvForm.CURIE))) {
      r.report(Rules.CBV_UNKNOWN_VALUE, "'" + v.asGiven() + "' is not a CBV 2.0 " + v.vocabulary() + " value",
          at.at(field));
    }
  }

  private void identifiers(EpcisEvent e, Trace.At at) {
    if (e instanceof ObjectEvent o) {
      epcs(o.epcList(), "epcList", at);
    } else if (e instanceof AggregationEvent a) {
      epc(a.parentId(), "parentID", -1, at);
      epcs(a.childEpcs(), "childEPCs", at);
    } else if (e instanceof TransactionEvent t) {
      epc(t.parentId(), "parentID", -1, at);
      epcs(t.epcList(), "epcList", at);
    } else if (e instanceof TransformationEvent t) {
      epcs(t.inputEpcList(), "inputEPCList", at);
      epcs(t.outputEpcList(), "outputEPCList", at);
    } else if (e instanceof AssociationEvent a) {
      epc(a.parentId(), "parentID", -1, at);
      epcs(a.childEpcs(), "childEPCs", at);
    }
    e.readPoint().ifPresent(p -> location(p.id(), "readPoint", at));
    e.bizLocation().ifPresent(p -> location(p.id(), "bizLocation", at));
    for (int i = 0; i < e.sourceList().size(); i++) {
      location(e.sourceList().get(i).value(), "sourceList[" + i + "]", at);
    }
    for (int i = 0; i < e.destinationList().size(); i++) {
      location(e.destinationList().get(i).value(), "destinationList[" + i + "]", at);
    }
  }

  private void epcs(List<String> list, String field, Trace.At at) {
    for (int i = 0; i < list.size(); i++) {
      epc(list.get(i), field, i, at);
    }
  }

  /** Item {@code index} of a list field ({@code field[index]}), or the field for -1; named only for a finding. */
  private static SourceLocation at(Trace.At at, String field, int index) {
    return at.at(index < 0 ? field : field + "[" + index + "]");
  }

  private void epc(String value, String field, int index, Trace.At at) {
    if (value == null) {
      return;
    }
    String s = value.strip();
    if (s.startsWith("urn:epc:class:") || s.startsWith("urn:epc:idpat:")) {
      r.report(Rules.EPC_NOT_INSTANCE, s + " names a product class, not one object; use the serialised identifier "
          + "(urn:epc:id:...) or a quantityList", at(at, field, index));
    } else if (s.startsWith("urn:epc:")) {
      String problem = s.startsWith("urn:epc:id:") ? epcProblem(s)
          : "not a pure-identity EPC URI (urn:epc:id:...)";
      if (problem != null) {
        r.report(Rules.EPC_SYNTAX, s + ": " + problem, at(at, field, index));
      }
    } else if (DIGITAL_LINK.matcher(s).matches()) {
      try {
        DigitalLink.parse(s);
      } catch (InvalidIdentifierException ex) {
        r.report(Rules.EPC_SYNTAX, s + ": " + ex.getMessage(), at(at, field, index));
      }
    }
  }

  /**
   * What is wrong with an EPC URI, or null. SGTINs, the bulk of a shipment, take a fast path: the part before the
   * serial is parsed once per product and remembered, the serial is checked on its own (at most 20 characters of
   * GS1 set 82, the characters a URI must escape escaped); anything else gets the full parse.
   */
  private String epcProblem(String s) {
    int cut = s.lastIndexOf('.') + 1;
    if (s.startsWith("urn:epc:id:sgtin:") && cut > 0 && plainSerial(s, cut)) {
      String last = lastValidSgtinPrefix;
      if (last != null && last.length() == cut && s.regionMatches(0, last, 0, cut)) {
        return null; // the product of the serial before (a shipment lists one product's serials in a row)
      }
      String prefix = s.substring(0, cut);
      Boolean valid = validSgtinPrefixes.get(prefix);
      if (valid == null) {
        String problem = parseProblem(s);
        if (validSgtinPrefixes.size() < MAX_PREFIXES) {
          validSgtinPrefixes.put(prefix, problem == null);
        }
        if (problem == null) {
          lastValidSgtinPrefix = prefix;
        }
        return problem;
      }
      if (valid) {
        lastValidSgtinPrefix = prefix;
        return null;
      }
    }
    return parseProblem(s);
  }

  /** A serial of 1 to 20 characters of set 82 without the characters an EPC URI escapes (no escape in it). */
  private static boolean plainSerial(String s, int from) {
    int n = s.length() - from;
    if (n < 1 || n > 20) {
      return false;
    }
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Gs1CharacterSet.CSET_82.contains(c) || "\"%&/<>?".indexOf(c) >= 0) {
        return false;
      }
    }
    return true;
  }

  private static String parseProblem(String s) {
    try {
      EpcUri.parse(s);
      return null;
    } catch (InvalidIdentifierException ex) {
      return ex.getMessage();
    }
  }

  private void location(String value, String field, Trace.At at) {
    if (value == null) {
      return;
    }
    String s = value.strip();
    if (s.startsWith("urn:epc:id:sgln:") || s.startsWith("urn:epc:id:pgln:")) {
      String problem = checkedLocations.get(s);
      if (problem == null) {
        String found = parseProblem(s);
        problem = found == null ? "" : found;
        if (checkedLocations.size() < MAX_PREFIXES) {
          checkedLocations.put(s, problem);
        }
      }
      if (!problem.isEmpty()) {
        r.report(Rules.GS1_LOCATION_SYNTAX, s + ": " + problem, at.at(field));
      }
    } else if (DIGITAL_LINK.matcher(s).matches()) {
      try {
        DigitalLink.parse(s);
      } catch (InvalidIdentifierException ex) {
        r.report(Rules.GS1_LOCATION_SYNTAX, s + ": " + ex.getMessage(), at.at(field));
      }
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
