package dev.pharmatrace.epcis.examples;

import dev.pharmatrace.epcis.model.AggregationEvent;
import dev.pharmatrace.epcis.model.EpcisDocument;
import dev.pharmatrace.epcis.model.EpcisEvent;
import dev.pharmatrace.epcis.model.report.Severity;
import dev.pharmatrace.epcis.rules.Hierarchy;
import dev.pharmatrace.epcis.rules.Profile;
import dev.pharmatrace.epcis.rules.ValidationResult;
import dev.pharmatrace.epcis.rules.ValidationSession;
import dev.pharmatrace.epcis.rules.Validator;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Business-rule validation of a DSCSA shipment before it leaves the building: the shipment of {@link
 * DscsaShipmentExample} passes the DSCSA profile; the same shipment with an item packed into two cases does not; a
 * trading partner's profile (built here in code; see {@code docs/rules.md} for the file form) adds its own demands.
 * The document is fed event by event, as a streaming reader would, and the packing hierarchy is printed.
 */
public final class ValidationExample {
  private ValidationExample() {}

  /** Runs the example. */
  public static void main(String[] args) {
    run(System.out);
  }

  /** Validates the three cases and prints what was found. */
  public static void run(PrintStream out) {
    EpcisDocument shipment = DscsaShipmentExample.build(List.of("1001", "1002", "1003", "1004"), 2);
    Validator dscsa = Validator.of(Profile.dscsa()); // stateless: one validator for every document and thread

    ValidationResult ok = validate(dscsa, shipment, "shipment.xml");
    out.println("DSCSA profile, shipment as built: " + verdict(ok));
    print(ok.hierarchy(), ok.hierarchy().roots(), "  ", out);

    // the second case also claims an item of the first one (no unpacking in between)
    List<EpcisEvent> events = new ArrayList<>(shipment.events());
    AggregationEvent secondCase = (AggregationEvent) events.get(4);
    List<String> children = new ArrayList<>(secondCase.childEpcs());
    children.add("urn:epc:id:sgtin:0361234.056789.1001");
    events.set(4, secondCase.toBuilder().childEpcs(children).build());
    ValidationResult bad = validate(dscsa, shipment.withEvents(events), "shipment-bad.xml");
    out.println("DSCSA profile, item in two cases: " + verdict(bad));
    bad.findings().forEach(f -> out.println("  " + f));

    // a partner that expects another receiver GLN and treats a missing legal notice as an error
    Profile acme = Profile.dscsa().toBuilder().name("acme").partners(null, "0398765999999")
        .severity("DSCSA-TS-NOTICE", Severity.ERROR).build();
    ValidationResult partner = validate(Validator.of(acme), shipment, "shipment.xml");
    out.println("Partner profile acme: " + verdict(partner));
    partner.findings().forEach(f -> out.println("  " + f));
  }

  /** Feeds the document to a session event by event, as the CLI does with a streaming reader. */
  static ValidationResult validate(Validator validator, EpcisDocument document, String name) {
    ValidationSession session = validator.start(document.withoutEvents(), name);
    for (EpcisEvent event : document.events()) {
      session.accept(event, null);
    }
    return session.finish();
  }

  private static String verdict(ValidationResult r) {
    return (r.valid() ? "valid" : "invalid") + ", " + r.findings().size() + " finding(s), " + r.events() + " events";
  }

  private static void print(Hierarchy h, List<String> ids, String indent, PrintStream out) {
    for (String id : ids) {
      out.println(indent + id);
      print(h, h.children(id), indent + "  ", out);
    }
  }
}
