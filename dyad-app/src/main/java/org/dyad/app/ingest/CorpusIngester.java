package org.dyad.app.ingest;

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
import org.dyad.app.analyze.ArticleAnalyzer;
import org.dyad.ingest.ArticleSource;
import org.dyad.model.analysis.DocumentAnalysis;
import org.dyad.model.article.Article;
import org.dyad.model.article.IngestItem;
import org.dyad.model.article.Skipped;
import org.dyad.store.Store;
import org.dyad.store.dedup.ContentHash;
import org.dyad.store.search.SearchIndex;
import org.dyad.store.write.ArticleWriter;
import org.dyad.store.write.WriteResult;

/**
 * Dyad's main job: reads a corpus, analyses its articles on several threads and stores them.
 *
 * <p>Takes an analyzer, an article source, a read-write store and {@link Options}. Reading happens on
 * the calling thread, analysis on a pool of {@code threads}, writing on one writer thread, one
 * transaction per article. Articles whose text is already stored are not analysed again, so rerunning
 * an interrupted ingest finishes the rest. Bad documents are recorded in the store's error table and
 * the run goes on. The search index is brought up to date every {@value #INDEX_EVERY} articles and at
 * the end.
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

  /** A document in the writer's queue; {@code analysis == null} with a reason for an error. */
  private record Work(IngestItem item, DocumentAnalysis analysis, String reason) {}

  private static final Work END = new Work(null, null, null);

  private final ArticleAnalyzer analyzer;
  private final ArticleSource source;
  private final Store store;
  private final Options options;
  private final PrintWriter err;

  /** Ingests with these parts; messages go to {@code err}. */
  public CorpusIngester(ArticleAnalyzer analyzer, ArticleSource source, Store store, Options options,
                        PrintWriter err) {
    this.analyzer = analyzer;
    this.source = source;
    this.store = store;
    this.options = options;
    this.err = err;
  }

  /**
   * Ingests every input (paths, folders, URLs) and, when {@code example} is set, the built-in example.
   *
   * @param expected documents expected (for the progress bar), -1 when unknown
   */
  public IngestReport run(List<String> inputs, String example, long expected) throws IOException {
    long start = System.nanoTime();
    int threads = Math.max(1, options.threads());
    BlockingQueue<Work> queue = new ArrayBlockingQueue<>(threads * 4);
    Semaphore inFlight = new Semaphore(threads * 2);
    Set<String> pending = ConcurrentHashMap.newKeySet();
    long[] counts = new long[6]; // read, stored, duplicates, errors, mentions, new events
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "dyad-analyze");
      t.setDaemon(true);
      return t;
    });
    Thread writerThread;
    Throwable[] writerFailure = new Throwable[1];
    try (ArticleWriter writer = new ArticleWriter(store, analyzer::cameoName);
         ArticleWriter lookup = new ArticleWriter(store, analyzer::cameoName); // own connection for the reader
         SearchIndex index = new SearchIndex(store);
         IngestProgress progress = new IngestProgress(expected, options.terminal(), err, options.logEvery())) {
      index.catchUp();
      writerThread = new Thread(() -> {
        try {
          write(queue, writer, index, progress, counts, pending);
        } catch (Throwable t) {
          writerFailure[0] = t;
          pool.shutdownNow();
        }
      }, "dyad-writer");
      writerThread.start();
      java.util.function.Consumer<IngestItem> sink = item -> {
        if (writerFailure[0] != null) {
          throw new IllegalStateException("the writer stopped", writerFailure[0]);
        }
        if (!(item instanceof Article a)) {
          put(queue, new Work(item, null, ((Skipped) item).reason()));
          return;
        }
        String hash = ContentHash.of(a.text());
        if (!pending.add(hash) || lookup.contains(hash)) {
          pending.remove(hash);
          put(queue, new Work(item, null, null)); // a duplicate: counted, not analysed
          return;
        }
        inFlight.acquireUninterruptibly();
        pool.execute(() -> {
          try {
            put(queue, new Work(a, analyzer.analyze(a, options.date(), false), null));
          } catch (RuntimeException | StackOverflowError e) {
            put(queue, new Work(a, null, "analysis failed: " + e));
          } finally {
            inFlight.release();
          }
        });
      };
      try {
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
      } finally {
        pool.shutdown();
        try {
          pool.awaitTermination(7, TimeUnit.DAYS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        put(queue, END);
        try {
          writerThread.join();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      if (writerFailure[0] != null) {
        throw new IllegalStateException("storing failed: " + writerFailure[0].getMessage(), writerFailure[0]);
      }
      index.catchUp();
    }
    return new IngestReport(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5],
        (System.nanoTime() - start) / 1e9);
  }

  private void write(BlockingQueue<Work> queue, ArticleWriter writer, SearchIndex index,
                     IngestProgress progress, long[] counts, Set<String> pending) throws InterruptedException {
    long sinceIndex = 0;
    while (true) {
      Work w = queue.take();
      if (w == END) {
        return;
      }
      counts[0]++;
      if (w.reason() != null) {
        counts[3]++;
        writer.recordError(w.item().id(), w.item().source(), w.reason());
        err.println("dyad: skipped " + w.item().source() + ": " + w.reason());
      } else if (w.analysis() == null) {
        counts[2]++;
      } else {
        Article a = (Article) w.item();
        WriteResult r = writer.write(a, w.analysis());
        pending.remove(ContentHash.of(a.text()));
        if (r.duplicate()) {
          counts[2]++;
        } else {
          counts[1]++;
          counts[4] += r.mentions();
          counts[5] += r.newEvents();
          if (++sinceIndex >= INDEX_EVERY) {
            index.catchUp();
            sinceIndex = 0;
          }
        }
      }
      progress.update(counts[0], counts[1], counts[2], counts[3]);
    }
  }

  /** Documents the inputs hold, -1 when that shows only while reading (URLs, feeds, crawls). */
  public static long estimate(List<String> inputs) {
    return InputEstimate.count(inputs, 0);
  }

  private static void put(BlockingQueue<Work> queue, Work w) {
    try {
      queue.put(w);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
