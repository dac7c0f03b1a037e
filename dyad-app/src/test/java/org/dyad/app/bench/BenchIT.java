package org.dyad.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.app.CliRun;
import org.dyad.app.SharedData;
import org.junit.jupiter.api.Test;

/**
 * {@code dyad bench} with the real models on five short articles: it runs and prints positive
 * figures. Speed itself is not checked here; the machine running CI decides that.
 */
class BenchIT {
  private static String corpus() throws Exception {
    return Path.of(BenchIT.class.getResource("bench-articles.jsonl").toURI()).toString();
  }

  @Test
  void printsPositiveFigures() throws Exception {
    CliRun cli = new CliRun();
    int code = cli.run("bench", "--corpus", corpus(), "--limit", "3", "--warmup", "1");
    assertEquals(0, code, cli.err());
    String out = cli.out();
    for (String label : List.of("articles", "sentences", "tokens", "wall time", "articles/s",
        "sentences/s", "tokens/s", "model load", "peak heap")) {
      Matcher m = Pattern.compile("(?m)^  " + Pattern.quote(label) + " +([0-9][0-9,]*(\\.[0-9]+)?)")
          .matcher(out);
      assertTrue(m.find(), () -> label + " missing in\n" + out);
      double value = Double.parseDouble(m.group(1).replace(",", ""));
      assertTrue(value > 0, () -> label + " is " + value + " in\n" + out);
    }
    assertTrue(out.contains("  articles       3 "), out);
  }

  /** The CI check: {@code dyad bench --limit 20} on the shared news corpus, where present. */
  @Test
  void twentySharedArticlesPrintTheirFigures() throws Exception {
    Path corpus = SharedData.require("corpus/insightcrime.jsonl");
    CliRun cli = new CliRun();
    int code = cli.run("bench", "--corpus", corpus.toString(), "--limit", "20", "--warmup", "2",
        "--json");
    assertEquals(0, code, cli.err());
    JsonNode n = new ObjectMapper().readTree(cli.out());
    assertEquals(20, n.get("articles").asInt());
    assertEquals(0, n.get("failed").asInt());
    assertTrue(n.get("parsed_sentences").asLong() > 0
        && n.get("parsed_sentences").asLong() <= n.get("sentences").asLong(), n::toString);
    assertTrue(n.get("sentences_per_second").asDouble() > 0, n::toString);
  }

  @Test
  void jsonHasPositiveFigures() throws Exception {
    CliRun cli = new CliRun();
    int code = cli.run("bench", "--corpus", corpus(), "--limit", "2", "--warmup", "0", "--json");
    assertEquals(0, code, cli.err());
    JsonNode n = new ObjectMapper().readTree(cli.out());
    assertEquals(2, n.get("articles").asInt());
    for (String f : List.of("sentences", "tokens", "wall_seconds", "articles_per_second",
        "sentences_per_second", "tokens_per_second", "model_load_seconds", "peak_heap_bytes")) {
      assertTrue(n.get(f).asDouble() > 0, () -> f + " in " + n);
    }
  }
}
