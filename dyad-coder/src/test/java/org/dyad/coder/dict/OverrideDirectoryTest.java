package org.dyad.coder.dict;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's dictionary directory: known tables and notes pass, anything else fails naming the file. */
class OverrideDirectoryTest {
  @TempDir
  Path dir;

  private Path file(String relative) throws IOException {
    Path f = dir.resolve(relative);
    Files.createDirectories(f.getParent());
    return Files.writeString(f, "x");
  }

  @Test
  void knownTablesHiddenFilesAndNotesPass() throws IOException {
    file("cameo/event-patterns.tsv");
    file("actors/countries.tsv");
    file(".git/config");
    file(".DS_Store");
    file("README.md");
    file("actors/NOTICE");
    assertDoesNotThrow(() -> OverrideDirectory.check(dir));
    assertDoesNotThrow(() -> OverrideDirectory.check(null));
  }

  @Test
  void aMisspeltTableFailsWithItsPathAndTheNameMeant() throws IOException {
    Path bad = file("cameo/event-pattern.tsv");
    DictionaryException e = assertThrows(DictionaryException.class, () -> OverrideDirectory.check(dir));
    assertTrue(e.getMessage().startsWith(bad + ": not a dictionary Dyad reads, so it would be ignored"
        + " (did you mean cameo/event-patterns.tsv?)"), e.getMessage());
  }

  @Test
  void aTableInTheWrongFolderFails() throws IOException {
    Path bad = file("countries.tsv");
    DictionaryException e = assertThrows(DictionaryException.class, () -> OverrideDirectory.check(dir));
    assertTrue(e.getMessage().startsWith(bad + ": not a dictionary Dyad reads"), e.getMessage());
    assertTrue(e.getMessage().contains("actors/countries.tsv"), e.getMessage());
  }

  @Test
  void aMissingDirectoryFails() {
    Path missing = dir.resolve("nope");
    DictionaryException e = assertThrows(DictionaryException.class, () -> OverrideDirectory.check(missing));
    assertEquals(missing + ": no such directory of dictionaries", e.getMessage());
  }

  @Test
  void theListIsTheShippedFiles() throws Exception {
    Path shipped = Path.of(OverrideDirectory.class.getClassLoader().getResource("dyad/cameo").toURI()).getParent();
    try (Stream<Path> walk = Files.walk(shipped)) {
      // lexicon/ holds word lists read from the class path only (SpeechVerbLexicon): an override
      // there would be ignored, so the check rightly rejects one
      List<String> files = walk.filter(Files::isRegularFile)
          .map(p -> shipped.relativize(p).toString().replace('\\', '/'))
          .filter(f -> !f.startsWith("lexicon/")).sorted().toList();
      assertEquals(OverrideDirectory.KNOWN.stream().sorted().toList(), files);
    }
  }

  @Test
  void distanceCountsEdits() {
    assertEquals(0, OverrideDirectory.distance("abc", "abc"));
    assertEquals(1, OverrideDirectory.distance("abc", "abd"));
    assertEquals(1, OverrideDirectory.distance("patterns", "pattern"));
    assertEquals(3, OverrideDirectory.distance("kitten", "sitting"));
  }
}
