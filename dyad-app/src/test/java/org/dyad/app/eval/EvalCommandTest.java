package org.dyad.app.eval;

import org.dyad.app.CliRun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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
}
