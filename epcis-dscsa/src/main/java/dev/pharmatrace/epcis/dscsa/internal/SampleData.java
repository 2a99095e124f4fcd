package dev.pharmatrace.epcis.dscsa.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Fictional companies and drugs and real US cities for generated shipments. */
public final class SampleData {
  private SampleData() {}

  /** A US city with a postal code and its IANA time zone. */
  public record Site(String city, String state, String postalCode, String zone) {}

  /** A fictional drug with a realistic dosage form (FDA SPL terms), strength and container size. */
  public record Drug(String name, String dosageForm, String strength, String netContent) {}

  /** Real US cities where pharma plants and distribution centers are. */
  public static final List<Site> SITES = List.of(
      new Site("Princeton", "NJ", "08540", "America/New_York"),
      new Site("Raleigh", "NC", "27616", "America/New_York"),
      new Site("Columbus", "OH", "43217", "America/New_York"),
      new Site("Louisville", "KY", "40218", "America/New_York"),
      new Site("Memphis", "TN", "38118", "America/Chicago"),
      new Site("Indianapolis", "IN", "46241", "America/Indiana/Indianapolis"),
      new Site("Dallas", "TX", "75261", "America/Chicago"),
      new Site("Chicago", "IL", "60607", "America/Chicago"),
      new Site("Denver", "CO", "80239", "America/Denver"),
      new Site("Phoenix", "AZ", "85043", "America/Phoenix"),
      new Site("Reno", "NV", "89502", "America/Los_Angeles"),
      new Site("Ontario", "CA", "91761", "America/Los_Angeles"));

  /** Fictional manufacturers. */
  public static final List<String> MANUFACTURERS = List.of(
      "Aldenbrook Pharmaceuticals Inc.", "Kestrel Therapeutics LLC", "Harbor Ridge Laboratories Inc.",
      "Meridian Biopharma Corp.", "Northgate Generics Inc.", "Silverline Pharma USA Inc.");

  /** Fictional wholesale distributors. */
  public static final List<String> WHOLESALERS = List.of(
      "Continental Drug Distributors LLC", "Bluegrass Medical Supply Co.", "Summit Health Wholesale Inc.",
      "Prairie Pharmacy Distribution LLC", "Coastal Rx Logistics Inc.");

  /** Street names. */
  public static final List<String> STREETS = List.of(
      "Commerce Drive", "Industrial Parkway", "Distribution Way", "Research Boulevard", "Logistics Court",
      "Corporate Center Drive", "Enterprise Avenue");

  /** Fictional drugs. */
  public static final List<Drug> DRUGS = List.of(
      new Drug("Examplinol", "TABLET", "10 mg", "30 tablets"),
      new Drug("Cardiovex", "TABLET, FILM COATED", "25 mg", "90 tablets"),
      new Drug("Glucorin XR", "TABLET, EXTENDED RELEASE", "500 mg", "60 tablets"),
      new Drug("Amoxidan", "CAPSULE", "500 mg", "100 capsules"),
      new Drug("Neurolexa", "INJECTION, SOLUTION", "50 mg/mL", "1 vial of 2 mL"),
      new Drug("Respiclar HFA", "AEROSOL, METERED", "90 mcg/actuation", "1 inhaler, 200 actuations"),
      new Drug("Dermacort", "CREAM", "0.1%", "30 g tube"));

  /** {@code n} distinct entries of {@code list}, drawn with {@code random}. */
  public static <T> List<T> pick(Random random, List<T> list, int n) {
    List<T> pool = new ArrayList<>(list);
    List<T> picked = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      picked.add(pool.remove(random.nextInt(pool.size())));
    }
    return picked;
  }
}
