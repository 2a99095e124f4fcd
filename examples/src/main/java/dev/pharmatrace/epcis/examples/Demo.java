package dev.pharmatrace.epcis.examples;

/** The README's main job until the {@code epcis demo} command exists: runs the examples in order. */
public final class Demo {
  private Demo() {}

  /** Runs every example. */
  public static void main(String[] args) throws java.io.IOException {
    System.out.println("== 1. A DSCSA shipment in the EPCIS model");
    DscsaShipmentExample.main(args);
    System.out.println();
    System.out.println("== 2. GS1 identifiers: scanned DataMatrix, EPC URI, Digital Link, serial numbers");
    IdentifiersExample.main(args);
    System.out.println();
    System.out.println("== 3. EPCIS XML: write 1.2, validate, stream into 2.0");
    XmlExample.main(args);
    System.out.println();
    System.out.println("== 4. The T3 builder: a shipment description becomes a complete DSCSA document");
    T3BuilderExample.main(args);
    System.out.println();
    System.out.println("== 5. Event hash ID: the same event from 1.2 XML and JSON-LD, duplicates and tampering caught");
    EventHashExample.main(args);
    System.out.println();
    System.out.println("== 6. Business rules: the DSCSA profile, a packing defect, a partner profile");
    ValidationExample.main(args);
    System.out.println();
    System.out.println("== 7. Input limits: hostile input fails fast, a partner's deeper documents get raised limits");
    InputLimitsExample.main(args);
  }
}
