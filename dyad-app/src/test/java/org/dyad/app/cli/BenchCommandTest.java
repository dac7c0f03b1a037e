package org.dyad.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dyad.app.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad bench} argument checks; none of these reach the NLP models. */
class BenchCommandTest {
  private final CliRun cli = new CliRun();

  @Test
  void limitBelowOneIsAUsageError(@TempDir Path dir) throws Exception {
    Path corpus = Files.writeString(dir.resolve("c.jsonl"), "{\"id\": \"a\", \"text\": \"x\"}\n");
    assertEquals(2, cli.run("bench", "--corpus", corpus.toString(), "--limit", "0"));
    assertTrue(cli.err().contains("--limit must be 1 or more (was 0)"), cli.err());
  }

  @Test
  void threadsBelowOneIsAUsageError(@TempDir Path dir) throws Exception {
    Path corpus = Files.writeString(dir.resolve("c.jsonl"), "{\"id\": \"a\", \"text\": \"x\"}\n");
    assertEquals(2, cli.run("bench", "--corpus", corpus.toString(), "--threads", "-2"));
    assertTrue(cli.err().contains("--threads must be 1 or more (was -2)"), cli.err());
  }

  @Test
  void negativeWarmupIsAUsageError(@TempDir Path dir) throws Exception {
    Path corpus = Files.writeString(dir.resolve("c.jsonl"), "{\"id\": \"a\", \"text\": \"x\"}\n");
    assertEquals(2, cli.run("bench", "--corpus", corpus.toString(), "--warmup", "-1"));
    assertTrue(cli.err().contains("--warmup must be 0 or more"), cli.err());
  }

  @Test
  void theCorpusIsRequired() {
    assertEquals(2, cli.run("bench", "--limit", "3"));
    assertTrue(cli.err().contains("--corpus"), cli.err());
  }

  @Test
  void missingCorpusExitsOneNamingThePath(@TempDir Path dir) {
    Path missing = dir.resolve("no-such-corpus.jsonl");
    assertEquals(1, cli.run("bench", "--corpus", missing.toString(), "--limit", "3"));
    assertTrue(cli.err().contains("cannot read corpus " + missing + ": no such file"), cli.err());
    assertEquals("", cli.out());
  }

  @Test
  void aCorpusWithNothingUsableExitsOne(@TempDir Path dir) throws Exception {
    // Empty texts are skipped by the reader, so no model is ever loaded.
    Path corpus = Files.writeString(dir.resolve("empty.jsonl"),
        "{\"id\": \"a\", \"text\": \"\"}\n{\"id\": \"b\", \"text\": \" \"}\n");
    assertEquals(1, cli.run("bench", "--corpus", corpus.toString(), "--warmup", "0"));
    assertTrue(cli.err().contains("corpus " + corpus + " has 0 usable article(s)"), cli.err());
    assertTrue(cli.err().contains("empty text"), cli.err());
  }

  @Test
  void helpTellsHowMuchHeapTheBaselineWants() {
    assertEquals(0, cli.run("bench", "--help"));
    assertTrue(cli.out().contains("DYAD_JAVA_OPTS=-Xmx5g"), cli.out());
  }
}
