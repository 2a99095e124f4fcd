package dev.pharmatrace.epcis.model.gs1;

import static dev.pharmatrace.epcis.model.gs1.RuleAssert.rejects;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ConversionTest {

    private static final String SGTIN_URN = "urn:epc:id:sgtin:0614141.812345.400";
    private static final String SGTIN_DL = "https://id.gs1.org/01/80614141123458/21/400";
    private static final String SGTIN_AI = "(01)80614141123458(21)400";

    @Test
    void sgtinWorkedExampleInAllDirections() {
        CompanyPrefixProvider seven = CompanyPrefixProvider.fixed(7);
        for (String in : new String[] {SGTIN_URN, SGTIN_DL, SGTIN_AI}) {
            assertThat(Identifiers.convert(in, IdentifierForm.EPC_URI, seven)).isEqualTo(SGTIN_URN);
            assertThat(Identifiers.convert(in, IdentifierForm.DIGITAL_LINK)).isEqualTo(SGTIN_DL);
            assertThat(Identifiers.convert(in, IdentifierForm.ELEMENT_STRING)).isEqualTo(SGTIN_AI);
        }
        assertThat(Identifiers.parse(SGTIN_URN).identifier()).isEqualTo(Identifiers.parse(SGTIN_DL).identifier());
    }

    @Test
    void ssccAndSglnWorkedExamples() {
        CompanyPrefixProvider seven = CompanyPrefixProvider.fixed(7);
        assertThat(Identifiers.convert("urn:epc:id:sscc:0614141.1234567890", IdentifierForm.ELEMENT_STRING))
                .isEqualTo("(00)106141412345678908");
        assertThat(Identifiers.convert("(00)106141412345678908", IdentifierForm.EPC_URI, seven))
                .isEqualTo("urn:epc:id:sscc:0614141.1234567890");
        assertThat(Identifiers.convert("urn:epc:id:sgln:0614141.12345.400", IdentifierForm.ELEMENT_STRING))
                .isEqualTo("(414)0614141123452(254)400");
        assertThat(Identifiers.convert("(414)0614141123452(254)400", IdentifierForm.EPC_URI, seven))
                .isEqualTo("urn:epc:id:sgln:0614141.12345.400");
        assertThat(Identifiers.convert("https://id.gs1.org/414/0614141123452", IdentifierForm.EPC_URI, seven))
                .isEqualTo("urn:epc:id:sgln:0614141.12345.0");
    }

    @Test
    void missingCompanyPrefixLengthIsNeverGuessed() {
        rejects(() -> Identifiers.convert(SGTIN_DL, IdentifierForm.EPC_URI), IdentifierRule.GCP_LENGTH_UNKNOWN,
                "80614141123458", 22);
        rejects(() -> Identifiers.convert(SGTIN_AI, IdentifierForm.EPC_URI, CompanyPrefixProvider.table(
                Map.of("95", 7))), IdentifierRule.GCP_LENGTH_UNKNOWN, "80614141123458", 4);
    }

    @Test
    void companyPrefixLengthMustFitTheKey() {
        // a GIAI of 10 characters cannot have a 12-digit company prefix
        rejects(() -> Identifiers.convert("(8004)4000001111", IdentifierForm.EPC_URI, CompanyPrefixProvider.fixed(12)),
                IdentifierRule.GCP_LENGTH_INVALID, "4000001111", 6);
        rejects(() -> Identifiers.convert(SGTIN_AI, IdentifierForm.EPC_URI, d -> OptionalInt.of(5)),
                IdentifierRule.GCP_LENGTH_INVALID);
        // GIAI whose company prefix would take non-digits
        rejects(() -> Identifiers.convert("(8004)40000ABC", IdentifierForm.EPC_URI, CompanyPrefixProvider.fixed(7)),
                IdentifierRule.GCP_LENGTH_INVALID);
        assertThatThrownBy(() -> CompanyPrefixProvider.fixed(13)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lengthCarriedByTheInputWinsOverTheProvider() {
        Gs1Identifier id = EpcUri.parse("urn:epc:id:sgtin:952001.1012345.22222223333").toGs1Identifier();
        assertThat(id.toEpcUri(CompanyPrefixProvider.fixed(7)).toString())
                .isEqualTo("urn:epc:id:sgtin:952001.1012345.22222223333");
        assertThat(id.withoutCompanyPrefixLength().toEpcUri(CompanyPrefixProvider.fixed(7)).toString())
                .isEqualTo("urn:epc:id:sgtin:9520010.112345.22222223333");
        // equality ignores the hint
        assertThat(id).isEqualTo(id.withoutCompanyPrefixLength()).hasSameHashCodeAs(id.withoutCompanyPrefixLength());
    }

    @Test
    void tableUsesLongestPrefixAndChains() {
        CompanyPrefixTable table = CompanyPrefixTable.builder().add("06", 9).addCompanyPrefix("0614141")
                .add("95", 7).build();
        assertThat(table.companyPrefixLength("061414112345")).hasValue(7);
        assertThat(table.companyPrefixLength("069999912345")).hasValue(9);
        assertThat(table.companyPrefixLength("950600013435")).hasValue(7);
        assertThat(table.companyPrefixLength("400000111")).isEmpty();
        assertThat(table.companyPrefixLength(Gs1KeyType.GTIN, "80614141123458")).hasValue(7);
        assertThat(table.companyPrefixLength(Gs1KeyType.SSCC, "106141412345678908")).hasValue(7);
        assertThat(table.orElse(CompanyPrefixProvider.fixed(8)).companyPrefixLength("400000111")).hasValue(8);
        assertThat(CompanyPrefixProvider.chain(List.of(CompanyPrefixProvider.none(), table))
                .companyPrefixLength("061414112345")).hasValue(7);
        assertThat(CompanyPrefixTable.parse(List.of("# GCP lengths", "0614141 7", "", "95,7", "06;9")))
                .isEqualTo(table);
        assertThatThrownBy(() -> CompanyPrefixTable.parse(List.of("0614141 x"))).hasMessageContaining("line 1");
        assertThatThrownBy(() -> CompanyPrefixTable.of(Map.of("06A", 7))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CompanyPrefixTable.of(Map.of("06", 13))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void typedConvenience() {
        CompanyPrefixProvider seven = CompanyPrefixProvider.fixed(7);
        Sgtin sgtin = Sgtin.fromEpcUri(SGTIN_URN);
        assertThat(sgtin).isEqualTo(Gtin.of("80614141123458").withSerial("400"));
        assertThat(sgtin.toEpcUri(seven).toString()).isEqualTo(SGTIN_URN);
        assertThat(sgtin.toDigitalLink().toUri()).isEqualTo(SGTIN_DL);
        assertThat(sgtin.toElementString().toHumanReadable()).isEqualTo(SGTIN_AI);

        assertThat(Gtin.of("9506000134352").value()).isEqualTo("09506000134352");
        assertThat(Gtin.fromEpcPattern("urn:epc:idpat:sgtin:0614141.112345.*")).isEqualTo(Gtin.of("10614141123459"));
        assertThat(Gtin.of("10614141123459").toEpcPattern(seven).toString())
                .isEqualTo("urn:epc:idpat:sgtin:0614141.112345.*");
        assertThat(Gtin.of("10614141123459").toDigitalLink().toUri()).isEqualTo("https://id.gs1.org/01/10614141123459");

        Sscc sscc = Sscc.fromEpcUri("urn:epc:id:sscc:0614141.1234567890");
        assertThat(sscc.value()).isEqualTo("106141412345678908");
        assertThat(sscc.toEpcUri(seven).toString()).isEqualTo("urn:epc:id:sscc:0614141.1234567890");

        Sgln sgln = Sgln.fromEpcUri("urn:epc:id:sgln:0614141.12345.0");
        assertThat(sgln).isEqualTo(Gln.of("0614141123452").toSgln());
        assertThat(sgln.extensionValue()).isEmpty();
        assertThat(Gln.of("0614141123452").withExtension("400").toEpcUri(seven).toString())
                .isEqualTo("urn:epc:id:sgln:0614141.12345.400");
        rejects(() -> Gln.of("0614141123452").withExtension("0"), IdentifierRule.EPC_NOT_REPRESENTABLE);

        Lgtin lgtin = Lgtin.fromEpcUri("urn:epc:class:lgtin:4012345.012345.998877");
        assertThat(lgtin).isEqualTo(Gtin.of("04012345123456").withLot("998877"));
        assertThat(lgtin.toEpcUri(seven).toString()).isEqualTo("urn:epc:class:lgtin:4012345.012345.998877");

        rejects(() -> Sgtin.fromEpcUri("urn:epc:id:sscc:0614141.1234567890"), IdentifierRule.EPC_UNKNOWN_SCHEME);
        rejects(() -> Gtin.of("9506000134353"), IdentifierRule.GS1_CHECK_DIGIT);
        rejects(() -> Gtin.fromEpcPattern("urn:epc:idpat:sgtin:0614141.*.*"), IdentifierRule.EPC_NOT_REPRESENTABLE);
    }

    // ---------------------------------------------------------------- property tests over random identifiers

    /** One random EPC URI per case, covering every scheme, company prefix lengths 6..12 and escaped serials. */
    static Stream<String> randomEpcUris() {
        Random r = new Random(7_2023L);
        String cset82 = Gs1CharacterSet.CSET_82.characters();
        String cset39 = Gs1CharacterSet.CSET_39.characters();
        EpcScheme[] schemes = EpcScheme.values();
        return IntStream.range(0, 600).mapToObj(i -> {
            EpcScheme s = schemes[i % schemes.length];
            int gcpLen = 6 + r.nextInt(7);
            String gcp = ElementStringTest.digits(r, gcpLen);
            List<String> c = new ArrayList<>();
            c.add(gcp);
            int refDigits = s.partitionDigits() - gcpLen;
            boolean pattern = r.nextInt(5) == 0 && switch (s) {
                case SGTIN, GRAI, GDTI, SGCN, ITIP, CPI -> true;
                default -> false;
            };
            switch (s) {
                case SGTIN, LGTIN, UPUI, ITIP, SSCC, GSIN -> c.add(ElementStringTest.digits(r, refDigits));
                case SGLN, GRAI, GDTI, SGCN, PGLN, GSRN, GSRNP -> c.add(ElementStringTest.digits(r, refDigits));
                case GIAI, GINC -> c.add(ElementStringTest.text(r, cset82, 1 + r.nextInt(30 - gcpLen)));
                case CPI -> c.add(ElementStringTest.text(r, cset39, 1 + r.nextInt(30 - gcpLen)));
                default -> throw new IllegalStateException();
            }
            switch (s) {
                case SGTIN, LGTIN, SGLN -> c.add(ElementStringTest.text(r, cset82, 1 + r.nextInt(20)));
                case UPUI -> c.add(ElementStringTest.text(r, cset82, 1 + r.nextInt(28)));
                case GRAI -> c.add(ElementStringTest.text(r, cset82, 1 + r.nextInt(16)));
                case GDTI -> c.add(ElementStringTest.text(r, cset82, 1 + r.nextInt(17)));
                case SGCN -> c.add(ElementStringTest.digits(r, 1 + r.nextInt(12)));
                case CPI -> c.add(String.valueOf(1 + r.nextInt(999_999)));
                case ITIP -> {
                    int total = 1 + r.nextInt(99);
                    c.add(String.format("%02d", 1 + r.nextInt(total)));
                    c.add(String.format("%02d", total));
                    c.add(ElementStringTest.text(r, cset82, 1 + r.nextInt(20)));
                }
                default -> { }
            }
            if (s == EpcScheme.SGLN && c.get(2).equals("0")) {
                c.set(2, "1");
            }
            if (pattern) {
                c.set(c.size() - 1, "*");
            }
            EpcUriKind kind = pattern ? EpcUriKind.PATTERN : s == EpcScheme.LGTIN ? EpcUriKind.CLASS
                    : EpcUriKind.PURE_IDENTITY;
            return EpcUri.of(kind, s, c).toString();
        });
    }

    @ParameterizedTest
    @MethodSource("randomEpcUris")
    void randomEpcUrisRoundTripThroughAllForms(String urn) {
        EpcUri epc = EpcUri.parse(urn);
        assertThat(epc.toString()).isEqualTo(urn);
        Gs1Identifier id = epc.toGs1Identifier();
        CompanyPrefixProvider provider = CompanyPrefixProvider.fixed(epc.companyPrefix().length());

        String dl = id.toDigitalLink().toUri();
        Gs1Identifier fromDl = DigitalLink.parse(dl).identifier();
        assertThat(fromDl).isEqualTo(id);
        assertThat(fromDl.companyPrefixLength()).isEmpty();
        assertThat(fromDl.toEpcUri(provider).toString()).isEqualTo(urn);

        String hri = id.toElementString().toHumanReadable();
        Gs1Identifier fromAi = ElementString.parse(hri).toGs1Identifier();
        assertThat(fromAi).isEqualTo(id);
        assertThat(fromAi.toEpcUri(provider).toString()).isEqualTo(urn);
        assertThat(ElementString.parse(id.toElementString().toFnc1String("]d2")).toGs1Identifier()).isEqualTo(id);

        // idempotence: formatting a parsed canonical form gives it back
        assertThat(DigitalLink.parse(dl).toUri()).isEqualTo(dl);
        assertThat(ElementString.parse(hri).toHumanReadable()).isEqualTo(hri);
        assertThat(Identifiers.convert(dl, IdentifierForm.EPC_URI, provider)).isEqualTo(urn);
        assertThat(Identifiers.convert(hri, IdentifierForm.DIGITAL_LINK)).isEqualTo(dl);
    }
}
