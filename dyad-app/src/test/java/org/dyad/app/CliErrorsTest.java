package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input through the real command line; none of these reach the NLP models. */
class CliErrorsTest {
  private final CliRun cli = new CliRun();

  private int run(String... args) {
    return cli.run(args);
  }

  @Test
  void missingFileIsReportedAndSkipped(@TempDir Path dir) throws Exception {
    Path missing = dir.resolve("nope.txt");
    int code = run("analyze", "--format", "jsonl", missing.toString());
    assertEquals(1, code);
    assertTrue(cli.err().contains(missing.toString()), cli.err());
    JsonNode n = new ObjectMapper().readTree(cli.out().strip());
    assertEquals("skipped", n.get("status").asText());
    assertTrue(n.get("reason").asText().contains("nope.txt"), n.toString());
  }

  @Test
  void badLinesOfABatchAreEachReportedWithTheirLine(@TempDir Path dir) throws Exception {
    Path jsonl = dir.resolve("batch.jsonl");
    Files.writeString(jsonl, "{\"id\": \"a\", \"text\": \"\"}\n{not json\n{\"id\": \"c\"}\n");
    int code = run("analyze", "--format", "jsonl", jsonl.toString());
    assertEquals(1, code);
    String[] lines = cli.out().strip().split("\n");
    assertEquals(3, lines.length, cli.out());
    ObjectMapper m = new ObjectMapper();
    assertEquals("a", m.readTree(lines[0]).get("id").asText());
    assertTrue(m.readTree(lines[1]).get("reason").asText().contains("batch.jsonl:2"), lines[1]);
    assertEquals("skipped", m.readTree(lines[2]).get("status").asText());
    assertTrue(cli.err().contains("batch.jsonl:2"), cli.err());
  }

  @Test
  void badDateIsAUsageError() {
    int code = run("analyze", "--date", "4 June 2025", "x.txt");
    assertEquals(2, code);
    assertTrue(cli.err().contains("--date") && cli.err()
        .contains("'4 June 2025' is not a date of the form YYYY-MM-DD"), cli.err());
  }

  @Test
  void aLimitBelowOneIsAUsageErrorNotAStackTrace() {
    assertEquals(2, run("analyze", "--fetch-deadline", "0", "x.txt"));
    assertTrue(cli.err().contains("--fetch-deadline") && cli.err().contains("must be 1 or more, was 0"), cli.err());
    assertEquals(2, run("analyze", "--max-bytes", "-5", "x.txt"));
    assertTrue(cli.err().contains("--max-bytes") && cli.err().contains("must be 1 or more, was -5"), cli.err());
    assertFalse(cli.err().contains("Exception"), cli.err());
  }

  @Test
  void unknownFormatIsAUsageError() {
    assertEquals(2, run("analyze", "--format", "xml", "x.txt"));
    assertTrue(cli.err().contains("xml"), cli.err());
  }

  @Test
  void badDictionaryFailsFastWithFileAndLine(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("actors"));
    Files.writeString(dir.resolve("actors/parties.tsv"),
        "# version: 1\n# source: test\n# columns: name\tcountry\tparty\nRepublican\tUS\tGOP\n");
    int code = run("analyze", "--dictionaries", dir.toString(), "x.txt");
    assertEquals(1, code);
    assertTrue(cli.err().contains("actors/parties.tsv:4: 'US' is not an ISO alpha-3 code"),
        cli.err());
  }

  @Test
  void aFileTheDictionariesDoNotHaveFailsFast(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("actors/countrys.tsv");
    Files.createDirectories(bad.getParent());
    Files.writeString(bad, "");
    assertEquals(1, run("analyze", "--dictionaries", dir.toString(), "x.txt"));
    assertTrue(cli.err().contains(bad + ": not a dictionary Dyad reads, so it would be ignored"
        + " (did you mean actors/countries.tsv?)"), cli.err());
  }
}
