package org.dyad.pipeline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.dyad.pipeline.analyze.ArticleAnalyzer;
import org.dyad.pipeline.ingest.StoreWriterLoop.Work;
import org.dyad.ingest.ArticleSource;
import org.dyad.model.analysis.DocumentAnalysis;
import org.dyad.model.article.Article;
import org.dyad.model.article.IngestItem;
import org.dyad.model.article.Skipped;
import org.dyad.store.Store;
import org.dyad.store.StoreException;
import org.dyad.store.dedup.ContentHash;
import org.dyad.store.search.SearchIndex;
import org.dyad.store.write.ArticleWriter;
import org.dyad.store.write.StoredTexts;

/**
 * Dyad's main job: reads a corpus, analyses its articles on several threads and stores them.
 *
 * <p>Takes an analyzer, an article source, a read-write store and {@link Options}. Reading happens on
 * the calling thread, analysis on a pool of {@code threads}, writing on one writer thread
 * ({@link StoreWriterLoop}), one transaction per article, in input order. Articles whose text is
 * already stored are not analysed again, so rerunning an interrupted ingest finishes the rest. Bad
 * documents, and documents over a budget of the analysis (tokens, time: see
 * {@link org.dyad.nlp.NlpConfig}), are recorded in the store's error table and the run goes on.
 * The search index is brought
 * up to date every {@value #INDEX_EVERY} articles and at the end.
 */
public final class CorpusIngester {
  static final int INDEX_EVERY = 200;

  /**
   * How to ingest.
   *
   * @param threads   analysis threads (all cores by default in the command)
   * @param date      publication date for articles without one, or {@code null}
   * @param terminal  draw a progress bar (else plain lines)
   * @param logEvery  least seconds between plain progress lines
   */
  public record Options(int threads, LocalDate date, boolean terminal, double logEvery) {}

  /** Gives the documents of one run to a sink, in input order, on the calling thread. */
  @FunctionalInterface
  public interface Documents {
    /** Reads every document into the sink. */
    void readInto(Consumer<IngestItem> sink) throws IOException;
  }

  private final ArticleAnalyzer analyzer;
  private final ArticleSource source;
  private final Store store;
  private final Options options;
  private final PrintWriter err;
  private final SearchIndex sharedIndex;

  /** Ingests with these parts; messages go to {@code err}. */
  public CorpusIngester(ArticleAnalyzer analyzer, ArticleSource source, Store store, Options options,
                        PrintWriter err) {
    this(analyzer, source, store, options, err, null);
  }

  /**
   * Ingests with these parts into a store whose search index is open already in this process (a
   * server's, which answers searches meanwhile): one writer per index folder. {@code index} null:
   * the ingest opens and closes its own.
   */
  public CorpusIngester(ArticleAnalyzer analyzer, ArticleSource source, Store store, Options options,
                        PrintWriter err, SearchIndex index) {
    this.analyzer = analyzer;
    this.source = source;
    this.store = store;
    this.options = options;
    this.err = err;
    this.sharedIndex = index;
  }

  /**
   * Ingests every input (paths, folders, URLs) and, when {@code example} names a resource, that
   * built-in corpus first. The report's time starts here: models the caller loaded before (see
   * {@link ArticleAnalyzer#loadModels()}) are not in it.
   *
   * @throws IllegalStateException when storing failed beyond single documents (the cause says why);
   *                               everything stored before stays stored
   */
  public IngestReport run(List<String> inputs, String example) throws IOException {
    long expected = InputEstimate.count(inputs, example == null ? 0 : InputEstimate.resourceLines(example));
    return run(inputs(source, inputs, example), expected);
  }

  /**
   * Ingests the documents a reader gives (a watch's poll, a hand-over from another process).
   *
   * @param expected documents expected, for the progress bar; -1 when unknown
   * @throws IllegalStateException as {@link #run(List, String)}
   */
  public IngestReport run(Documents documents, long expected) throws IOException {
    long start = System.nanoTime();
    int threads = Math.max(1, options.threads());
    BlockingQueue<Work> queue = new ArrayBlockingQueue<>(threads * 4);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    IngestCounts counts = new IngestCounts();
    Set<String> pending = ConcurrentHashMap.newKeySet();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "dyad-analyze");
      t.setDaemon(true);
      return t;
    });
    try (ArticleWriter writer = new ArticleWriter(store);
         StoredTexts stored = new StoredTexts(store);
         SearchIndex own = sharedIndex != null ? null : new SearchIndex(store, line -> err.println("dyad: " + line));
         IngestProgress progress = new IngestProgress(expected, options.terminal(), err, options.logEvery())) {
      SearchIndex index = own != null ? own : sharedIndex;
      index.catchUp();
      // Warnings of the writer and the analysis threads blank a terminal's progress line first.
      PrintWriter messages = progress.messages();
      Thread writerThread = new Thread(new StoreWriterLoop(queue, writer, index, progress, counts, pending,
          messages, failure, INDEX_EVERY), "dyad-writer");
      writerThread.start();
      try {
        documents.readInto(dispatcher(queue, pool, threads, stored, pending, failure, messages));
      } catch (RuntimeException e) {
        if (failure.get() == null) {
          throw e;
        }
        // The dispatcher stopped the reading because storing failed: that failure is the one to report.
      } finally {
        pool.shutdown();
        awaitQuietly(pool);
        put(queue, StoreWriterLoop.END);
        joinQuietly(writerThread);
      }
      if (failure.get() instanceof StoreException e) {
        // The user's to fix (space, the database): one line, no stack trace (see DyadCommand).
        throw new StoreException("ingest stopped: " + e.getMessage(), e);
      }
      if (failure.get() != null) {
        throw new IllegalStateException("storing stopped: " + failure.get(), failure.get());
      }
      index.catchUp();
    }
    return counts.report((System.nanoTime() - start) / 1e9);
  }

  /**
   * The documents of the inputs (paths, folders, URLs) read with a source, after the built-in corpus
   * {@code example} names when not {@code null}: what a batch ingest stores, and what a hand-over to a
   * running server sends.
   */
  public static Documents inputs(ArticleSource source, List<String> inputs, String example) {
    return sink -> readAll(source, inputs, example, sink);
  }

  private static void readAll(ArticleSource source, List<String> inputs, String example,
                              Consumer<IngestItem> sink) throws IOException {
    if (example != null) {
      try (InputStream in = CorpusIngester.class.getClassLoader().getResourceAsStream(example)) {
        if (in == null) {
          throw new IOException("built-in example missing: " + example);
        }
        source.read("example:" + example.substring(example.lastIndexOf('/') + 1), in, sink);
      }
    }
    for (String input : inputs) {
      source.read(input, sink);
    }
  }

  /**
   * Numbers each document, skips texts stored or in flight already, and hands articles to the pool;
   * at most twice as many in analysis as there are threads, which bounds memory.
   */
  private Consumer<IngestItem> dispatcher(BlockingQueue<Work> queue, ExecutorService pool, int threads,
                                          StoredTexts stored, Set<String> pending,
                                          AtomicReference<Throwable> failure, PrintWriter messages) {
    Semaphore inFlight = new Semaphore(threads * 2);
    long[] seq = {0};
    return item -> {
      if (failure.get() != null) {
        throw new IllegalStateException("storing stopped", failure.get());
      }
      long n = seq[0]++;
      if (!(item instanceof Article a)) {
        put(queue, new Work(n, item, null, ((Skipped) item).reason(), null));
        return;
      }
      String hash = ContentHash.of(a.text());
      // Stored already, or the same text is in flight: a duplicate. Only texts to analyse enter
      // the in-flight set, and the writer takes each out again.
      if (stored.idOf(hash) >= 0 || !pending.add(hash)) {
        put(queue, new Work(n, item, null, null, null));
        return;
      }
      inFlight.acquireUninterruptibly();
      pool.execute(() -> {
        Work w;
        try {
          DocumentAnalysis r = analyzer.analyze(a, options.date(), false,
              warning -> messages.println("dyad: " + a.source() + ": " + warning));
          // A document over a budget comes back skipped: recorded with its reason, not stored.
          w = DocumentAnalysis.OK.equals(r.status()) ? new Work(n, a, r, null, hash)
              : new Work(n, a, null, r.reason(), hash);
        } catch (Throwable e) { // even an OutOfMemoryError on one huge page is that page's error
          w = new Work(n, a, null, "analysis failed: " + e, hash);
        } finally {
          inFlight.release();
        }
        put(queue, w);
      });
    };
  }

  private static void put(BlockingQueue<Work> queue, Work w) {
    try {
      queue.put(w);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static void awaitQuietly(ExecutorService pool) {
    try {
      pool.awaitTermination(7, TimeUnit.DAYS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void joinQuietly(Thread t) {
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
