package org.dyad.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.dyad.pipeline.analyze.AnalyzerConfig;
import org.dyad.ingest.IngestConfig;
import org.junit.jupiter.api.Test;

/** The benchmark's phases and counts, with a fake parser and a fake stock pipeline. */
class BenchmarkTest {
  private final StringWriter progress = new StringWriter();
  private final AtomicInteger stockCalls = new AtomicInteger();

  private Benchmark benchmark() {
    // Language detection off: the test corpus is known English, and lingua is large for this heap.
    return new Benchmark(AnalyzerConfig.defaults(), FakeParser::new, () -> text -> {
      stockCalls.incrementAndGet();
      return 1;
    }, IngestConfig.defaults().withDetectLanguage(false), new PrintWriter(progress));
  }

  private static Path corpus() throws URISyntaxException {
    return Path.of(BenchmarkTest.class.getResource("bench-articles.jsonl").toURI());
  }

  @Test
  void timesTheArticlesAfterTheWarmupOnSeveralThreads() throws Exception {
    BenchResult r = benchmark().run(new BenchOptions(corpus(), 3, 1, 2, false));
    assertEquals(3, r.articles());
    assertEquals(1, r.warmup());
    assertEquals(2, r.threads());
    assertEquals(0, r.failed());
    // Articles 2-4 of the file have three sentences each (the fake parser splits at periods).
    assertEquals(9, r.sentences());
    assertTrue(r.tokens() > r.sentences(), () -> "tokens " + r.tokens());
    assertTrue(r.wallNanos() > 0 && r.modelLoadNanos() > 0);
    assertTrue(r.heap().peakBytes() > 0 && r.heap().sampledBytes() > 0);
    assertEquals(null, r.baseline());
    assertTrue(progress.toString().contains("timed 3/3"), progress.toString());
  }

  @Test
  void aShortCorpusTimesWhatItHas() throws Exception {
    BenchResult r = benchmark().run(new BenchOptions(corpus(), 50, 2, 1, false));
    assertEquals(3, r.articles());
    assertTrue(progress.toString().contains("only 3 article(s) left to time (--limit 50)"),
        progress.toString());
  }

  @Test
  void baselineAnnotatesTheSameArticlesAfterItsOwnWarmup() throws Exception {
    BenchResult r = benchmark().run(new BenchOptions(corpus(), 2, 1, 1, true));
    BaselineResult b = r.baseline();
    assertNotNull(b);
    assertEquals(2, b.articles());
    assertEquals(2, b.sentences());
    // One tiny text at load, one warm-up article, two timed ones.
    assertEquals(4, stockCalls.get());
    assertTrue(b.annotateNanos() > 0);
  }
}
