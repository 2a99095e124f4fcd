package dev.pharmatrace.epcis.model.hash;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pharmatrace.epcis.model.Action;
import dev.pharmatrace.epcis.model.AggregationEvent;
import dev.pharmatrace.epcis.model.BizTransaction;
import dev.pharmatrace.epcis.model.EpcisEvent;
import dev.pharmatrace.epcis.model.ErrorDeclaration;
import dev.pharmatrace.epcis.model.Extension;
import dev.pharmatrace.epcis.model.ObjectEvent;
import dev.pharmatrace.epcis.model.QualifiedName;
import dev.pharmatrace.epcis.model.QuantityElement;
import dev.pharmatrace.epcis.model.ReadPoint;
import dev.pharmatrace.epcis.model.SourceDest;
import dev.pharmatrace.epcis.model.TransactionEvent;
import dev.pharmatrace.epcis.model.cbv.BizStep;
import dev.pharmatrace.epcis.model.cbv.BizTransactionType;
import dev.pharmatrace.epcis.model.cbv.Disposition;
import dev.pharmatrace.epcis.model.cbv.ErrorReason;
import dev.pharmatrace.epcis.model.cbv.SourceDestType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventHashGeneratorTest {
  static final EventHashGenerator HASHES = EventHashGenerator.create();
  static final String EX = "https://ns.example.com/epcis/";

  static ObjectEvent.Builder shipping() {
    return ObjectEvent.builder()
        .eventTime(OffsetDateTime.parse("2024-03-01T10:15:30.123-05:00"))
        .eventTimeZoneOffset(ZoneOffset.ofHours(-5))
        .action(Action.OBSERVE)
        .bizStep(BizStep.of("urn:epcglobal:cbv:bizstep:shipping"))
        .disposition(Disposition.of("in_transit"))
        .addEpcs("urn:epc:id:sgtin:0614141.107346.2018", "urn:epc:id:sgtin:0614141.107346.2017")
        .readPoint("urn:epc:id:sgln:0614141.07346.1234");
  }

  @Test
  void preHashStringFollowsTheCanonicalOrderAndForms() throws Exception {
    // written by hand from the CBV 2.0 rules: UTC time, sorted EPCs as canonical Digital Links (GTIN-14 with
    // the indicator digit moved to the front and the check digit computed), Web URIs for CBV values
    String expected = "eventType=ObjectEvent"
        + "eventTime=2024-03-01T15:15:30.123Z"
        + "eventTimeZoneOffset=-05:00"
        + "epcListepc=https://id.gs1.org/01/10614141073464/21/2017epc=https://id.gs1.org/01/10614141073464/21/2018"
        + "action=OBSERVE"
        + "bizStep=https://ref.gs1.org/cbv/BizStep-shipping"
        + "disposition=https://ref.gs1.org/cbv/Disp-in_transit"
        + "readPointid=https://id.gs1.org/414/0614141073467/254/1234";
    ObjectEvent event = shipping().build();
    assertThat(HASHES.preHashString(event)).isEqualTo(expected);
    String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
        .digest(expected.getBytes(StandardCharsets.UTF_8)));
    assertThat(HASHES.hashId(event)).isEqualTo("ni:///sha-256;" + digest + "?ver=CBV2.0");
  }

  @Test
  void recordTimeEventIdAndErrorDeclarationAreNotHashedButTheTimeZoneOffsetIs() {
    String base = HASHES.hashId(shipping().build());
    assertThat(HASHES.hashId(shipping().recordTime(OffsetDateTime.parse("2024-03-02T00:00:00Z"))
        .eventId("urn:uuid:8ea5f2d6-7a1c-4c11-9d6f-0d8e0a1c2b3d")
        .errorDeclaration(ErrorDeclaration.of(OffsetDateTime.parse("2024-03-03T00:00:00Z"),
            ErrorReason.INCORRECT_DATA)).build())).isEqualTo(base);
    assertThat(HASHES.hashId(shipping().eventTimeZoneOffset(ZoneOffset.ofHours(-4)).build())).isNotEqualTo(base);
    // the same instant written with another offset is the same event time
    assertThat(HASHES.hashId(shipping().eventTime(OffsetDateTime.parse("2024-03-01T15:15:30.123Z")).build()))
        .isEqualTo(base);
  }

  @Test
  void timestampsAreUtcMillisecondsRoundedHalfUp() {
    assertThat(time("2023-01-18T11:04:03.1415Z")).contains("eventTime=2023-01-18T11:04:03.142Z");
    assertThat(time("2023-01-18T11:04:03.14149Z")).contains("eventTime=2023-01-18T11:04:03.141Z");
    assertThat(time("2023-01-18T11:04:03+01:00")).contains("eventTime=2023-01-18T10:04:03.000Z");
    assertThat(time("2023-12-31T23:59:59.9996Z")).contains("eventTime=2024-01-01T00:00:00.000Z");
    assertThat(pre(shipping().eventTimeZoneOffset(ZoneOffset.UTC).build())).contains("eventTimeZoneOffset=+00:00");
  }

  private static String time(String t) {
    return pre(shipping().eventTime(OffsetDateTime.parse(t)).build());
  }

  @Test
  void cbvValuesAndIdentifiersHashAlikeInEverySpelling() {
    String base = HASHES.hashId(shipping().build());
    EpcisEvent other = shipping()
        .bizStep(BizStep.of("https://ref.gs1.org/cbv/BizStep-shipping"))
        .disposition(Disposition.of("urn:epcglobal:cbv:disp:in_transit"))
        // Digital Links on another domain, with a lot (coarser than the serial) and a query string
        .epcList(List.of("https://example.com/01/10614141073464/10/LOT9/21/2017?17=261231",
            "https://id.gs1.org/01/10614141073464/21/2018"))
        .readPoint("https://id.gs1.org/414/0614141073467/254/1234")
        .build();
    assertThat(HASHES.hashId(other)).isEqualTo(base);
  }

  @Test
  void listsAreSortedSoTheirOrderDoesNotMatter() {
    BizTransaction po = BizTransaction.of(BizTransactionType.PO, "urn:epcglobal:cbv:bt:0614141000005:PO-1");
    BizTransaction desadv = BizTransaction.of(BizTransactionType.DESADV, "urn:epcglobal:cbv:bt:0614141000005:A-1");
    EpcisEvent a = shipping().addBizTransaction(po).addBizTransaction(desadv).build();
    EpcisEvent b = shipping().addBizTransaction(desadv).addBizTransaction(po)
        .epcList(List.of("urn:epc:id:sgtin:0614141.107346.2017", "urn:epc:id:sgtin:0614141.107346.2018")).build();
    assertThat(HASHES.hashId(a)).isEqualTo(HASHES.hashId(b));
    // a type goes before its value, and the pair sorts as one member
    assertThat(pre(a)).contains("bizTransactionList"
        + "type=https://ref.gs1.org/cbv/BTT-desadvbizTransaction=urn:epcglobal:cbv:bt:0614141000005:A-1"
        + "type=https://ref.gs1.org/cbv/BTT-pobizTransaction=urn:epcglobal:cbv:bt:0614141000005:PO-1");
    EpcisEvent sourced = shipping().addSource(SourceDest.of(SourceDestType.OWNING_PARTY,
        "urn:epc:id:pgln:0614141.00000")).build();
    assertThat(pre(sourced)).contains(
        "sourceListtype=https://ref.gs1.org/cbv/SDT-owning_partysource=https://id.gs1.org/417/0614141000005");
  }

  @Test
  void numbersLoseTrailingZerosAndExponents() {
    String lgtin = "urn:epc:class:lgtin:4012345.012345.998877";
    String one = pre(shipping().addQuantity(QuantityElement.of(lgtin, new BigDecimal("1.0"), null)).build());
    assertThat(one).contains("quantityListquantityElement"
        + "epcClass=https://id.gs1.org/01/04012345123456/10/998877quantity=1");
    assertThat(pre(shipping().addQuantity(QuantityElement.of(lgtin, new BigDecimal("0.34340"), "KGM")).build()))
        .contains("quantity=0.3434uom=KGM");
    assertThat(pre(shipping().addQuantity(QuantityElement.of(lgtin, new BigDecimal("1E+3"), "KGM")).build()))
        .contains("quantity=1000uom=KGM");
    // a hostile exponent stays bounded (scientific form) instead of expanding to a billion digits
    assertThat(pre(shipping().addQuantity(QuantityElement.of(lgtin, new BigDecimal("1E+999999999"), null))
        .build())).contains("quantity=1E+999999999");
  }

  @Test
  void extensionsAreNamespacedSortedAndTypedValuesCanonical() {
    QualifiedName field = QualifiedName.of(EX, "myField", "ex");
    Extension xmlForm = Extension.builder(field)
        .child(Extension.text(QualifiedName.of(EX, "b", "ex"), "0.50"))
        .child(Extension.typed(QualifiedName.of(EX, "a", "other"), "20", Extension.XSD_DOUBLE))
        .build();
    // the JSON-LD form: another prefix, other member order, numbers as JSON numbers
    Extension jsonForm = Extension.builder(QualifiedName.of(EX, "myField", "p"))
        .child(Extension.typed(QualifiedName.of(EX, "a"), "20.0", Extension.XSD_DECIMAL))
        .child(Extension.typed(QualifiedName.of(EX, "b"), "0.5", Extension.XSD_DECIMAL))
        .build();
    Extension lot = Extension.text(QualifiedName.of("urn:epcglobal:cbv:mda", "lotNumber"), "LOT1");
    Extension lotJson = Extension.text(QualifiedName.of("urn:epcglobal:cbv:mda:", "lotNumber"), "LOT1");
    EpcisEvent a = shipping().addExtension(xmlForm).addIlmd(lot).build();
    EpcisEvent b = shipping().addExtension(jsonForm).addIlmd(lotJson).build();
    assertThat(HASHES.hashId(a)).isEqualTo(HASHES.hashId(b));
    assertThat(pre(a)).endsWith("ilmd{urn:epcglobal:cbv:mda}lotNumber=LOT1"
        + "{https://ns.example.com/epcis/}myField{https://ns.example.com/epcis/}a=20{https://ns.example.com/epcis/}b=0.5");
    // an identifier with leading zeros is not a JSON number: kept as written
    assertThat(pre(shipping().addExtension(Extension.text(QualifiedName.of(EX, "gln"), "0614141000005")).build()))
        .endsWith("{https://ns.example.com/epcis/}gln=0614141000005");
  }

  @Test
  void emptyExtensionsContributeNothingAndAttributesSortWithChildren() {
    String base = HASHES.hashId(shipping().build());
    Extension empty = Extension.element(QualifiedName.of(EX, "note"), List.of());
    Extension blank = Extension.text(QualifiedName.of(EX, "note"), "  ");
    assertThat(HASHES.hashId(shipping().addExtension(empty).addExtension(blank).build())).isEqualTo(base);
    Extension withAttribute = Extension.builder(QualifiedName.of(EX, "box"))
        .attribute(QualifiedName.local("size"), "2.50")
        .child(Extension.text(QualifiedName.of(EX, "a"), "x"))
        .build();
    assertThat(pre(shipping().addExtension(withAttribute).build()))
        .endsWith("{https://ns.example.com/epcis/}boxsize=2.5{https://ns.example.com/epcis/}a=x"); // s < {
  }

  @Test
  void extensionsOfReadPointFollowItsId() {
    Extension ext = Extension.text(QualifiedName.of(EX, "dock"), " 7 ");
    String p = pre(shipping().readPoint(new ReadPoint("urn:epc:id:sgln:0614141.07346.1234", List.of(ext))).build());
    assertThat(p).endsWith("readPointid=https://id.gs1.org/414/0614141073467/254/1234{https://ns.example.com/epcis/}dock=7");
  }

  @Test
  void everyEventTypeHasItsFields() {
    AggregationEvent packing = AggregationEvent.builder()
        .eventTime(OffsetDateTime.parse("2024-03-01T10:00:00Z")).eventTimeZoneOffset(ZoneOffset.UTC)
        .action(Action.ADD).parentId("urn:epc:id:sscc:0614141.1234567890")
        .addChildEpcs("urn:epc:id:sgtin:0614141.107346.2017").build();
    assertThat(pre(packing)).isEqualTo("eventType=AggregationEvent"
        + "eventTime=2024-03-01T10:00:00.000ZeventTimeZoneOffset=+00:00"
        + "parentID=https://id.gs1.org/00/106141412345678908"
        + "childEPCsepc=https://id.gs1.org/01/10614141073464/21/2017action=ADD");
    TransactionEvent tx = TransactionEvent.builder()
        .eventTime(OffsetDateTime.parse("2024-03-01T10:00:00Z")).eventTimeZoneOffset(ZoneOffset.UTC)
        .action(Action.ADD).parentId("urn:epc:id:sscc:0614141.1234567890")
        .addEpcs("urn:epc:id:sgtin:0614141.107346.2017")
        .addBizTransaction(BizTransaction.of(BizTransactionType.PO, "urn:epcglobal:cbv:bt:0614141000005:PO-1"))
        .build();
    // epcList before parentID, as the CBV table orders them
    assertThat(pre(tx)).contains("epcListepc=https://id.gs1.org/01/10614141073464/21/2017"
        + "parentID=https://id.gs1.org/00/106141412345678908action=ADD");
  }

  @Test
  void sortingIsByCodePointNotUtf16Unit() {
    // U+FFFD sorts before U+1F600 by code point (and UTF-8 bytes); String.compareTo would say the opposite
    EpcisEvent e = shipping().epcList(List.of("urn:x:\uD83D\uDE00", "urn:x:\uFFFD")).build();
    assertThat(pre(e)).contains("epcListepc=urn:x:\uFFFDepc=urn:x:\uD83D\uDE00");
  }

  @Test
  void otherAlgorithmsNameThemselvesInTheHashId() {
    ObjectEvent e = shipping().build();
    String sha384 = EventHashGenerator.builder().algorithm(HashAlgorithm.SHA_384).build().hashId(e);
    assertThat(sha384).matches("ni:///sha-384;[0-9a-f]{96}\\?ver=CBV2\\.0");
    String truncated = EventHashGenerator.builder().algorithm(HashAlgorithm.SHA_256_128).build().hashId(e);
    String full = HASHES.hashId(e);
    assertThat(truncated).isEqualTo("ni:///sha-256-128;" + full.substring(14, 14 + 32) + "?ver=CBV2.0");
    assertThat(HashAlgorithm.fromNiName("SHA3-256")).contains(HashAlgorithm.SHA3_256);
    assertThat(HashAlgorithm.fromNiName("md5")).isEmpty();
  }

  @Test
  void missingEventIdsAreFilledAndPresentOnesKept() {
    ObjectEvent e = shipping().build();
    assertThat(HASHES.withMissingEventId(e).eventId()).contains(HASHES.hashId(e));
    EpcisEvent declared = shipping().eventId("urn:uuid:1").build();
    assertThat(HASHES.withMissingEventId(declared)).isSameAs(declared);
  }

  @Test
  void hashIdsParse() {
    assertThat(EventHashId.parse("ni:///SHA-256;ABCdef01?ver=CBV2.0"))
        .contains(new EventHashId("sha-256", "abcdef01", "CBV2.0"));
    assertThat(EventHashId.parse("ni:///sha-256;abc")).contains(new EventHashId("sha-256", "abc", ""));
    assertThat(EventHashId.parse("ni:///sha-256;xyz?ver=CBV2.0")).isEmpty();
    assertThat(EventHashId.parse("urn:uuid:1")).isEmpty();
  }

  static String pre(EpcisEvent e) {
    return HASHES.preHashString(e);
  }
}
