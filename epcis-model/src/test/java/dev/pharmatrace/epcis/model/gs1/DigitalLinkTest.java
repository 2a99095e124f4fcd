package dev.pharmatrace.epcis.model.gs1;

import static dev.pharmatrace.epcis.model.gs1.RuleAssert.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DigitalLinkTest {

    @Test
    void anyDomainAndPathPrefix() {
        DigitalLink dl = DigitalLink.parse("https://example.com/some/path/01/09506000134352/10/ABC/21/123?17=201225&3103=000195");
        assertThat(dl.stem()).isEqualTo("https://example.com/some/path");
        Gs1Identifier id = dl.identifier();
        assertThat(id.keyType()).isEqualTo(Gs1KeyType.GTIN);
        assertThat(id.primaryKey()).isEqualTo(new AiElement("01", "09506000134352"));
        assertThat(id.qualifiers()).containsExactly(new AiElement("10", "ABC"), new AiElement("21", "123"));
        assertThat(id.dataAttributes()).containsExactly(new AiElement("17", "201225"), new AiElement("3103", "000195"));
        assertThat(dl.toUri()).isEqualTo("https://example.com/some/path/01/09506000134352/10/ABC/21/123?17=201225&3103=000195");
        assertThat(dl.toCanonical().toUri())
                .isEqualTo("https://id.gs1.org/01/09506000134352/10/ABC/21/123?17=201225&3103=000195");
        assertThat(dl.isCanonical()).isFalse();
        assertThat(dl.toCanonical().isCanonical()).isTrue();
    }

    @Test
    void aPathPrefixMayLookLikeAKey() {
        DigitalLink dl = DigitalLink.parse("https://example.com/01/products/01/09506000134352");
        assertThat(dl.stem()).isEqualTo("https://example.com/01/products");
        assertThat(dl.identifier().primaryKey().value()).isEqualTo("09506000134352");
    }

    @ParameterizedTest
    @CsvSource({
        "https://id.gs1.org/01/9506000134352, 09506000134352",   // GTIN-13
        "https://id.gs1.org/01/036000291452, 00036000291452",    // GTIN-12 (U.P.C.)
        "https://id.gs1.org/01/96385074, 00000096385074",        // GTIN-8
        "https://id.gs1.org/01/09506000134352, 09506000134352"})
    void shortGtinsAreZeroPaddedInCanonicalForm(String uri, String gtin14) {
        DigitalLink dl = DigitalLink.parse(uri);
        assertThat(dl.identifier().primaryKey().value()).isEqualTo(gtin14);
        assertThat(dl.toUri()).isEqualTo("https://id.gs1.org/01/" + gtin14);
    }

    @Test
    void percentEncodingInPathSegments() {
        DigitalLink dl = DigitalLink.parse("https://id.gs1.org/01/09506000134352/21/A%2fB%25C!D");
        assertThat(dl.identifier().value("21")).contains("A/B%C!D");
        // canonical output: everything but letters, digits and - . _ is encoded, hex in upper case
        assertThat(dl.toUri()).isEqualTo("https://id.gs1.org/01/09506000134352/21/A%2FB%25C%21D");
        assertThat(DigitalLink.parse(dl.toUri())).isEqualTo(dl);
    }

    @Test
    void keyQualifiersOfEachKey() {
        String[][] cases = {
            {"https://id.gs1.org/414/0614141123452/254/400", "(414)0614141123452(254)400"},
            {"https://id.gs1.org/8006/040123451234560102/22/V1/10/L1/21/S1",
                "(8006)040123451234560102(22)V1(10)L1(21)S1"},
            {"https://id.gs1.org/8010/0614141ABC/8011/123", "(8010)0614141ABC(8011)123"},
            {"https://id.gs1.org/01/04012345123456/235/TPX1", "(01)04012345123456(235)TPX1"},
            {"https://id.gs1.org/8018/061414112345678902/8019/12", "(8018)061414112345678902(8019)12"},
            {"https://id.gs1.org/00/106141412345678908", "(00)106141412345678908"},
            {"https://id.gs1.org/253/4012345000054987", "(253)4012345000054987"},
            {"https://id.gs1.org/255/4012345678901", "(255)4012345678901"},
            {"https://id.gs1.org/401/0614141xyz47%2F11", "(401)0614141xyz47/11"},
            {"https://id.gs1.org/402/06141411234567890", "(402)06141411234567890"},
            {"https://id.gs1.org/417/0614141000012", "(417)0614141000012"},
            {"https://id.gs1.org/8003/00614141123452400", "(8003)00614141123452400"},
            {"https://id.gs1.org/8004/061414112345400", "(8004)061414112345400"},
            {"https://id.gs1.org/8017/061414112345678902", "(8017)061414112345678902"}};
        for (String[] c : cases) {
            DigitalLink dl = DigitalLink.parse(c[0]);
            assertThat(dl.identifier().toString()).isEqualTo(c[1]);
            assertThat(dl.toUri()).isEqualTo(c[0]);
        }
    }

    @Test
    void rejectsQualifiersOutOfOrder() {
        String uri = "https://id.gs1.org/01/09506000134352/21/123/10/ABC";
        rejects(() -> DigitalLink.parse(uri), IdentifierRule.DL_QUALIFIER_ORDER, "10", 44);
        rejects(() -> DigitalLink.parse("https://id.gs1.org/01/09506000134352/21/1/235/X"),
                IdentifierRule.DL_QUALIFIER_ORDER, "235", 42);
        rejects(() -> DigitalLink.parse("https://id.gs1.org/01/09506000134352/21/1/21/2"),
                IdentifierRule.GS1_DUPLICATE_AI, "21", 42);
    }

    @Test
    void rejectsQualifierInQuery() {
        rejects(() -> DigitalLink.parse("https://id.gs1.org/01/09506000134352?21=123"), IdentifierRule.DL_SYNTAX,
                "21=123", 37);
    }

    @Test
    void rejectsBadCheckDigitLengthAndCharacters() {
        rejects(() -> DigitalLink.parse("https://id.gs1.org/01/09506000134353/21/1"), IdentifierRule.GS1_CHECK_DIGIT,
                "3", 35);
        // check digit error in a padded GTIN-13 points at the raw digit
        rejects(() -> DigitalLink.parse("https://id.gs1.org/01/9506000134353"), IdentifierRule.GS1_CHECK_DIGIT,
                "3", 34);
        rejects(() -> DigitalLink.parse("https://id.gs1.org/00/10614141234567890"), IdentifierRule.GS1_LENGTH,
                "10614141234567890", 22);
        rejects(() -> DigitalLink.parse("https://id.gs1.org/01/09506000134352/21/a~b"), IdentifierRule.GS1_CHARSET,
                "~", 41);
        // an encoded character outside set 82 is located at its escape
        rejects(() -> DigitalLink.parse("https://id.gs1.org/01/09506000134352/21/a%7Eb"), IdentifierRule.GS1_CHARSET,
                "%7E", 41);
        rejects(() -> DigitalLink.parse("https://id.gs1.org/01/09506000134352?17=201232"), IdentifierRule.GS1_DATE,
                "201232", 40);
    }

    @Test
    void rejectsUnknownAis() {
        rejects(() -> DigitalLink.parse("https://id.gs1.org/01/09506000134352?23=1"), IdentifierRule.GS1_UNKNOWN_AI,
                "23", 37);
        // a non-numeric query parameter is not an AI: kept aside, dropped from the canonical form
        DigitalLink dl = DigitalLink.parse("https://id.gs1.org/01/09506000134352?linkType=gs1:pip&17=201225");
        assertThat(dl.otherQueryParameters()).containsExactly("linkType=gs1:pip");
        assertThat(dl.toCanonical().toUri()).isEqualTo("https://id.gs1.org/01/09506000134352?17=201225");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://id.gs1.org/01/09506000134352", "https:///01/09506000134352",
        "https://id.gs1.org/01/0950600013 4352", "https://id.gs1.org/01/09506000134352/21/A%2"})
    void rejectsMalformedUris(String uri) {
        rejects(() -> DigitalLink.parse(uri), IdentifierRule.DL_SYNTAX);
    }

    @Test
    void rejectsMissingPrimaryKey() {
        rejects(() -> DigitalLink.parse("https://example.com/products/abc"), IdentifierRule.DL_NO_PRIMARY_KEY,
                "/products/abc", 19);
        rejects(() -> DigitalLink.parse("https://id.gs1.org/01"), IdentifierRule.DL_SYNTAX, "01", 19);
    }

    @Test
    void stemMustBeHttp() {
        rejects(() -> DigitalLink.of("mailto:x", ElementString.parse("(01)09506000134352").toGs1Identifier()),
                IdentifierRule.DL_SYNTAX);
        assertThat(DigitalLink.of("https://example.com/p/", ElementString.parse("(01)09506000134352")
                .toGs1Identifier()).toUri()).isEqualTo("https://example.com/p/01/09506000134352");
    }
}
