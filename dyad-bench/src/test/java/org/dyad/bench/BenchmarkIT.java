package org.dyad.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.pipeline.analyze.AnalyzerConfig;
import org.junit.jupiter.api.Test;

/**
 * What {@code dyad bench} runs ({@link Benchmark#standard}, {@link BenchReport}), with the real models
 * on five short articles: it runs and prints positive figures. Speed itself is not checked here; the machine running CI decides that.
 */
class BenchmarkIT {
  private static Path corpus() throws Exception {
    return Path.of(BenchmarkIT.class.getResource("bench-articles.jsonl").toURI());
  }

  /** The benchmark's report of {@code corpus}, as text or JSON. */
  private static String bench(Path corpus, int limit, int warmup, boolean json) throws Exception {
    BenchResult r = Benchmark.standard(AnalyzerConfig.defaults(), new PrintWriter(new StringWriter()))
        .run(new BenchOptions(corpus, limit, warmup, 1, false));
    return json ? BenchReport.json(r) : BenchReport.text(r);
  }

  @Test
  void printsPositiveFigures() throws Exception {
    String out = bench(corpus(), 3, 1, false);
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

  /** The CI check: {@code dyad bench --limit 20 --warmup 2} on the shared news corpus, where present. */
  @Test
  void twentySharedArticlesPrintTheirFigures() throws Exception {
    Path corpus = Path.of(System.getProperty("dyad.shared", "../shared"), "corpus", "insightcrime.jsonl");
    assumeTrue(Files.isRegularFile(corpus), "skipped: " + corpus + " is absent (the development data lives in"
        + " ../shared beside the project)");
    JsonNode n = new ObjectMapper().readTree(bench(corpus, 20, 2, true));
    assertEquals(20, n.get("articles").asInt());
    assertEquals(0, n.get("failed").asInt());
    assertTrue(n.get("parsed_sentences").asLong() > 0
        && n.get("parsed_sentences").asLong() <= n.get("sentences").asLong(), n::toString);
    assertTrue(n.get("sentences_per_second").asDouble() > 0, n::toString);
  }

  @Test
  void jsonHasPositiveFigures() throws Exception {
    JsonNode n = new ObjectMapper().readTree(bench(corpus(), 2, 0, true));
    assertEquals(2, n.get("articles").asInt());
    for (String f : List.of("sentences", "tokens", "wall_seconds", "articles_per_second",
        "sentences_per_second", "tokens_per_second", "model_load_seconds", "peak_heap_bytes")) {
      assertTrue(n.get(f).asDouble() > 0, () -> f + " in " + n);
    }
  }
}
