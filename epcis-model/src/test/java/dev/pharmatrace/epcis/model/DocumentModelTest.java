package dev.pharmatrace.epcis.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pharmatrace.epcis.model.sbdh.ContactInformation;
import dev.pharmatrace.epcis.model.sbdh.DocumentIdentification;
import dev.pharmatrace.epcis.model.sbdh.Manifest;
import dev.pharmatrace.epcis.model.sbdh.ManifestItem;
import dev.pharmatrace.epcis.model.sbdh.Partner;
import dev.pharmatrace.epcis.model.sbdh.PartnerIdentification;
import dev.pharmatrace.epcis.model.sbdh.Scope;
import dev.pharmatrace.epcis.model.sbdh.StandardBusinessDocumentHeader;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentModelTest {
  static final String GS1USHC = "http://epcis.gs1us.org/hc/ns";
  static final String MDA = "urn:epcglobal:cbv:mda#";

  static StandardBusinessDocumentHeader sbdh() {
    return StandardBusinessDocumentHeader.builder()
        .addSender(new Partner(new PartnerIdentification("urn:epc:id:sgln:030001.111124.0", "SGLN"),
            List.of(new ContactInformation("Shipping Desk", "ship@example.com", null, "+1 555 0100", "Sender"))))
        .addReceiver(Partner.of("urn:epc:id:sgln:039999.999929.0", "SGLN"))
        .documentIdentification(new DocumentIdentification(
            "EPCglobal", "1.0", "1100220001", "Events", null, "2024-03-01T10:00:00"))
        .manifest(new Manifest("1", List.of(new ManifestItem("application/xml", "urn:uuid:1", "events", "en"))))
        .addScope(new Scope("EPCISEvents", "1", null, List.of(Extension.text(
            QualifiedName.of(StandardBusinessDocumentHeader.NAMESPACE, "BusinessServiceName"), "DSCSA"))))
        .build();
  }

  static MasterData masterData() {
    return MasterData.of(List.of(
        Vocabulary.of(Vocabulary.EPC_CLASS, List.of(VocabularyElement.builder("urn:epc:idpat:sgtin:030001.0012345.*")
            .attribute(MDA + "additionalTradeItemIdentification", "0001-0123-45")
            .attribute(MDA + "additionalTradeItemIdentificationTypeCode", "US_FDA_NDC")
            .attribute(MDA + "regulatedProductName", "Drug X 10 mg tablets")
            .build())),
        Vocabulary.of(Vocabulary.LOCATION, List.of(VocabularyElement.builder("urn:epc:id:sgln:030001.111124.0")
            .attribute(MDA + "name", "Manufacturer Inc.")
            .attribute(new MasterDataAttribute(MDA + "address", null, null, List.of(
                Extension.text(QualifiedName.of("urn:example:addr", "city"), "Springfield")), List.of()))
            .child("urn:epc:id:sgln:030001.111124.1")
            .build()))));
  }

  static Extension transactionStatement() {
    return Extension.element(QualifiedName.of(GS1USHC, "dscsaTransactionStatement", "gs1ushc"),
        Extension.typed(QualifiedName.of(GS1USHC, "affirmTransactionStatement"), "true", Extension.XSD_BOOLEAN),
        Extension.text(QualifiedName.of(GS1USHC, "legalNotice"), "Seller has complied with ..."));
  }

  static EpcisDocument document() {
    return EpcisDocument.builder()
        .schemaVersion("1.2")
        .creationDate(OffsetDateTime.parse("2024-03-01T10:00:00-05:00"))
        .namespace("gs1ushc", GS1USHC)
        .namespace("cbvmda", "urn:epcglobal:cbv:mda")
        .header(new EpcisHeader(sbdh(), masterData(),
            List.of(Extension.text(QualifiedName.of(GS1USHC, "guidelineVersion"), "GS1 US DSCSA R1.3"),
                transactionStatement()),
            List.of()))
        .addEvents(Fixtures.allFullEvents())
        .build();
  }

  @Test
  void documentKeepsHeaderSbdhMasterDataAndHeaderExtensions() {
    EpcisDocument doc = document();
    assertThat(doc.type()).isEqualTo(DocumentType.EPCIS_DOCUMENT);
    assertThat(doc.schemaVersion()).isEqualTo("1.2");
    assertThat(doc.events()).hasSize(5);
    assertThat(doc.namespaces()).containsExactly(
        Map.entry("gs1ushc", GS1USHC), Map.entry("cbvmda", "urn:epcglobal:cbv:mda"));
    StandardBusinessDocumentHeader sbdh = doc.headerValue().flatMap(EpcisHeader::sbdhValue).orElseThrow();
    assertThat(sbdh.headerVersion()).isEqualTo("1.0");
    assertThat(sbdh.sender().orElseThrow().identifier().value()).isEqualTo("urn:epc:id:sgln:030001.111124.0");
    assertThat(sbdh.sender().orElseThrow().identifier().authorityValue()).contains("SGLN");
    assertThat(sbdh.sender().orElseThrow().contactInformation().get(0).emailAddress()).isEqualTo("ship@example.com");
    assertThat(sbdh.receiver().orElseThrow().contactInformation()).isEmpty();
    assertThat(sbdh.documentIdentification().creationDateAndTime()).isEqualTo("2024-03-01T10:00:00");
    assertThat(sbdh.manifest().items()).hasSize(1);
    assertThat(sbdh.businessScope().get(0).scopeInformation()).hasSize(1);
    MasterData md = doc.header().masterData();
    assertThat(md.element(Vocabulary.EPC_CLASS, "urn:epc:idpat:sgtin:030001.0012345.*").orElseThrow()
        .attribute(MDA + "additionalTradeItemIdentification")).contains("0001-0123-45");
    VocabularyElement location = md.element(Vocabulary.LOCATION, "urn:epc:id:sgln:030001.111124.0").orElseThrow();
    assertThat(location.children()).containsExactly("urn:epc:id:sgln:030001.111124.1");
    assertThat(location.attributes().get(1).children()).hasSize(1);
    assertThat(md.element(Vocabulary.LOCATION, "urn:epc:id:sgln:0.0.0")).isEmpty();
    Extension statement = doc.header().extensions().get(1);
    assertThat(statement.child(QualifiedName.of(GS1USHC, "affirmTransactionStatement")).orElseThrow().isBoolean())
        .isTrue();
  }

  @Test
  void documentEqualityCoversHeaderAndEvents() {
    assertThat(document()).isEqualTo(document()).hasSameHashCodeAs(document());
    assertThat(document().toBuilder().build()).isEqualTo(document());
    assertThat(document().withoutEvents()).isNotEqualTo(document());
    assertThat(document().withoutEvents().events()).isEmpty();
    assertThat(document().withoutEvents().header()).isEqualTo(document().header());
    EpcisDocument otherStatement = document().toBuilder().header(new EpcisHeader(sbdh(), masterData(),
        List.of(transactionStatement()), List.of())).build();
    assertThat(otherStatement).isNotEqualTo(document());
    EpcisDocument otherReceiver = document().toBuilder().header(EpcisHeader.of(sbdh().toBuilder()
        .addReceiver(Partner.of("urn:epc:id:sgln:039999.999929.1", "SGLN")).build(), masterData())).build();
    assertThat(otherReceiver).isNotEqualTo(document());
  }

  @Test
  void namespaceOrderIsKeptAndTheMapIsImmutable() {
    Map<String, String> ns = new LinkedHashMap<>();
    ns.put("z", "urn:z:");
    ns.put("a", "urn:a:");
    EpcisDocument doc = new EpcisDocument(DocumentType.EPCIS_DOCUMENT, "2.0", null, null, ns, null, null, null,
        null, null, null, null, null);
    ns.put("b", "urn:b:");
    assertThat(doc.namespaces().keySet()).containsExactly("z", "a");
    assertThatThrownBy(() -> doc.namespaces().put("c", "urn:c:")).isInstanceOf(UnsupportedOperationException.class);
    assertThat(doc.creationDateValue()).isEmpty();
  }

  @Test
  void queryAndMasterDataDocuments() {
    EpcisDocument query = EpcisDocument.builder().type(DocumentType.EPCIS_QUERY_DOCUMENT)
        .queryResults(new QueryResults("SimpleEventQuery", "sub-1"))
        .addEvent(Fixtures.fullObjectEvent()).build();
    assertThat(query.queryResults().subscriptionIdValue()).contains("sub-1");
    assertThatThrownBy(() -> EpcisDocument.builder().queryResults(new QueryResults("SimpleEventQuery", null)).build())
        .hasMessageContaining("EPCISQueryDocument");
    EpcisDocument masterDataDocument = EpcisDocument.builder().type(DocumentType.EPCIS_MASTER_DATA_DOCUMENT)
        .masterData(masterData()).build();
    assertThat(masterDataDocument.masterData().vocabularies()).hasSize(2);
    assertThat(DocumentType.EPCIS_MASTER_DATA_DOCUMENT.localName()).isEqualTo("EPCISMasterDataDocument");
  }

  @Test
  void extensionsAreOrderedTreesWithTypedValues() {
    Extension ext = Fixtures.userExtension();
    assertThat(ext.name()).isEqualTo(QualifiedName.of(Fixtures.EX, "shipmentInfo"));
    assertThat(ext.name().prefixHint()).contains("ex");
    assertThat(ext.attribute(QualifiedName.local("version"))).contains("3");
    assertThat(ext.children()).extracting(c -> c.name().localName()).containsExactly("temperatureMax", "carrier");
    assertThat(ext.children().get(0).isNumber()).isTrue();
    assertThat(ext.children().get(1).isNumber()).isFalse();
    assertThat(ext.textValue()).isEmpty();
    assertThat(ext.toBuilder().build()).isEqualTo(ext);
    // order of children is significant
    Extension swapped = Extension.element(ext.name(), ext.children().get(1), ext.children().get(0));
    assertThat(swapped.toBuilder().attribute(QualifiedName.local("version"), "3").build()).isNotEqualTo(ext);
    // a typed value differs from the same text untyped
    assertThat(Extension.typed(ext.name(), "8", Extension.XSD_INTEGER)).isNotEqualTo(Extension.text(ext.name(), "8"));
    assertThatThrownBy(() -> new Extension(ext.name(), null, null, Extension.XSD_INTEGER, null))
        .hasMessageContaining("datatype needs a text");
  }

  @Test
  void qualifiedNamesCompareByNamespaceAndLocalNameOnly() {
    QualifiedName a = QualifiedName.of("http://ns.example.com/epcis/", "temp", "ex");
    QualifiedName b = QualifiedName.of("http://ns.example.com/epcis/", "temp", "other");
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(QualifiedName.of("http://ns.example.com/epcis", "temp"));
    assertThat(a.expandedIri()).isEqualTo("http://ns.example.com/epcis/temp");
    assertThat(a.toString()).isEqualTo("{http://ns.example.com/epcis/}temp");
    assertThat(QualifiedName.local("x").toString()).isEqualTo("x");
    assertThat(QualifiedName.of("urn:x", "y", "").prefixHint()).isEmpty();
    assertThatThrownBy(() -> QualifiedName.of("urn:x", "")).hasMessageContaining("localName");
  }
}
