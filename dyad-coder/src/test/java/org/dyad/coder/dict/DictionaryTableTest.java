package org.dyad.coder.dict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DictionaryTableTest {
  private static final List<String> COLS = List.of("name", "country", "party");

  private static DictionaryTable parse(String text) throws IOException {
    return DictionaryTable.parse("t.tsv", "test",
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), COLS);
  }

  @Test
  void readsHeaderAndRows() throws IOException {
    DictionaryTable t = parse("# version: 1\n# source: me\n# columns: name\tcountry\tparty\n"
        + "Tory\tGBR\tConservative Party\n\n# a comment\nLikud\tISR\t-\n");
    assertEquals("1", t.version());
    assertEquals(2, t.rows().size());
    assertEquals("t.tsv:4", t.rows().get(0).where());
    assertEquals(null, t.rows().get(1).text(2));
    assertEquals("t.tsv:7", t.rows().get(1).where());
  }

  @Test
  void wrongColumnCountNamesFileAndLine() {
    DictionaryException e = assertThrows(DictionaryException.class, () -> parse(
        "# version: 1\n# source: me\n# columns: name\tcountry\tparty\nTory\tGBR\n"));
    assertEquals("t.tsv:4: expected 3 tab-separated columns, found 2", e.getMessage());
  }

  @Test
  void missingProvenanceIsAnError() {
    DictionaryException e = assertThrows(DictionaryException.class,
        () -> parse("# version: 1\n# columns: name\tcountry\tparty\n"));
    assertEquals("t.tsv:1: header '# source: ...' is missing", e.getMessage());
  }

  @Test
  void unexpectedColumnsAreAnError() {
    DictionaryException e = assertThrows(DictionaryException.class,
        () -> parse("# version: 1\n# source: x\n# columns: a\tb\n"));
    assertEquals("t.tsv:3: columns [a, b] but Dyad reads [name, country, party]", e.getMessage());
  }

  @Test
  void badDateNamesTheValue() throws IOException {
    DictionaryTable t = parse("# version: 1\n# source: me\n# columns: name\tcountry\tparty\nA\tB\t2025-13-01\n");
    DictionaryException e = assertThrows(DictionaryException.class, () -> t.rows().get(0).date(2, "start"));
    assertEquals("t.tsv:4: start '2025-13-01' is not a YYYY-MM-DD date", e.getMessage());
  }

  @Test
  void userDirectoryOverridesBuiltIn(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("actors"));
    Files.writeString(dir.resolve("actors/parties.tsv"),
        "# version: mine\n# source: me\n# columns: name\tcountry\tparty\nX\tFRA\tY\n");
    DictionaryTable t = DictionaryTable.load("actors/parties.tsv", dir, COLS);
    assertEquals("mine", t.version());
    assertEquals(1, t.rows().size());
    DictionaryTable builtIn = DictionaryTable.load("actors/parties.tsv", null, COLS);
    assertEquals("classpath:dyad/actors/parties.tsv", builtIn.origin());
  }
}
