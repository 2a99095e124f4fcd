package dev.pharmatrace.epcis.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pharmatrace.epcis.model.EpcisDocument;
import dev.pharmatrace.epcis.model.EpcisEvent;
import dev.pharmatrace.epcis.model.EpcisHeader;
import dev.pharmatrace.epcis.model.Extension;
import dev.pharmatrace.epcis.model.MasterData;
import dev.pharmatrace.epcis.model.ObjectEvent;
import dev.pharmatrace.epcis.model.QualifiedName;
import dev.pharmatrace.epcis.model.Vocabulary;
import dev.pharmatrace.epcis.model.report.Finding;
import dev.pharmatrace.epcis.model.report.Severity;
import dev.pharmatrace.epcis.xml.EpcisXmlReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GS1 US R1.1 forms are accepted with DSCSA-LEGACY warnings, never errors. */
class LegacyFormsTest {
  static final String GS1USHC = "http://epcis.gs1us.org/hc/ns";

  static Extension text(String local, String value) {
    return Extension.text(QualifiedName.of(GS1USHC, local, "gs1ushc"), value);
  }

  static Extension company(String id, String name, String street, String city, String state, String zip) {
    return Extension.element(QualifiedName.of(GS1USHC, "companyMasterDataRecord", "gs1ushc"),
        text("identifier", id), text("companyName", name), text("street1", street), text("city", city),
        text("stateOrRegion", state), text("postalCode", zip), text("country", "US"));
  }

  /** The valid shipment with its Location vocabulary moved into R1.1 companyMasterData of the shipping event. */
  static EpcisDocument legacy(boolean complete) {
    EpcisDocument doc = EpcisXmlReader.create().read(Fixtures.path("valid-dscsa.xml"));
    List<Vocabulary> products = doc.header().masterData().vocabularies().stream()
        .filter(v -> v.type().equals(Vocabulary.EPC_CLASS)).toList();
    EpcisHeader header = new EpcisHeader(doc.header().sbdh(), MasterData.of(products), doc.header().extensions(),
        List.of());
    List<EpcisEvent> events = new ArrayList<>(doc.events());
    ObjectEvent shipping = (ObjectEvent) events.get(events.size() - 1);
    Extension companies = Extension.element(QualifiedName.of(GS1USHC, "companyMasterData", "gs1ushc"),
        company("urn:epc:id:sgln:0361234.00000.0", "Example Pharma Inc.", "1 Main Street", "Princeton", "NJ", "08540"),
        company("urn:epc:id:sgln:0361234.00001.0", "Example Pharma Plant 1", "100 Industrial Way", "Princeton",
            "NJ", "08540"),
        company("urn:epc:id:sgln:0398765.00000.0", "Example Wholesale LLC", "5 Market Street", "Columbus", "OH",
            "43004"),
        complete ? company("urn:epc:id:sgln:0398765.00002.0", "Example Wholesale DC East", "77 Logistics Drive",
            "Columbus", "OH", "43004")
            : company("urn:epc:id:sgln:0398765.00002.0", "Example Wholesale DC East", "", "Columbus", "OH", "43004"));
    events.set(events.size() - 1, shipping.toBuilder().addExtension(companies).build());
    return doc.toBuilder().schemaVersion("1.1").header(header).build().withEvents(events);
  }

  @Test
  void companyMasterDataStandsInForLocationsWithWarnings() {
    ValidationResult r = Validator.of(Profile.dscsa()).validate(legacy(true), "legacy.xml");
    assertThat(r.findings()).extracting(Finding::ruleId).containsOnly("DSCSA-LEGACY").hasSize(2);
    assertThat(r.findings()).extracting(Finding::severity).containsOnly(Severity.WARNING);
    assertThat(r.findings()).extracting(Finding::message).anyMatch(m -> m.contains("schemaVersion 1.1"))
        .anyMatch(m -> m.contains("companyMasterData"));
    assertThat(r.valid()).isTrue();
  }

  @Test
  void anIncompleteLegacyAddressIsStillAnError() {
    ValidationResult r = Validator.of(Profile.dscsa()).validate(legacy(false), "legacy.xml");
    assertThat(r.findings()).filteredOn(Finding::isError).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("DSCSA-LOCATION-MD");
      assertThat(f.message()).contains("urn:epc:id:sgln:0398765.00002.0", "street1");
    });
  }
}
