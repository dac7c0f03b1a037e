package org.dyad.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report's shape, from hand-made results. */
class BenchReportTest {
  private static final long MIB = 1024L * 1024;
  private static final HeapPeak HEAP = new HeapPeak(2000 * MIB, 2500 * MIB, 1200 * MIB, 3072 * MIB);

  /** 30 articles, 600 sentences (400 parsed), 15,000 tokens in 20 s; loaded in 12.5 s. */
  private static BenchResult result(BaselineResult baseline) {
    return new BenchResult("corpus.jsonl", 1, 5, 30, 1, 2, 600, 400, 15_000, 20_000_000_000L,
        12_500_000_000L, HEAP, 2, "17.0.12", baseline);
  }

  @Test
  void jsonCarriesEveryFigureAsNumbers() throws Exception {
    JsonNode n = new ObjectMapper().readTree(BenchReport.json(result(null)));
    List<String> names = new ArrayList<>();
    n.fieldNames().forEachRemaining(names::add);
    assertEquals(List.of("corpus", "threads", "warmup", "cpus", "java", "articles", "failed",
        "skipped_records", "sentences", "parsed_sentences", "tokens", "wall_seconds", "articles_per_second",
        "sentences_per_second", "tokens_per_second", "model_load_seconds", "peak_heap_bytes",
        "peak_heap_basis", "heap", "baseline"), names);
    assertEquals("corpus.jsonl", n.get("corpus").asText());
    assertEquals(30, n.get("articles").asInt());
    assertEquals(1, n.get("failed").asInt());
    assertEquals(2, n.get("skipped_records").asInt());
    assertEquals(600, n.get("sentences").asLong());
    assertEquals(400, n.get("parsed_sentences").asLong());
    assertEquals(15_000, n.get("tokens").asLong());
    assertEquals(20.0, n.get("wall_seconds").asDouble(), 1e-9);
    assertEquals(1.5, n.get("articles_per_second").asDouble(), 1e-9);
    assertEquals(30.0, n.get("sentences_per_second").asDouble(), 1e-9);
    assertEquals(750.0, n.get("tokens_per_second").asDouble(), 1e-9);
    assertEquals(12.5, n.get("model_load_seconds").asDouble(), 1e-9);
    assertTrue(n.get("tokens_per_second").isNumber());
    assertEquals(2500 * MIB, n.get("peak_heap_bytes").asLong());
    assertEquals("pool_peaks", n.get("peak_heap_basis").asText());
    JsonNode heap = n.get("heap");
    assertEquals(2000 * MIB, heap.get("sampled_peak_bytes").asLong());
    assertEquals(2500 * MIB, heap.get("pool_peaks_sum_bytes").asLong());
    assertEquals(1200 * MIB, heap.get("after_gc_peak_bytes").asLong());
    assertEquals(3072 * MIB, heap.get("max_bytes").asLong());
    assertTrue(n.get("baseline").isNull());
  }

  @Test
  void baselineGivesStockRatesAndDyadsSpeedOverThem() throws Exception {
    // Stock: 30 articles, 640 sentences in 80 s; Dyad does 30 sentences/s against 8.
    BaselineResult stock = new BaselineResult("tokenize,ssplit", 30, 640, 80_000_000_000L,
        40_000_000_000L, new HeapPeak(3500 * MIB, 3000 * MIB, 2800 * MIB, 5120 * MIB));
    JsonNode b = new ObjectMapper().readTree(BenchReport.json(result(stock))).get("baseline");
    assertEquals("tokenize,ssplit", b.get("annotators").asText());
    assertEquals(30, b.get("articles").asInt());
    assertEquals(640, b.get("sentences").asLong());
    assertEquals(80.0, b.get("annotate_seconds").asDouble(), 1e-9);
    assertEquals(8.0, b.get("sentences_per_second").asDouble(), 1e-9);
    assertEquals(0.375, b.get("articles_per_second").asDouble(), 1e-9);
    assertEquals(40.0, b.get("model_load_seconds").asDouble(), 1e-9);
    assertEquals(3500 * MIB, b.get("peak_heap_bytes").asLong());
    assertEquals("sampled", b.get("peak_heap_basis").asText());
    assertEquals(3.75, b.get("dyad_over_stock_sentences_per_second").asDouble(), 1e-9);
    assertEquals(4.0, b.get("dyad_over_stock_articles_per_second").asDouble(), 1e-9);
  }

  @Test
  void poolPeaksCountAtMostTheHeapLimit() throws Exception {
    HeapPeak over = new HeapPeak(4000 * MIB, 5600 * MIB, 2400 * MIB, 5120 * MIB);
    assertEquals(5120 * MIB, over.peakBytes());
    assertEquals(HeapPeak.Basis.POOL_PEAKS, over.basis());
    BenchResult r = new BenchResult("c", 1, 0, 1, 0, 0, 1, 1, 1, 1, 1, over, 1, "17", null);
    JsonNode n = new ObjectMapper().readTree(BenchReport.json(r));
    assertEquals(5120 * MIB, n.get("peak_heap_bytes").asLong());
    assertEquals(5600 * MIB, n.get("heap").get("pool_peaks_sum_bytes").asLong());
    assertTrue(BenchReport.text(r).contains("5,120 MiB (heap pools' own peaks summed, an upper "
        + "bound capped at the limit"), BenchReport.text(r));
    // Without a limit nothing caps the sum.
    assertEquals(20, new HeapPeak(10, 20, 5, -1).peakBytes());
  }

  @Test
  void textNamesEachFigureAndWhichHeapMeasureLeads() {
    String text = BenchReport.text(result(null));
    for (String label : List.of("articles", "sentences", "tokens", "wall time", "articles/s",
        "sentences/s", "tokens/s", "model load", "peak heap")) {
      assertTrue(text.contains("  " + label + " "), () -> label + " missing in\n" + text);
    }
    assertTrue(text.contains("30.0"), text);
    assertTrue(text.contains("2,500 MiB (heap pools' own peaks summed, an upper bound;"), text);
    assertTrue(!text.contains("stock CoreNLP"), text);
  }

  @Test
  void shortTimesKeepThreeSignificantDigits() {
    assertEquals("0.0494 s", BenchReport.seconds(0.04937));
    assertEquals("2 s", BenchReport.seconds(2.0));
    assertEquals("9.88 s", BenchReport.seconds(9.876));
    assertEquals("30.0 s", BenchReport.seconds(30.04));
  }
}
