package org.dyad.app.live;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.dyad.pipeline.analyze.ArticleAnalyzer;
import org.dyad.ingest.ArticleSource;
import org.dyad.store.Store;
import org.dyad.store.search.SearchIndex;
import org.dyad.web.DyadServer;
import org.dyad.web.ServeConfig;

/**
 * A server that ingests while it serves: the {@link DyadServer} over a store open for writing, the
 * {@link LiveIngest} that every write goes through (hand-overs from {@code dyad ingest} and the
 * watch), and the {@link SourceWatcher} when there are sources to watch. They share one search
 * index, which the ingest brings up to date and the API searches. Takes the read-write store (the
 * caller closes it after this), how to listen, what to watch, the analyzer (made on first use) and
 * the source that reads watched inputs; messages go to {@code err}.
 */
public final class LiveServer implements AutoCloseable {
  /**
   * What to watch and how to ingest.
   *
   * @param watch    sources to poll (none: only hand-overs are ingested)
   * @param interval time between polls of a source; 15 minutes in the command line
   * @param threads  analysis threads
   * @param date     publication date for articles that carry none and have no dateline, or null
   */
  public record Options(List<String> watch, Duration interval, int threads, LocalDate date) {}

  private final DyadServer server;
  private final LiveIngest live;
  private final SourceWatcher watcher;

  private LiveServer(DyadServer server, LiveIngest live, SourceWatcher watcher) {
    this.server = server;
    this.live = live;
    this.watcher = watcher;
  }

  /**
   * Starts serving, then the watch's first poll; {@code countries} are the FIPS codes GDELT downloads
   * write ({@link org.dyad.store.export.CountryCodes#NONE}: none).
   */
  public static LiveServer start(Store store, ServeConfig config, Options options,
                                 Supplier<ArticleAnalyzer> analyzer, ArticleSource source, PrintWriter err,
                                 org.dyad.store.export.CountryCodes countries) {
    SearchIndex index = new SearchIndex(store, w -> err.println("dyad: " + w));
    LiveIngest live = new LiveIngest(store, index, analyzer, source, options.threads(), err);
    DyadServer server;
    try {
      server = DyadServer.start(store, config, w -> err.println("dyad: " + w), index, live, countries);
    } catch (RuntimeException e) {
      live.close();
      index.close();
      throw e;
    }
    SourceWatcher watcher = options.watch().isEmpty() ? null
        : new SourceWatcher(live, options.watch(), options.interval(), options.date(), err);
    if (watcher != null) {
      watcher.start();
    }
    return new LiveServer(server, live, watcher);
  }

  /** The port listened on. */
  public int port() {
    return server.port();
  }

  /** Stops watching, lets a running ingest finish, stops serving; the store stays open. */
  @Override
  public void close() {
    if (watcher != null) {
      watcher.close();
    }
    live.close();
    server.close();
  }
}
