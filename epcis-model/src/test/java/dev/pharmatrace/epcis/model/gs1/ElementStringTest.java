package dev.pharmatrace.epcis.model.gs1;

import static dev.pharmatrace.epcis.model.gs1.RuleAssert.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ElementStringTest {

    private static final char GS = 29;
    private static final String HRI = "(01)09506000134352(17)201225(10)ABC(21)123";
    /** 01 and 17 are of predefined length: no separator; 10 is variable: GS; 21 is last. */
    private static final String RAW = "0109506000134352" + "17201225" + "10ABC" + GS + "21123";

    @Test
    void parsesBracketedForm() {
        ElementString es = ElementString.parse(HRI);
        assertThat(es.elements()).containsExactly(new AiElement("01", "09506000134352"), new AiElement("17", "201225"),
                new AiElement("10", "ABC"), new AiElement("21", "123"));
        assertThat(es.toHumanReadable()).isEqualTo(HRI);
        assertThat(es.toFnc1String()).isEqualTo(RAW);
        assertThat(es.toFnc1String("]d2")).isEqualTo("]d2" + RAW);
        assertThat(es.value("17")).contains("201225");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "]d2", "]C1", "]Q3", "]e0"})
    void parsesScannerDataWithOrWithoutSymbologyIdentifier(String symbologyId) {
        assertThat(ElementString.parse(symbologyId + RAW).toHumanReadable()).isEqualTo(HRI);
        assertThat(ElementString.parse(symbologyId + GS + RAW).toHumanReadable()).isEqualTo(HRI);
        assertThat(ElementString.parse(symbologyId + HRI).toHumanReadable()).isEqualTo(HRI);
    }

    @Test
    void predefinedLengthAisNeedNoSeparator() {
        // (00)(01)... would be a pairing error, so use (01)(11)(17)(10) all predefined but 10, which is last
        ElementString es = ElementString.parse("01095060001343521120010117201225" + "10LOT/1");
        assertThat(es.toHumanReadable()).isEqualTo("(01)09506000134352(11)200101(17)201225(10)LOT/1");
    }

    @Test
    void fixedLengthAiOutsideThePredefinedTableNeedsASeparator() {
        String itip = "8006040123451234560102";
        assertThat(ElementString.parse(itip + GS + "21ABC").toHumanReadable())
                .isEqualTo("(8006)040123451234560102(21)ABC");
        assertThat(ElementString.of(new AiElement("8006", "040123451234560102"), new AiElement("21", "ABC"))
                .toFnc1String()).isEqualTo(itip + GS + "21ABC");
        rejects(() -> ElementString.parse(itip + "21ABC"), IdentifierRule.GS1_SEPARATOR, "21AB", 22);
    }

    @Test
    void escapedParenthesisInData() {
        ElementString es = ElementString.of(new AiElement("01", "09506000134352"), new AiElement("21", "A(12)B"));
        assertThat(es.toHumanReadable()).isEqualTo("(01)09506000134352(21)A\\(12)B");
        assertThat(ElementString.parse(es.toHumanReadable())).isEqualTo(es);
        // unescaped, (12) starts AI 12 (due date, N6): "B" is not a digit
        rejects(() -> ElementString.parse("(01)09506000134352(21)A(12)B"), IdentifierRule.GS1_CHARSET, "B", 27);
    }

    @Test
    void rejectsUnknownAiNamingIt() {
        rejects(() -> ElementString.parse("(01)09506000134352(23)1"), IdentifierRule.GS1_UNKNOWN_AI, "23", 19);
        rejects(() -> ElementString.parse("01095060001343522312345"), IdentifierRule.GS1_UNKNOWN_AI, "2312", 16);
    }

    @Test
    void rejectsBadCheckDigitWithPosition() {
        rejects(() -> ElementString.parse("(01)09506000134353(21)1"), IdentifierRule.GS1_CHECK_DIGIT, "3", 17);
        rejects(() -> ElementString.parse("]d20109506000134353" + "211"), IdentifierRule.GS1_CHECK_DIGIT, "3", 18);
    }

    @Test
    void rejectsLengthCharsetAndDate() {
        rejects(() -> ElementString.parse("(01)0950600013435(21)1"), IdentifierRule.GS1_LENGTH, "0950600013435", 4);
        rejects(() -> ElementString.parse("010950600013435"), IdentifierRule.GS1_LENGTH, "0950600013435", 2);
        rejects(() -> ElementString.parse("(01)09506000134352(21)123456789012345678901"), IdentifierRule.GS1_LENGTH,
                "1", 42);
        // without separator the serial runs into the next AI and becomes too long
        rejects(() -> ElementString.parse("010950600013435221123456789012345" + "17201225"),
                IdentifierRule.GS1_LENGTH);
        rejects(() -> ElementString.parse("(01)09506000134352(21)1 2"), IdentifierRule.GS1_CHARSET, " ", 23);
        rejects(() -> ElementString.parse("(01)09506000134352(17)201232"), IdentifierRule.GS1_DATE, "201232", 22);
    }

    @Test
    void rejectsDuplicatesAndBadPairings() {
        rejects(() -> ElementString.parse("(01)09506000134352(21)1(21)2"), IdentifierRule.GS1_DUPLICATE_AI,
                "(21)2", 23);
        rejects(() -> ElementString.parse("(21)123"), IdentifierRule.GS1_AI_PAIRING, "(21)123", 0);
        rejects(() -> ElementString.parse("(01)09506000134352(02)09506000134352(37)1(00)106141412345678908"),
                IdentifierRule.GS1_AI_PAIRING, "(01)09506000134352", 0);
    }

    @Test
    void rejectsSyntaxErrors() {
        rejects(() -> ElementString.parse(""), IdentifierRule.GS1_ELEMENT_SYNTAX);
        rejects(() -> ElementString.parse("]d1010950600013435221123"), IdentifierRule.GS1_ELEMENT_SYNTAX, "]d1", 0);
        rejects(() -> ElementString.parse("(01)09506000134352(2A)1"), IdentifierRule.GS1_CHARSET);
        rejects(() -> ElementString.parse("(1)09506000134352"), IdentifierRule.GS1_ELEMENT_SYNTAX, "(1)", 0);
        rejects(() -> ElementString.parse("X10ABC"), IdentifierRule.GS1_ELEMENT_SYNTAX, "X", 0);
    }

    @Test
    void convertsToIdentifierWithQualifiersInDigitalLinkOrder() {
        Gs1Identifier id = ElementString.parse("(01)09506000134352(21)123(17)201225(10)ABC").toGs1Identifier();
        assertThat(id.keyType()).isEqualTo(Gs1KeyType.GTIN);
        assertThat(id.qualifiers()).extracting(AiElement::ai).containsExactly("10", "21");
        assertThat(id.dataAttributes()).extracting(AiElement::ai).containsExactly("17");
        rejects(() -> ElementString.parse("(00)106141412345678908(414)0614141123452").toGs1Identifier(),
                IdentifierRule.GS1_MULTIPLE_KEYS);
        rejects(() -> ElementString.parse("(410)0614141123452").toGs1Identifier(), IdentifierRule.GS1_NO_PRIMARY_KEY);
        rejects(() -> ElementString.parse("(01)09506000134352(21)1(235)X").toGs1Identifier(),
                IdentifierRule.GS1_AI_PAIRING);
    }

    /** Random valid element strings built from a pool of typical healthcare AIs. */
    static Stream<ElementString> randomElementStrings() {
        Random r = new Random(424242L);
        String cset82 = Gs1CharacterSet.CSET_82.characters();
        return IntStream.range(0, 300).mapToObj(i -> {
            List<AiElement> list = new ArrayList<>();
            list.add(new AiElement("01", CheckDigit.append(digits(r, 13))));
            List<String[]> optional = new ArrayList<>();
            optional.add(new String[] {"17", String.format("%02d%02d%02d", r.nextInt(100), 1 + r.nextInt(12),
                    r.nextInt(29))});
            optional.add(new String[] {"10", text(r, cset82, 1 + r.nextInt(20))});
            optional.add(new String[] {"21", text(r, cset82, 1 + r.nextInt(20))});
            optional.add(new String[] {"11", "200101"});
            optional.add(new String[] {"7003", "2512312359"});
            optional.add(new String[] {"710", text(r, cset82, 1 + r.nextInt(20))});
            optional.add(new String[] {"240", text(r, cset82, 1 + r.nextInt(30))});
            optional.add(new String[] {"3103", digits(r, 6)});
            java.util.Collections.shuffle(optional, r);
            for (String[] kv : optional.subList(0, r.nextInt(optional.size()))) {
                list.add(new AiElement(kv[0], kv[1]));
            }
            return ElementString.of(list);
        });
    }

    @ParameterizedTest
    @MethodSource("randomElementStrings")
    void roundTripsThroughBothForms(ElementString es) {
        assertThat(ElementString.parse(es.toHumanReadable())).isEqualTo(es);
        assertThat(ElementString.parse(es.toFnc1String())).isEqualTo(es);
        assertThat(ElementString.parse(es.toFnc1String("]d2"))).isEqualTo(es);
        // idempotent
        assertThat(ElementString.parse(es.toHumanReadable()).toHumanReadable()).isEqualTo(es.toHumanReadable());
    }

    static String digits(Random r, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append((char) ('0' + r.nextInt(10)));
        }
        return sb.toString();
    }

    static String text(Random r, String alphabet, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
