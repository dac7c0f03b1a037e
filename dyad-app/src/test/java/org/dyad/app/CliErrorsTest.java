package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dyad.app.cli.DyadCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Bad input through the real command line; none of these reach the NLP models. */
class CliErrorsTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = DyadCommand.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void missingFileIsReportedAndSkipped(@TempDir Path dir) throws Exception {
    Path missing = dir.resolve("nope.txt");
    int code = run("analyze", "--format", "jsonl", missing.toString());
    assertEquals(1, code);
    assertTrue(err.toString().contains(missing.toString()), err.toString());
    JsonNode n = new ObjectMapper().readTree(out.toString().strip());
    assertEquals("skipped", n.get("status").asText());
    assertTrue(n.get("reason").asText().contains("nope.txt"), n.toString());
  }

  @Test
  void badLinesOfABatchAreEachReportedWithTheirLine(@TempDir Path dir) throws Exception {
    Path jsonl = dir.resolve("batch.jsonl");
    Files.writeString(jsonl, "{\"id\": \"a\", \"text\": \"\"}\n{not json\n{\"id\": \"c\"}\n");
    int code = run("analyze", "--format", "jsonl", jsonl.toString());
    assertEquals(1, code);
    String[] lines = out.toString().strip().split("\n");
    assertEquals(3, lines.length, out.toString());
    ObjectMapper m = new ObjectMapper();
    assertEquals("a", m.readTree(lines[0]).get("id").asText());
    assertTrue(m.readTree(lines[1]).get("reason").asText().contains("batch.jsonl:2"), lines[1]);
    assertEquals("skipped", m.readTree(lines[2]).get("status").asText());
    assertTrue(err.toString().contains("batch.jsonl:2"), err.toString());
  }

  @Test
  void badDateIsAUsageError() {
    int code = run("analyze", "--date", "4 June 2025", "x.txt");
    assertEquals(2, code);
    assertTrue(err.toString().contains("--date '4 June 2025'"), err.toString());
  }

  @Test
  void unknownFormatIsAUsageError() {
    assertEquals(2, run("analyze", "--format", "xml", "x.txt"));
    assertTrue(err.toString().contains("xml"), err.toString());
  }

  @Test
  void badDictionaryFailsFastWithFileAndLine(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("actors"));
    Files.writeString(dir.resolve("actors/parties.tsv"),
        "# version: 1\n# source: test\n# columns: name\tcountry\tparty\nRepublican\tUS\tGOP\n");
    int code = run("analyze", "--dictionaries", dir.toString(), "x.txt");
    assertEquals(1, code);
    assertTrue(err.toString().contains("actors/parties.tsv:4: 'US' is not an ISO alpha-3 code"),
        err.toString());
  }
}
