package org.dyad.app.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dyad.app.cli.DyadCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code dyad eval} through the real command line, on paths that never reach the NLP models. */
class EvalCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = DyadCommand.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void evalIsADyadCommand() {
    assertEquals(0, run("eval", "--help"));
    assertTrue(out.toString().contains("--gold=FILE"), out.toString());
    assertTrue(out.toString().contains("plover-gsr"), out.toString());
  }

  @Test
  void missingGoldFileExitsOne(@TempDir Path dir) {
    Path missing = dir.resolve("none.jsonl");
    assertEquals(1, run("eval", "--gold", missing.toString()));
    assertTrue(err.toString().contains("cannot read gold file " + missing + ": no such file"), err.toString());
  }

  @Test
  void goldFileWithoutAGoodRecordExitsOneAndNamesTheBadLine(@TempDir Path dir) throws Exception {
    Path gold = Files.writeString(dir.resolve("bad.jsonl"), "{\"id\": \"a\"}\n");
    assertEquals(1, run("eval", "--gold", gold.toString()));
    assertTrue(err.toString().contains(gold + ":1: no text"), err.toString());
    assertTrue(err.toString().contains("no usable gold documents"), err.toString());
  }

  @Test
  void usageErrorsExitTwo(@TempDir Path dir) throws Exception {
    Path gold = Files.writeString(dir.resolve("g.jsonl"), "");
    assertEquals(2, run("eval"));
    assertEquals(2, run("eval", "--gold", gold.toString(), "--date", "5 May"));
    assertTrue(err.toString().contains("--date '5 May'"), err.toString());
    assertEquals(2, run("eval", "--gold", gold.toString(), "--format", "xml"));
    assertTrue(err.toString().contains("unknown gold format 'xml'"), err.toString());
    assertEquals(2, run("eval", "--gold", gold.toString(), "--limit", "-1"));
    Path prose = Files.writeString(dir.resolve("g.txt"), "prose\n");
    assertEquals(2, run("eval", "--gold", prose.toString()));
    assertTrue(err.toString().contains("cannot tell the format of " + prose), err.toString());
  }
}
