package org.dyad.app.live;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.dyad.pipeline.analyze.ArticleAnalyzer;
import org.dyad.pipeline.ingest.CorpusIngester;
import org.dyad.pipeline.ingest.IngestReport;
import org.dyad.ingest.ArticleSource;
import org.dyad.model.article.IngestItem;
import org.dyad.store.Store;
import org.dyad.store.search.SearchIndex;
import org.dyad.web.IngestReceiver;

/**
 * The writing side of a server that ingests while it serves: every ingest into its store, from the
 * server's own watch ({@link SourceWatcher}) or handed over by a {@code dyad ingest} of another
 * process, runs here, one after the other on one thread, so two ingests never write to the store at
 * once. Each is an ordinary {@link CorpusIngester} run (analysis on {@code threads} threads, one
 * transaction per article, texts stored already skipped) that brings the server's own search index
 * up to date, so searches see new articles as soon as they are stored.
 *
 * <p>Takes the read-write store, its search index (the server's), the analyzer (made on first use
 * and kept: the NLP models load once per server), the source that reads the watch's inputs, the
 * analysis threads and where messages go.
 */
public final class LiveIngest implements IngestReceiver, AutoCloseable {
  private final Store store;
  private final SearchIndex index;
  private final Supplier<ArticleAnalyzer> analyzer;
  private final ArticleSource source;
  private final int threads;
  private final PrintWriter err;
  private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "dyad-live-ingest");
    t.setDaemon(true);
    return t;
  });
  private ArticleAnalyzer loaded;

  /** Ingests into {@code store}; nothing runs until the first ingest. */
  public LiveIngest(Store store, SearchIndex index, Supplier<ArticleAnalyzer> analyzer, ArticleSource source,
                    int threads, PrintWriter err) {
    this.store = store;
    this.index = index;
    this.analyzer = analyzer;
    this.source = source;
    this.threads = Math.max(1, threads);
    this.err = err;
  }

  /** The source the watch reads with. */
  public ArticleSource source() {
    return source;
  }

  /**
   * Ingests documents once every ingest submitted before has finished; waits for it.
   *
   * @param date the date for articles that carry none, or {@code null}
   * @throws IOException           when reading the documents failed as a whole
   * @throws IllegalStateException when storing failed beyond single documents
   */
  public IngestReport ingest(CorpusIngester.Documents documents, LocalDate date)
      throws IOException, InterruptedException {
    Future<IngestReport> done = writer.submit(() -> {
      if (loaded == null) {
        loaded = analyzer.get();
      }
      return new CorpusIngester(loaded, source, store, new CorpusIngester.Options(threads, date, false, 3600),
          err, index).run(documents, -1);
    });
    try {
      return done.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(String.valueOf(cause), cause);
    }
  }

  @Override
  public IngestReport ingest(List<IngestItem> items, LocalDate date) throws InterruptedException {
    try {
      IngestReport report = ingest(sink -> items.forEach(sink), date);
      err.printf("dyad serve: took %d documents from a 'dyad ingest': %d stored, %d already stored, %d errors,"
          + " %d new events%n", report.read(), report.stored(), report.duplicates(), report.errors(),
          report.newEvents());
      err.flush();
      return report;
    } catch (IOException e) {
      throw new IllegalStateException(e.getMessage(), e); // a list in memory does not fail to read
    }
  }

  /** Stops taking ingests; one running finishes first. */
  @Override
  public void close() {
    writer.shutdown();
    try {
      writer.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
