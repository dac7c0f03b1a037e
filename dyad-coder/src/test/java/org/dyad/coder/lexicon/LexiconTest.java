package org.dyad.coder.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dyad.coder.dict.DictionaryException;
import org.junit.jupiter.api.Test;

class LexiconTest {
  private static final String DIR = "lexicon-test/";
  // How a class asks for a list; the test finds every such call in the coder's sources.
  private static final Pattern ASKED = Pattern.compile("Lexicon\\.DEFAULT\\.(?:set|list)\\(\"([^\"]+)\"\\)");

  private static DictionaryException failure(String... files) {
    return assertThrows(DictionaryException.class,
        () -> Lexicon.load(Stream.of(files).map(f -> DIR + f).toList()));
  }

  @Test
  void readsListsInFileOrderWithTheirCase() {
    Lexicon l = Lexicon.load(List.of(DIR + "good.tsv"));
    assertEquals(List.of("alpha", "beta"), l.names());
    assertEquals(List.of("one", "two"), l.list("alpha"));
    assertEquals(Set.of("One"), l.set("beta"));
    assertEquals(DIR + "good.tsv", l.fileOf("beta"));
  }

  @Test
  void aWordTwiceInAListNamesFileAndLine() {
    assertEquals(DIR + "twice.tsv:5: 'one' is listed twice in 'alpha'", failure("twice.tsv").getMessage());
  }

  @Test
  void aListInTwoFilesNamesTheSecondRowAndTheFirstFile() {
    assertEquals(DIR + "other-home.tsv:5: list 'alpha' is already in " + DIR + "good.tsv; keep a list in one file",
        failure("good.tsv", "other-home.tsv").getMessage());
  }

  @Test
  void badRowsNameFileAndLine() {
    assertEquals(DIR + "short-row.tsv:4: expected 2 tab-separated columns, found 1",
        failure("short-row.tsv").getMessage());
    assertEquals(DIR + "bad-name.tsv:4: list name 'Alpha List' must be lower-case words joined by '-'",
        failure("bad-name.tsv").getMessage());
    assertEquals(DIR + "empty-word.tsv:4: the word of list 'alpha' is empty", failure("empty-word.tsv").getMessage());
    assertTrue(failure("absent.tsv").getMessage().startsWith(DIR + "absent.tsv: not found on the class path"));
  }

  @Test
  void anUnknownListIsNamedWithTheFiles() {
    Lexicon l = Lexicon.load(List.of(DIR + "good.tsv"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> l.set("gamma"));
    assertEquals("no word list 'gamma' in [" + DIR + "good.tsv] (lists: [alpha, beta])", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> l.list("gamma"));
  }

  @Test
  void everyListAClassAsksForExistsAndEveryShippedListIsAskedFor() throws IOException {
    Set<String> asked = new TreeSet<>();
    try (Stream<Path> walk = Files.walk(Path.of("src/main/java"))) {
      for (Path p : walk.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = ASKED.matcher(Files.readString(p));
        while (m.find()) {
          asked.add(m.group(1));
        }
      }
    }
    assertTrue(asked.size() >= 40, "found only " + asked + " in the sources");
    for (String name : asked) {
      assertFalse(Lexicon.DEFAULT.set(name).isEmpty(), name);
    }
    assertEquals(asked, new TreeSet<>(Lexicon.DEFAULT.names()), "lists no class reads");
  }

  @Test
  void countsCheckedByHandAgainstTheFiles() {
    // modality-words.tsv: not, n't, never, no, neither, nor
    assertEquals(Set.of("not", "n't", "never", "no", "neither", "nor"), Lexicon.DEFAULT.set("negators"));
    // place-words.tsv: town ... road, counted by hand
    assertEquals(45, Lexicon.DEFAULT.set("place-nouns").size());
    assertTrue(Lexicon.DEFAULT.set("not-place-names").contains("north east"));
    // matched case-sensitively, so kept as written
    assertTrue(Lexicon.DEFAULT.set("organisation-heads").contains("Cartel"));
    assertFalse(Lexicon.DEFAULT.set("organisation-heads").contains("cartel"));
    assertEquals(List.of("administration", "government", "regime", "cabinet"),
        Lexicon.DEFAULT.list("government-nouns"));
    assertEquals("lexicon/modality-words.tsv", Lexicon.DEFAULT.fileOf("request-words"));
  }

  @Test
  void speechVerbsKeepTheirIrregularForms() {
    assertEquals(List.of("wrote", "written", "writing"), SpeechVerbLexicon.DEFAULT.irregularForms("write"));
    assertEquals(List.of("said"), SpeechVerbLexicon.DEFAULT.irregularForms("say"));
    assertEquals(List.of(), SpeechVerbLexicon.DEFAULT.irregularForms("stress"));
  }
}
