package org.dyad.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.dyad.app.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad eval} through the real command line, on paths that never reach the NLP models. */
class EvalCommandTest {
  private final CliRun cli = new CliRun();

  private int run(String... args) {
    return cli.run(args);
  }

  @Test
  void evalIsADyadCommand() {
    assertEquals(0, run("eval", "--help"));
    assertTrue(cli.out().contains("--gold=FILE"), cli.out());
    assertTrue(cli.out().contains("plover-gsr"), cli.out());
  }

  @Test
  void missingGoldFileExitsOne(@TempDir Path dir) {
    Path missing = dir.resolve("none.jsonl");
    assertEquals(1, run("eval", "--gold", missing.toString()));
    assertTrue(cli.err().contains("cannot read gold file " + missing + ": no such file"), cli.err());
  }

  @Test
  void goldFileWithoutAGoodRecordExitsOneAndNamesTheBadLine(@TempDir Path dir) throws Exception {
    Path gold = Files.writeString(dir.resolve("bad.jsonl"), "{\"id\": \"a\"}\n");
    assertEquals(1, run("eval", "--gold", gold.toString()));
    assertTrue(cli.err().contains(gold + ":1: no text"), cli.err());
    assertTrue(cli.err().contains("no usable gold documents"), cli.err());
  }

  @Test
  void usageErrorsExitTwo(@TempDir Path dir) throws Exception {
    Path gold = Files.writeString(dir.resolve("g.jsonl"), "");
    assertEquals(2, run("eval"));
    assertEquals(2, run("eval", "--gold", gold.toString(), "--date", "5 May"));
    assertTrue(cli.err().contains("--date") && cli.err()
        .contains("'5 May' is not a date of the form YYYY-MM-DD"), cli.err());
    assertEquals(2, run("eval", "--gold", gold.toString(), "--format", "xml"));
    assertTrue(cli.err().contains("unknown gold format 'xml'"), cli.err());
    assertEquals(2, run("eval", "--gold", gold.toString(), "--limit", "-1"));
    Path prose = Files.writeString(dir.resolve("g.txt"), "prose\n");
    assertEquals(2, run("eval", "--gold", prose.toString()));
    assertTrue(cli.err().contains("cannot tell the format of " + prose), cli.err());
  }

  @Test
  void goldCodesAreCheckedAgainstTheUsersCameoTable(@TempDir Path dir) throws Exception {
    // The user's table lacks 1413 (a code no built-in pattern codes into, so the patterns still load);
    // the built-in table has it and would send the record to the models.
    String table;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("dyad/cameo/cameo-codes.tsv")) {
      table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Files.createDirectories(dir.resolve("own/cameo"));
    Files.writeString(dir.resolve("own/cameo/cameo-codes.tsv"), List.of(table.split("\n")).stream()
        .filter(l -> !l.startsWith("1413\t")).collect(Collectors.joining("\n", "", "\n")));
    Path gold = Files.writeString(dir.resolve("g.jsonl"), "{\"id\": \"a\", \"text\": \"x\", \"events\": "
        + "[{\"source\": \"RUS\", \"target\": \"UKR\", \"code\": \"1413\"}]}\n");
    assertEquals(1, run("eval", "--gold", gold.toString(), "--dictionaries", dir.resolve("own").toString()));
    assertTrue(cli.err().contains(gold + ":1: events[0]: code '1413' is not a CAMEO event code"), cli.err());
  }

  @Test
  void aMisspeltDictionaryFileExitsOneAndNamesIt(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("cameo/cameo-code.tsv");
    Files.createDirectories(bad.getParent());
    Files.writeString(bad, "");
    Path gold = Files.writeString(dir.resolve("g.jsonl"), "{\"id\": \"a\", \"text\": \"x\", \"events\": []}\n");
    assertEquals(1, run("eval", "--gold", gold.toString(), "--dictionaries", dir.toString()));
    assertTrue(cli.err().contains(bad + ": not a dictionary Dyad reads"), cli.err());
    assertTrue(cli.err().contains("did you mean cameo/cameo-codes.tsv?"), cli.err());
  }
}
