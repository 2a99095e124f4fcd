package dev.pharmatrace.epcis.examples;

import dev.pharmatrace.epcis.model.gs1.CompanyPrefixProvider;
import dev.pharmatrace.epcis.model.gs1.CompanyPrefixTable;
import dev.pharmatrace.epcis.model.gs1.ElementString;
import dev.pharmatrace.epcis.model.gs1.Gs1Identifier;
import dev.pharmatrace.epcis.model.gs1.Gtin;
import dev.pharmatrace.epcis.model.gs1.IdentifierForm;
import dev.pharmatrace.epcis.model.gs1.Identifiers;
import dev.pharmatrace.epcis.model.gs1.InvalidIdentifierException;
import dev.pharmatrace.epcis.model.serial.SerialNumberGenerator;
import java.io.PrintStream;
import java.util.List;
import java.util.Random;

/**
 * What a packaging line and a receiving dock do with GS1 identifiers: read a scanned DataMatrix, turn it into the
 * EPC URI and Digital Link that EPCIS events carry, reject a mistyped code with the rule it breaks, and issue
 * unpredictable serial numbers for commissioning.
 */
public final class IdentifiersExample {
  private IdentifiersExample() {}

  /** What a scanner delivers for a pack: symbology identifier, GTIN, expiry, lot, FNC1 (ASCII 29), serial. */
  static final String SCANNED = "]d2010036123456789017260228" + "10LOT2403A" + (char) 29 + "21100001";

  /** Runs the example and prints what happened. */
  public static void run(PrintStream out) {
    // the company prefix length is needed to write an EPC URI; a real system loads GS1's prefix table
    CompanyPrefixProvider prefixes = CompanyPrefixTable.builder().addCompanyPrefix("0361234").build();

    ElementString scanned = ElementString.parse(SCANNED);
    out.println("scanned:      " + scanned.toHumanReadable());
    Gs1Identifier pack = scanned.toGs1Identifier();
    out.println("Digital Link: " + pack.toDigitalLink().toUri());
    // an EPCIS event names the pack by its instance identifier, GTIN + serial (the SGTIN); lot and expiry go to ILMD
    Gtin gtin = Gtin.of(pack.value("01").orElseThrow());
    out.println("EPC URI:      " + gtin.withSerial(pack.value("21").orElseThrow()).toEpcUri(prefixes));
    out.println("lot, expiry:  " + pack.value("10").orElseThrow() + ", " + pack.value("17").orElseThrow());
    String urn = "urn:epc:id:sscc:0361234.0000000001";
    out.println("pallet:       " + urn + " = " + Identifiers.convert(urn, IdentifierForm.ELEMENT_STRING));

    for (String typo : List.of("(01)00361234567896(21)100001", "urn:epc:id:sgtin:0361234.056789.10 01")) {
      try {
        Identifiers.parse(typo);
      } catch (InvalidIdentifierException e) {
        out.println("rejected:     " + typo + " -> " + e.getMessage());
      }
    }

    SerialNumberGenerator serials = SerialNumberGenerator.builder()
        .length(12).plannedVolume(1_000_000).random(new Random(42)).build();
    out.println("serials:      " + serials.next(gtin, 3) + String.format(
        " (guess probability at 1,000,000 issued: %.1e)", serials.guessProbability()));
  }

  /** Runs the example. */
  public static void main(String[] args) {
    run(System.out);
  }
}
