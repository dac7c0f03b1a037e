package org.dyad.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import org.dyad.pipeline.analyze.AnalyzerConfig;
import org.dyad.pipeline.analyze.ArticleAnalyzer;
import org.dyad.ingest.ArticleSource;
import org.dyad.ingest.IngestConfig;
import org.dyad.model.article.Article;
import org.dyad.model.text.TextParser;
import org.dyad.nlp.StockPipeline;

/**
 * Runs {@code dyad bench}: Dyad's whole analysis over a corpus, timed after a warm-up, and
 * optionally the stock CoreNLP pipeline on the same articles.
 *
 * <p>Takes the analyzer configuration, a factory for the parser ({@code null} for the analyzer's own
 * CoreNLP; either is made once, inside the timed model load), a factory for the stock pipeline (a function from text to its sentence count, called only
 * with {@code --baseline}), the ingest settings and a writer for progress. {@link #standard} wires
 * the real CoreNLP parser and {@link StockPipeline#FULL}. Gives a {@link BenchResult}.
 *
 * <p>The first {@code warmup} usable articles of the corpus warm up, the next {@code limit} are
 * timed; a corpus with fewer times what it has. Articles are analysed without a {@code --date}, as
 * {@code dyad analyze} would, and their results are dropped.
 */
public final class Benchmark {
  /** The text analysed right after loading, so lazily loaded models count as load time. */
  static final String TINY_TEXT = "The minister met the mayor of the city on Monday.";

  private final AnalyzerConfig config;
  private final Supplier<TextParser> parserFactory;
  private final Supplier<ToIntFunction<String>> stockFactory;
  private final IngestConfig ingest;
  private final PrintWriter progress;

  /** A benchmark with the given parts; see the class comment. */
  public Benchmark(AnalyzerConfig config, Supplier<TextParser> parserFactory,
                   Supplier<ToIntFunction<String>> stockFactory, IngestConfig ingest,
                   PrintWriter progress) {
    this.config = Objects.requireNonNull(config, "config");
    this.parserFactory = parserFactory;
    this.stockFactory = Objects.requireNonNull(stockFactory, "stockFactory");
    this.ingest = Objects.requireNonNull(ingest, "ingest");
    this.progress = Objects.requireNonNull(progress, "progress");
  }

  /** The benchmark Dyad ships: the given configuration, CoreNLP, the full stock pipeline. */
  public static Benchmark standard(AnalyzerConfig config, PrintWriter progress) {
    return new Benchmark(config, null, () -> {
      StockPipeline stock = new StockPipeline(StockPipeline.FULL);
      return stock::annotate;
    }, IngestConfig.defaults(), progress);
  }

  /**
   * Runs the benchmark.
   *
   * @throws BenchException when the corpus cannot be read or leaves no article to time
   */
  public BenchResult run(BenchOptions o) throws BenchException {
    if (!Files.isRegularFile(o.corpus()) || !Files.isReadable(o.corpus())) {
      throw new BenchException("cannot read corpus " + o.corpus() + ": "
          + (Files.exists(o.corpus()) ? "not a readable file" : "no such file"));
    }
    Corpus corpus = Corpus.read(new ArticleSource(ingest), o.corpus().toString(),
        o.warmup() + o.limit(), progress);
    if (corpus.articles().size() <= o.warmup()) {
      throw new BenchException("corpus " + o.corpus() + " has " + corpus.articles().size()
          + " usable article(s): none left to time after --warmup " + o.warmup());
    }
    List<Article> warm = corpus.articles().subList(0, o.warmup());
    List<Article> timed = corpus.articles().subList(o.warmup(), corpus.articles().size());
    if (timed.size() < o.limit()) {
      say("only %d article(s) left to time (--limit %d)", timed.size(), o.limit());
    }
    DyadPhase dyad = dyad(warm, timed, o.threads());
    BaselineResult baseline = null;
    if (o.baseline()) {
      // Dyad's analyzer is unreachable now: let its models go before the stock ones load.
      StockPipeline.releaseCachedModels();
      System.gc();
      baseline = stock(warm, timed);
    }
    return new BenchResult(o.corpus().toString(), o.threads(), warm.size(), timed.size(),
        dyad.failed, corpus.skipped(), dyad.sentences, dyad.parsed, dyad.tokens, dyad.wallNanos,
        dyad.loadNanos, dyad.heap, Runtime.getRuntime().availableProcessors(),
        Runtime.version().toString(), baseline);
  }

  private record DyadPhase(int failed, long sentences, long parsed, long tokens, long wallNanos, long loadNanos,
                           HeapPeak heap) {}

  private DyadPhase dyad(List<Article> warm, List<Article> timed, int threads) {
    HeapSampler heap = new HeapSampler(50);
    try (heap) {
      say("loading the analyzer and the CoreNLP models...");
      long t0 = System.nanoTime();
      AtomicReference<CountingParser> counting = new AtomicReference<>();
      ArticleAnalyzer analyzer = new ArticleAnalyzer(config, parserFactory, p -> {
        counting.set(new CountingParser(p));
        return counting.get();
      });
      analyzer.analyze(new Article("bench-load", null, null, LocalDate.now(), "en", TINY_TEXT,
          "bench"), null, false);
      CountingParser counter = counting.get();
      long load = System.nanoTime() - t0;
      say("loaded in %.1f s", load / 1e9);
      ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
        Thread t = new Thread(r, "dyad-bench");
        t.setDaemon(true);
        return t;
      });
      try {
        if (!warm.isEmpty()) {
          say("warm-up: %d article(s)...", warm.size());
          analyzeAll(pool, analyzer, warm, "warm-up");
        }
        counter.reset();
        say("timed: %d article(s) on %d thread(s)...", timed.size(), threads);
        long start = System.nanoTime();
        int failed = analyzeAll(pool, analyzer, timed, "timed");
        long wall = System.nanoTime() - start;
        return new DyadPhase(failed, counter.sentences(), counter.parsedSentences(),
            counter.tokens(), wall, load, heap.stop());
      } finally {
        pool.shutdownNow();
      }
    }
  }

  /** Analyses all articles on the pool; gives how many failed. Errors (out of memory) propagate. */
  private int analyzeAll(ExecutorService pool, ArticleAnalyzer analyzer, List<Article> articles,
                         String phase) {
    AtomicInteger done = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    int step = Math.max(1, articles.size() / 10);
    List<Future<?>> futures = new ArrayList<>(articles.size());
    for (Article a : articles) {
      futures.add(pool.submit(() -> {
        try {
          analyzer.analyze(a, null, false);
        } catch (RuntimeException e) {
          // One bad article is data, as in dyad analyze: counted and reported, the run goes on.
          failed.incrementAndGet();
          say("analysis failed: %s: %s", a.source(), e);
        }
        int n = done.incrementAndGet();
        if (n % step == 0 || n == articles.size()) {
          say("%s %d/%d", phase, n, articles.size());
        }
      }));
    }
    for (Future<?> f : futures) {
      try {
        f.get();
      } catch (ExecutionException e) {
        if (e.getCause() instanceof Error err) {
          throw err;
        }
        throw new IllegalStateException(e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
    return failed.get();
  }

  private BaselineResult stock(List<Article> warm, List<Article> timed) {
    HeapSampler heap = new HeapSampler(50);
    try (heap) {
      say("loading the stock CoreNLP pipeline (%s)...", StockPipeline.FULL);
      long t0 = System.nanoTime();
      ToIntFunction<String> stock = stockFactory.get();
      stock.applyAsInt(TINY_TEXT);
      long load = System.nanoTime() - t0;
      say("stock: loaded in %.1f s; warm-up: %d article(s)...", load / 1e9, warm.size());
      for (Article a : warm) {
        stock.applyAsInt(a.text());
      }
      long sentences = 0;
      long nanos = 0;
      int annotated = 0;
      int step = Math.max(1, timed.size() / 10);
      for (int i = 0; i < timed.size(); i++) {
        long start = System.nanoTime();
        try {
          sentences += stock.applyAsInt(timed.get(i).text());
          nanos += System.nanoTime() - start;
          annotated++;
        } catch (RuntimeException e) {
          // Left out of the stock figures rather than ending the comparison.
          say("stock pipeline failed on %s: %s", timed.get(i).source(), e);
        }
        if ((i + 1) % step == 0 || i + 1 == timed.size()) {
          say("stock timed %d/%d", i + 1, timed.size());
        }
      }
      return new BaselineResult(StockPipeline.FULL, annotated, sentences, nanos, load,
          heap.stop());
    }
  }

  private void say(String format, Object... args) {
    synchronized (progress) {
      progress.println("dyad bench: " + String.format(java.util.Locale.ROOT, format, args));
      progress.flush();
    }
  }
}
