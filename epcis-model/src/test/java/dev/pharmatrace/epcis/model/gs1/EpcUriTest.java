package dev.pharmatrace.epcis.model.gs1;

import static dev.pharmatrace.epcis.model.gs1.RuleAssert.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EpcUriTest {

    /**
     * Worked examples; the element strings were derived by hand (check digits in {@link CheckDigitTest} and in the
     * comments), not by the code under test.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // TDS example: GTIN 80614141123458 = indicator 8 + GCP 0614141 + item ref 12345 + check 8
        "urn:epc:id:sgtin:0614141.812345.6789 | (01)80614141123458(21)6789",
        // indicator 1: 1+0614141+12345, weighted sum 81 -> check 9
        "urn:epc:id:sgtin:0614141.112345.400 | (01)10614141123459(21)400",
        // extension digit 1 + GCP + 234567890, check 8 (sum 132)
        "urn:epc:id:sscc:0614141.1234567890 | (00)106141412345678908",
        // GLN 0614141 12345 2 (sum 78) + extension
        "urn:epc:id:sgln:0614141.12345.400 | (414)0614141123452(254)400",
        "urn:epc:id:sgln:0614141.12345.0 | (414)0614141123452",
        // PGLN 0614141 00001, check 2
        "urn:epc:id:pgln:0614141.00001 | (417)0614141000012",
        // GRAI: leading 0 + GLN-like 13 digits + serial
        "urn:epc:id:grai:0614141.12345.400 | (8003)00614141123452400",
        "urn:epc:id:giai:0614141.12345400 | (8004)061414112345400",
        // GSRN 0614141 1234567890, check 2 (sum 108)
        "urn:epc:id:gsrn:0614141.1234567890 | (8018)061414112345678902",
        "urn:epc:id:gsrnp:0614141.1234567890 | (8017)061414112345678902",
        "urn:epc:id:gdti:0614141.12345.006847 | (253)0614141123452006847",
        // GCN 4012345 67890, check 1
        "urn:epc:id:sgcn:4012345.67890.04711 | (255)401234567890104711",
        "urn:epc:id:ginc:0614141.xyz47%2F11 | (401)0614141xyz47/11",
        // GSIN 0614141 123456789, check 0
        "urn:epc:id:gsin:0614141.123456789 | (402)06141411234567890",
        // ITIP: GTIN 0 4012345 12345 6 + piece 01 of 02
        "urn:epc:id:itip:4012345.012345.01.02.987 | (8006)040123451234560102(21)987",
        "urn:epc:id:cpi:0614141.5PQ7%2F8A.1234 | (8010)06141415PQ7/8A(8011)1234",
        "urn:epc:id:upui:4012345.012345.51qIgY)%3C%26Jp3*j7'SDB | (01)04012345123456(235)51qIgY)<&Jp3*j7'SDB",
        "urn:epc:class:lgtin:4012345.012345.998877 | (01)04012345123456(10)998877",
        // pattern of one GTIN = class-level GTIN
        "urn:epc:idpat:sgtin:0614141.112345.* | (01)10614141123459",
        "urn:epc:idpat:grai:0614141.12345.* | (8003)00614141123452",
        "urn:epc:idpat:gdti:0614141.12345.* | (253)0614141123452",
        "urn:epc:idpat:itip:4012345.012345.01.02.* | (8006)040123451234560102",
        "urn:epc:idpat:cpi:4012345.ABC.* | (8010)4012345ABC"})
    void convertsToElementStringAndBack(String urn, String elementString) {
        EpcUri epc = EpcUri.parse(urn);
        assertThat(epc.toString()).isEqualTo(urn);
        Gs1Identifier id = epc.toGs1Identifier();
        assertThat(id.toString()).isEqualTo(elementString);
        assertThat(id.companyPrefixLength()).hasValue(epc.companyPrefix().length());
        // back: with the carried length, and from the parsed element string with a provider
        assertThat(id.toEpcUri().toString()).isEqualTo(urn);
        Gs1Identifier fromAi = ElementString.parse(elementString).toGs1Identifier();
        assertThat(fromAi).isEqualTo(id);
        assertThat(fromAi.toEpcUri(CompanyPrefixProvider.fixed(epc.companyPrefix().length())).toString())
                .isEqualTo(urn);
    }

    @Test
    void patternsWithoutAKeyParseButDoNotConvert() {
        for (String p : new String[] {"urn:epc:idpat:sgtin:0614141.*.*", "urn:epc:idpat:sgtin:*.*.*",
            "urn:epc:idpat:sscc:0614141.*", "urn:epc:idpat:sgln:0614141.12345.*", "urn:epc:idpat:giai:0614141.*",
            "urn:epc:idpat:grai:0614141.*.*"}) {
            EpcUri epc = EpcUri.parse(p);
            assertThat(epc.isPattern()).isTrue();
            assertThat(epc.toString()).isEqualTo(p);
            rejects(epc::toGs1Identifier, IdentifierRule.EPC_NOT_REPRESENTABLE);
        }
    }

    @Test
    void patternMatching() {
        EpcUri pattern = EpcUri.parse("urn:epc:idpat:sgtin:0614141.112345.*");
        assertThat(pattern.matches(EpcUri.parse("urn:epc:id:sgtin:0614141.112345.400"))).isTrue();
        assertThat(pattern.matches(EpcUri.parse("urn:epc:id:sgtin:0614141.112346.400"))).isFalse();
        assertThat(EpcUri.parse("urn:epc:idpat:sgtin:0614141.*.*")
                .matches(EpcUri.parse("urn:epc:id:sgtin:0614141.112346.400"))).isTrue();
        assertThat(pattern.matches(EpcUri.parse("urn:epc:id:sscc:0614141.1234567890"))).isFalse();
    }

    @Test
    void escapingOfSerials() {
        EpcUri epc = EpcUri.parse("urn:epc:id:sgtin:0614141.112345.A%2fB%22C%25%26%3C%3E%3F");
        assertThat(epc.components().get(2)).isEqualTo("A/B\"C%&<>?");
        // canonical: exactly " % & / < > ? escaped, upper-case hex
        assertThat(epc.toString()).isEqualTo("urn:epc:id:sgtin:0614141.112345.A%2FB%22C%25%26%3C%3E%3F");
        assertThat(EpcUri.parse(epc.toString())).isEqualTo(epc);
        // in the Digital Link the same serial is percent-encoded per RFC 3986
        assertThat(epc.toGs1Identifier().toDigitalLink().toUri())
                .isEqualTo("https://id.gs1.org/01/10614141123459/21/A%2FB%22C%25%26%3C%3E%3F");
        // the other symbols of set 82 stay as they are in the EPC URI
        EpcUri plain = EpcUri.parse("urn:epc:id:sgtin:0614141.112345.!'()*+,-.:;=_");
        assertThat(plain.components().get(2)).isEqualTo("!'()*+,-.:;=_");
        assertThat(plain.toString()).isEqualTo("urn:epc:id:sgtin:0614141.112345.!'()*+,-.:;=_");
        assertThat(plain.toGs1Identifier().toDigitalLink().toUri())
                .isEqualTo("https://id.gs1.org/01/10614141123459/21/%21%27%28%29%2A%2B%2C-.%3A%3B%3D_");
    }

    @Test
    void rejectsUnescapedOrBadEscapes() {
        rejects(() -> EpcUri.parse("urn:epc:id:sgtin:0614141.112345.A/B"), IdentifierRule.EPC_ESCAPE, "/", 33);
        rejects(() -> EpcUri.parse("urn:epc:id:sgtin:0614141.112345.A?B"), IdentifierRule.EPC_ESCAPE, "?", 33);
        rejects(() -> EpcUri.parse("urn:epc:id:sgtin:0614141.112345.A%ZZ"), IdentifierRule.EPC_ESCAPE, "%ZZ", 33);
        rejects(() -> EpcUri.parse("urn:epc:id:sgtin:0614141.112345.A%7E"), IdentifierRule.GS1_CHARSET, "%7E", 33);
        rejects(() -> EpcUri.parse("urn:epc:id:sgtin:0614141.112345.4#00"), IdentifierRule.GS1_CHARSET, "#", 33);
        rejects(() -> EpcUri.parse("urn:epc:id:cpi:0614141.5PQ7/8A.1234"), IdentifierRule.EPC_ESCAPE, "/", 27);
        rejects(() -> EpcUri.parse("urn:epc:id:cpi:0614141.5pq.1234"), IdentifierRule.GS1_CHARSET, "p", 24);
    }

    @Test
    void rejectsBadPartitions() {
        // company prefix of 5 digits
        rejects(() -> EpcUri.parse("urn:epc:id:sgtin:06141.41123456.1"), IdentifierRule.EPC_PARTITION, "06141", 17);
        // company prefix of 13 digits
        rejects(() -> EpcUri.parse("urn:epc:id:sscc:0614141123456.1234"), IdentifierRule.EPC_PARTITION,
                "0614141123456", 16);
        // 7 + 7 = 14 digits instead of 13
        rejects(() -> EpcUri.parse("urn:epc:id:sgtin:0614141.1123456.400"), IdentifierRule.EPC_PARTITION,
                "0614141.1123456", 17);
        // SGLN 7 + 4 = 11 digits instead of 12
        rejects(() -> EpcUri.parse("urn:epc:id:sgln:0614141.1234.0"), IdentifierRule.EPC_PARTITION,
                "0614141.1234", 16);
        rejects(() -> EpcUri.parse("urn:epc:id:sgtin:061414A.112345.400"), IdentifierRule.GS1_CHARSET, "A", 23);
    }

    @Test
    void rejectsBadLengthsAndFormats() {
        rejects(() -> EpcUri.parse("urn:epc:id:sgtin:0614141.112345.123456789012345678901"),
                IdentifierRule.GS1_LENGTH, "1", 52);
        rejects(() -> EpcUri.parse("urn:epc:id:sgtin:0614141.112345."), IdentifierRule.GS1_LENGTH);
        // GIAI: company prefix + reference at most 30 characters
        rejects(() -> EpcUri.parse("urn:epc:id:giai:0614141.12345678901234567890123X"), IdentifierRule.GS1_LENGTH,
                "X", 47);
        rejects(() -> EpcUri.parse("urn:epc:id:cpi:0614141.ABC.0123"), IdentifierRule.GS1_FORMAT, "0123", 27);
        rejects(() -> EpcUri.parse("urn:epc:id:itip:4012345.012345.03.02.987"), IdentifierRule.GS1_FORMAT);
    }

    @Test
    void rejectsSyntaxAndUnknownSchemes() {
        rejects(() -> EpcUri.parse("urn:epc:id:sgtinx:0614141.112345.400"), IdentifierRule.EPC_UNKNOWN_SCHEME,
                "sgtinx", 11);
        rejects(() -> EpcUri.parse("urn:epc:class:sgtin:0614141.112345.400"), IdentifierRule.EPC_UNKNOWN_SCHEME,
                "sgtin", 14);
        rejects(() -> EpcUri.parse("urn:epc:id:lgtin:0614141.112345.400"), IdentifierRule.EPC_UNKNOWN_SCHEME,
                "lgtin", 11);
        rejects(() -> EpcUri.parse("urn:epc:id:sgtin:0614141.112345"), IdentifierRule.EPC_URI_SYNTAX);
        rejects(() -> EpcUri.parse("urn:epc:tag:sgtin-96:3.0614141.812345.6789"), IdentifierRule.EPC_URI_SYNTAX,
                "urn:epc:tag:", 0);
        rejects(() -> EpcUri.parse("urn:epc:idpat:sgtin:0614141.*.400"), IdentifierRule.EPC_URI_SYNTAX, "400", 30);
        rejects(() -> EpcUri.parse("urn:epc:id:sgtin:0614141.*.*"), IdentifierRule.GS1_CHARSET, "*", 25);
    }

    @Test
    void identifiersWithoutEpcForm() {
        CompanyPrefixProvider seven = CompanyPrefixProvider.fixed(7);
        rejects(() -> ElementString.parse("(01)09506000134352(10)L(21)S").toGs1Identifier().toEpcUri(seven),
                IdentifierRule.EPC_NOT_REPRESENTABLE);
        rejects(() -> ElementString.parse("(01)09506000134352(21)S(17)201225").toGs1Identifier().toEpcUri(seven),
                IdentifierRule.EPC_NOT_REPRESENTABLE, "(17)201225", 23);
        rejects(() -> ElementString.parse("(414)0614141123452(254)0").toGs1Identifier().toEpcUri(seven),
                IdentifierRule.EPC_NOT_REPRESENTABLE);
        rejects(() -> ElementString.parse("(8013)ABC").toGs1Identifier().toEpcUri(seven),
                IdentifierRule.EPC_NOT_REPRESENTABLE);
        // dropping data attributes makes it representable
        assertThat(ElementString.parse("(01)09506000134352(21)S(17)201225").toGs1Identifier().withoutDataAttributes()
                .toEpcUri(seven).toString()).isEqualTo("urn:epc:id:sgtin:9506000.013435.S");
    }
}
