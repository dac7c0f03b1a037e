package org.dyad.coder.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dyad.coder.dict.DictionaryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading the CAMEO table and the event patterns: shipped files load, bad lines fail with file:line. */
class EventDictionaryTest {
  private static final String PATTERNS_HEADER =
      "# version: t\n# source: t\n# columns: trigger\tpos\tsource\ttarget\tobject\tcode\n";

  private static DictionaryException badPatterns(Path dir, String row) throws IOException {
    Files.createDirectories(dir.resolve("cameo"));
    Files.writeString(dir.resolve("cameo/event-patterns.tsv"), PATTERNS_HEADER + row + "\n");
    return assertThrows(DictionaryException.class,
        () -> EventDictionary.load(dir, CameoOntology.load(null)));
  }

  @Test
  void shippedTablesLoadAndAgree() {
    CameoOntology ontology = CameoOntology.load(null);
    CameoCode accuse = ontology.get("112");
    assertNotNull(accuse);
    assertEquals(3, accuse.quadClass());
    assertEquals("11", accuse.root());
    assertTrue(accuse.goldstein() < 0);
    assertEquals(4, ontology.get("190").quadClass());
    EventDictionary d = EventDictionary.load(null, ontology);
    assertTrue(d.patterns("accuse").stream().anyMatch(p -> p.code().startsWith("112")));
    assertTrue(d.inClass("WEAPONS", "missile"));
  }

  @Test
  void unknownCodeNamesFileAndLine(@TempDir Path dir) throws IOException {
    assertEquals("cameo/event-patterns.tsv:4: CAMEO code '999' is not in cameo-codes.tsv",
        badPatterns(dir, "accuse\tV\tsubj\tobj\t-\t999").getMessage());
  }

  @Test
  void unknownWordClass(@TempDir Path dir) throws IOException {
    assertEquals("cameo/event-patterns.tsv:4: word class '@NOPE' is not in word-classes.tsv",
        badPatterns(dir, "send\tV\tsubj\tto\t@NOPE\t072").getMessage());
  }

  @Test
  void onlyThePersonEntityConstraintExists(@TempDir Path dir) throws IOException {
    assertEquals("cameo/event-patterns.tsv:4: object '%ORGANIZATION': the only entity constraint is %PERSON",
        badPatterns(dir, "call\tV\tsubj\tobj\t%ORGANIZATION\t041").getMessage());
    assertEquals("cameo/event-patterns.tsv:4: object 'PERSON' must be -, =lemma, @CLASS or %PERSON",
        badPatterns(dir, "call\tV\tsubj\tobj\tPERSON\t041").getMessage());
  }

  @Test
  void badPartOfSpeechAndSlot(@TempDir Path dir) throws IOException {
    assertEquals("cameo/event-patterns.tsv:4: pos 'ADJ' is not V or N",
        badPatterns(dir, "angry\tADJ\tsubj\tobj\t-\t111").getMessage());
    assertEquals("cameo/event-patterns.tsv:4: slot 'Obj2' is not subj, obj, iobj, poss or a preposition",
        badPatterns(dir, "accuse\tV\tsubj\tObj2\t-\t112").getMessage());
  }

  @Test
  void wrongColumnCount(@TempDir Path dir) throws IOException {
    assertEquals("cameo/event-patterns.tsv:4: expected 6 tab-separated columns, found 5",
        badPatterns(dir, "accuse\tV\tsubj\tobj\t112").getMessage());
  }

  @Test
  void badGoldsteinInTheCameoTable(@TempDir Path dir) throws IOException {
    assertEquals("cameo/cameo-codes.tsv:4: goldstein must be in [-10,10] and quad_class in 1..4",
        badCameoTable(dir, "112\tAccuse\t-12.0\t3\tACCUSE\t-\n").getMessage());
  }

  @Test
  void aPloverTypeOutsidePlover10InTheCameoTable(@TempDir Path dir) throws IOException {
    String message = badCameoTable(dir, "112\tAccuse\t-2.0\t3\tACCUSE\t-\n190\tFight\t-10.0\t4\tFIGHT\t-\n")
        .getMessage();
    assertTrue(message.startsWith("cameo/cameo-codes.tsv:5: plover 'FIGHT' is not a PLOVER 1.0 type [AGREE,"),
        message);
  }

  /** The error of loading a CAMEO table of these rows (after the three header lines). */
  private static DictionaryException badCameoTable(Path dir, String rows) throws IOException {
    Files.createDirectories(dir.resolve("cameo"));
    Files.writeString(dir.resolve("cameo/cameo-codes.tsv"),
        "# version: t\n# source: t\n# columns: code\tname\tgoldstein\tquad_class\tplover\tplover_mode\n" + rows);
    return assertThrows(DictionaryException.class, () -> CameoOntology.load(dir));
  }
}
