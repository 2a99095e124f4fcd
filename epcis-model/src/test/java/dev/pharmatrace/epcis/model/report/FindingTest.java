package dev.pharmatrace.epcis.model.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FindingTest {
  private static final SourceLocation AT = SourceLocation.of("f.xml", 3, 7);

  @Test
  void aMessageOfOrdinaryWordsIsKeptAsItIs() {
    String message = "epc 'urn:epc:id:sgtin:0614141.107346.2017' is commissioned again; " + "word ".repeat(2_000);
    assertSame(message, Finding.error("X", message, AT).message());
    String longest = "a".repeat(Finding.MAX_WORD);
    assertEquals("x " + longest + " y", Finding.error("X", "x " + longest + " y", AT).message());
  }

  @Test
  void aHugeIdentifierIsShortenedAroundANoteOfItsLength() {
    String epc = "urn:epc:id:sgtin:0614141.107346." + "A".repeat(70_000) + "Z";
    Finding f = Finding.error("EPC-SYNTAX", "'" + epc + "' is not a valid SGTIN; see the rule", AT);
    String m = f.message();
    assertTrue(m.startsWith("'urn:epc:id:sgtin:0614141.107346.AAA"), m);
    assertTrue(m.contains("...[70,035 characters]..."), m); // the quotes are part of the run
    assertTrue(m.endsWith("AAAZ' is not a valid SGTIN; see the rule"), m);
    assertTrue(m.length() < 2 * Finding.MAX_WORD, "length " + m.length());
    assertEquals(f.toString(), "f.xml:3:7: error EPC-SYNTAX: " + m);
  }

  @Test
  void everyLongRunIsShortenedAndTheRestKept() {
    String a = "a".repeat(Finding.MAX_WORD + 1);
    String b = "b".repeat(5_000);
    String m = Finding.warning("X", "first " + a + "\tthen " + b + "\nend", AT).message();
    assertTrue(m.startsWith("first " + "a".repeat(160) + "...[241 characters]..." + "a".repeat(40) + "\tthen "), m);
    assertTrue(m.endsWith("b".repeat(160) + "...[5,000 characters]..." + "b".repeat(40) + "\nend"), m);
  }

  @Test
  void aCutNeverSplitsACharacterOutsideTheBasicPlane() {
    String word = "\uD83D\uDE00".repeat(1_000); // 2,000 chars: with x and y around it, both cuts fall in a pair
    String m = Finding.error("X", "x" + word + "y z", AT).message();
    for (int i = 0; i < m.length(); i++) {
      char c = m.charAt(i);
      if (Character.isHighSurrogate(c)) {
        assertTrue(i + 1 < m.length() && Character.isLowSurrogate(m.charAt(i + 1)), "lone high surrogate at " + i);
        i++;
      } else {
        assertFalse(Character.isLowSurrogate(c), "lone low surrogate at " + i);
      }
    }
    assertTrue(m.contains("...[2,002 characters]..."), m);
  }
}
