package org.dyad.coder.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dyad.coder.dict.DictionaryException;
import org.dyad.coder.dict.DictionaryTable;
import org.junit.jupiter.api.Test;

/** Word classes: rows of one class add up, {@code @CLASS} includes another class, loops and unknown classes fail. */
class WordClassesTest {
  static WordClasses classes(String rows) throws IOException {
    String text = "# version: t\n# source: t\n# columns: class\twords\n" + rows;
    return WordClasses.of(DictionaryTable.parse("cameo/word-classes.tsv", "test",
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), List.of("class", "words")));
  }

  @Test
  void aClassIncludesAnotherWhereverItIsWritten() throws IOException {
    WordClasses c = classes("AID\tgrant|@ARMS\nARMS\tTank|@SMALL_ARMS\nSMALL_ARMS\trifle\nAID\tloan\n");
    assertTrue(c.contains("AID", "tank"), "included, lower-cased");
    assertTrue(c.contains("AID", "rifle"), "included through ARMS");
    assertTrue(c.contains("AID", "loan"), "second row of the class");
    assertFalse(c.contains("ARMS", "grant"), "inclusion goes one way");
    assertFalse(c.contains("AID", "@ARMS"), "the entry is not a word");
    assertTrue(c.covers("AID", "ARMS"));
    assertFalse(c.covers("ARMS", "AID"));
  }

  @Test
  void anUnknownClassNamesItsRow() {
    DictionaryException e = assertThrows(DictionaryException.class,
        () -> classes("AID\tgrant\nARMS\ttank|@GUNS\n"));
    assertEquals("cameo/word-classes.tsv:5: word class @GUNS is not in word-classes.tsv", e.getMessage());
  }

  @Test
  void aLoopNamesItsRowAndPath() {
    DictionaryException e = assertThrows(DictionaryException.class,
        () -> classes("A\tx|@B\nB\ty|@C\nC\tz|@A\n"));
    assertEquals("cameo/word-classes.tsv:6: word class C includes itself: A > @B > @C > @A", e.getMessage());
  }

  @Test
  void theShippedMilitaryAidHoldsAllWeapons() throws IOException {
    WordClasses shipped = WordClasses.of(DictionaryTable.load("cameo/word-classes.tsv", null,
        List.of("class", "words")));
    assertTrue(shipped.covers("MILITARY_AID", "WEAPONS"));
  }
}
