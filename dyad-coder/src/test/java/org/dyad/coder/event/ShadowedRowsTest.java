package org.dyad.coder.event;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.coder.dict.DictionaryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rows that an earlier row of their file hides can never fire and fail the load with both places;
 * the shipped files have none.
 */
class ShadowedRowsTest {
  private static final String HEADER = "# version: t\n# source: t\n# columns: trigger\tpos\tsource\ttarget\tobject\tcode\n";

  private static WordClasses classes() throws IOException {
    return WordClassesTest.classes("ARMS\ttank|rifle\nAID\tloan|@ARMS\n");
  }

  private static EventPattern row(String trigger, boolean noun, String object, int line) {
    String[] w = trigger.split(" ");
    return new EventPattern(w[0], w.length > 1 ? w[1] : null, noun, List.of("subj"), List.of("to"), object,
        "070", "f.tsv:" + line);
  }

  private static void check(EventPattern... rows) throws IOException {
    ShadowedRows.check(List.of(rows), classes());
  }

  @Test
  void aGeneralRowHidesTheSpecificOnesAfterIt() {
    DictionaryException e = assertThrows(DictionaryException.class,
        () -> check(row("send", false, null, 1), row("send", false, "@ARMS", 2)));
    assertEquals("f.tsv:2: 'send' (V, object @ARMS) can never fire: f.tsv:1 'send' (V, object -) comes first"
        + " and holds wherever it does; move this row above it or remove it", e.getMessage());
  }

  @Test
  void aWiderClassHidesANarrowerOneAndItsWords() {
    assertThrows(DictionaryException.class, () -> check(row("send", false, "@AID", 1), row("send", false, "@ARMS", 2)));
    assertThrows(DictionaryException.class, () -> check(row("send", false, "@AID", 1), row("send", false, "=tank", 2)));
    assertThrows(DictionaryException.class, () -> check(row("send", false, "=tank", 1), row("send", false, "=tank", 2)));
  }

  @Test
  void aRowWithoutParticleHidesOneWithIt() {
    assertThrows(DictionaryException.class, () -> check(row("give", false, "@AID", 1), row("give up", false, "@ARMS", 2)));
  }

  @Test
  void rowsThatCanFireAfterwardsPass() {
    assertDoesNotThrow(() -> check(
        row("send", false, "@ARMS", 1),
        row("send", false, "=loan", 2), // not in ARMS; AID holds it but comes later
        row("send", false, "@AID", 3), // wider after narrower
        row("send", true, null, 4), // a noun, not the verb
        row("send off", false, null, 5), // a particle the general row after it lacks
        row("send", false, null, 6),
        row("dispatch", false, "@ARMS", 7))); // another trigger
  }

  @Test
  void theShippedFilesHaveNoHiddenRows() {
    // The load checks every file; a hidden row in a shipped file fails here with its file:line.
    assertDoesNotThrow(() -> EventDictionary.load(null, CameoOntology.load(null)));
  }

  @Test
  void aUserFileWithAHiddenRowFailsToLoad(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("cameo"));
    Files.writeString(dir.resolve("cameo/event-patterns.tsv"), HEADER
        + "surrender\tV\tsubj\tto\t-\t0874\nsurrender\tV\tsubj\tto\t@WEAPONS\t0873\n");
    DictionaryException e = assertThrows(DictionaryException.class,
        () -> EventDictionary.load(dir, CameoOntology.load(null)));
    assertEquals("cameo/event-patterns.tsv:5: 'surrender' (V, object @WEAPONS) can never fire: "
        + "cameo/event-patterns.tsv:4 'surrender' (V, object -) comes first and holds wherever it does;"
        + " move this row above it or remove it", e.getMessage());
  }

  @Test
  void aHandRowMayHideAGeneratedOne(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("cameo"));
    Files.writeString(dir.resolve("cameo/event-patterns.tsv"), HEADER + "surrender\tV\tsubj\tto\t-\t0874\n");
    Files.writeString(dir.resolve("cameo/verb-patterns.tsv"), HEADER + "surrender\tV\tsubj\tto\t@WEAPONS\t0873\n");
    assertDoesNotThrow(() -> EventDictionary.load(dir, CameoOntology.load(null)));
  }
}
