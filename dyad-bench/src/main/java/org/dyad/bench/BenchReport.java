package org.dyad.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Renders a {@link BenchResult}: a block for a person ({@link #text}) and one JSON object for
 * README tables and CI checks ({@link #json}).
 *
 * <p>JSON fields: {@code corpus, threads, warmup, cpus, java, articles, failed, skipped_records,
 * sentences, tokens, wall_seconds, articles_per_second, sentences_per_second, tokens_per_second,
 * model_load_seconds, peak_heap_bytes, peak_heap_basis} ({@code "sampled"} or
 * {@code "pool_peaks"}), {@code heap} (the three measurements of {@link HeapPeak} and the limit)
 * and {@code baseline}: {@code null}, or the stock pipeline's {@code annotators, articles, sentences,
 * annotate_seconds, sentences_per_second, articles_per_second, model_load_seconds,
 * peak_heap_bytes, peak_heap_basis, heap} and Dyad's speed over it,
 * {@code dyad_over_stock_sentences_per_second, dyad_over_stock_articles_per_second}. Seconds and
 * rates are rounded to three decimals, bytes are exact.
 */
public final class BenchReport {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final double MIB = 1024.0 * 1024.0;

  private BenchReport() {}

  /** The report as one indented JSON object. */
  public static String json(BenchResult r) {
    ObjectNode root = JSON.createObjectNode();
    root.put("corpus", r.corpus()).put("threads", r.threads()).put("warmup", r.warmup())
        .put("cpus", r.cpus()).put("java", r.java());
    root.put("articles", r.articles()).put("failed", r.failed())
        .put("skipped_records", r.skippedRecords())
        .put("sentences", r.sentences())
        .put("parsed_sentences", r.parsedSentences()).put("tokens", r.tokens());
    root.put("wall_seconds", round(r.seconds()))
        .put("articles_per_second", round(r.articlesPerSecond()))
        .put("sentences_per_second", round(r.sentencesPerSecond()))
        .put("tokens_per_second", round(r.tokensPerSecond()))
        .put("model_load_seconds", round(r.modelLoadNanos() / 1e9));
    putHeap(root, r.heap());
    BaselineResult b = r.baseline();
    if (b == null) {
      root.putNull("baseline");
    } else {
      ObjectNode n = root.putObject("baseline");
      n.put("annotators", b.annotators()).put("articles", b.articles())
          .put("sentences", b.sentences()).put("annotate_seconds", round(b.seconds()))
          .put("sentences_per_second", round(b.sentencesPerSecond()))
          .put("articles_per_second", round(b.articlesPerSecond()))
          .put("model_load_seconds", round(b.loadNanos() / 1e9));
      putHeap(n, b.heap());
      n.put("dyad_over_stock_sentences_per_second", round(r.sentenceSpeedup()))
          .put("dyad_over_stock_articles_per_second", round(r.articleSpeedup()));
    }
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void putHeap(ObjectNode n, HeapPeak h) {
    n.put("peak_heap_bytes", h.peakBytes())
        .put("peak_heap_basis", h.basis().name().toLowerCase(Locale.ROOT));
    n.putObject("heap").put("sampled_peak_bytes", h.sampledBytes())
        .put("pool_peaks_sum_bytes", h.poolPeaksBytes())
        .put("after_gc_peak_bytes", h.afterGcBytes())
        .put("max_bytes", h.maxBytes());
  }

  /** The report for a person. */
  public static String text(BenchResult r) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "dyad bench: %s, %d warm-up article(s) then the timed "
        + "run, %d thread(s), %d CPU(s), Java %s%n", r.corpus(), r.warmup(), r.threads(), r.cpus(),
        r.java()));
    line(b, "articles", String.format(Locale.ROOT, "%,d (%d failed; %d record(s) skipped while "
        + "reading)", r.articles(), r.failed(), r.skippedRecords()));
    line(b, "sentences", String.format(Locale.ROOT, "%,d (%,d dependency-parsed)", r.sentences(),
        r.parsedSentences()));
    line(b, "tokens", String.format(Locale.ROOT, "%,d", r.tokens()));
    line(b, "wall time", seconds(r.seconds()));
    line(b, "articles/s", String.format(Locale.ROOT, "%.2f", r.articlesPerSecond()));
    line(b, "sentences/s", String.format(Locale.ROOT, "%.1f", r.sentencesPerSecond()));
    line(b, "tokens/s", String.format(Locale.ROOT, "%,.0f", r.tokensPerSecond()));
    line(b, "model load", seconds(r.modelLoadNanos() / 1e9)
        + " (analyzer, CoreNLP models, first tiny text)");
    line(b, "peak heap", heap(r.heap()));
    BaselineResult s = r.baseline();
    if (s != null) {
      b.append(String.format(Locale.ROOT, "%nstock CoreNLP (%s, default properties), 1 thread, "
          + "same articles after its own warm-up:%n", s.annotators()));
      line(b, "articles", String.format(Locale.ROOT, "%,d", s.articles()));
      line(b, "sentences", String.format(Locale.ROOT, "%,d (CoreNLP's own sentence split)",
          s.sentences()));
      line(b, "annotate time", seconds(s.seconds()));
      line(b, "articles/s", String.format(Locale.ROOT, "%.2f", s.articlesPerSecond()));
      line(b, "sentences/s", String.format(Locale.ROOT, "%.1f", s.sentencesPerSecond()));
      line(b, "model load", seconds(s.loadNanos() / 1e9));
      line(b, "peak heap", heap(s.heap()));
      line(b, "Dyad / stock", String.format(Locale.ROOT, "%.2fx sentences/s, %.2fx articles/s%s",
          r.sentenceSpeedup(), r.articleSpeedup(),
          r.threads() > 1 ? " (Dyad on " + r.threads() + " threads, stock on 1)" : ""));
    }
    return b.toString();
  }

  /**
   * Seconds with one decimal, or three significant digits below ten seconds, so that a short run
   * on a fast machine never reads as "0.0 s".
   */
  static String seconds(double s) {
    if (s >= 10) {
      return String.format(Locale.ROOT, "%.1f s", s);
    }
    return new java.math.BigDecimal(s).round(new java.math.MathContext(3)).stripTrailingZeros()
        .toPlainString() + " s";
  }

  private static void line(StringBuilder b, String label, String value) {
    b.append(String.format(Locale.ROOT, "  %-14s %s%n", label, value));
  }

  private static String heap(HeapPeak h) {
    String basis = h.basis() == HeapPeak.Basis.POOL_PEAKS
        ? "heap pools' own peaks summed, an upper bound"
            + (h.poolPeaksBytes() > h.peakBytes() ? " capped at the limit" : "")
        : "sampled every 50 ms";
    String other = h.basis() == HeapPeak.Basis.POOL_PEAKS
        ? String.format(Locale.ROOT, "sampled: %,.0f MiB", h.sampledBytes() / MIB)
        : String.format(Locale.ROOT, "pool peaks: %,.0f MiB", h.poolPeaksBytes() / MIB);
    return String.format(Locale.ROOT, "%,.0f MiB (%s; %s; live after GC: %,.0f MiB; limit %s)",
        h.peakBytes() / MIB, basis, other, h.afterGcBytes() / MIB,
        h.maxBytes() < 0 ? "none" : String.format(Locale.ROOT, "%,.0f MiB", h.maxBytes() / MIB));
  }

  private static double round(double v) {
    return Double.isFinite(v) ? Math.round(v * 1e6) / 1e6 : 0;
  }
}
