package org.dyad.app.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.dyad.pipeline.analyze.ArticleAnalyzer;
import org.dyad.app.live.LiveIngest;
import org.dyad.app.live.LiveServer;
import org.dyad.app.live.SourceWatcher;
import org.dyad.ingest.ArticleSource;
import org.dyad.store.Store;
import org.dyad.web.DyadServer;
import org.dyad.web.ServeConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dyad serve}: the web UI and REST API over a store until stopped (Ctrl-C). The store is held
 * for writing, so that a {@code dyad ingest} started meanwhile hands its articles to this server, and
 * {@code --watch} polls sources and ingests what is new while the API answers ({@link LiveIngest},
 * {@link SourceWatcher}); the API itself only reads. {@code --read-only} opens the store read-only
 * and takes no articles.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve a store: web UI at / and REST API at /api (OpenAPI: /api/openapi.json); with --watch,"
        + " ingest new articles from feeds, folders and URL lists while serving.")
public final class ServeCommand implements Callable<Integer> {
  @CommandLine.Mixin
  StoreOption store = new StoreOption();

  @Option(names = "--port", defaultValue = "7070", description = "TCP port. Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "Address to bind; only this machine can connect by default. Default: ${DEFAULT-VALUE}.")
  String host;

  @Option(names = "--watch", paramLabel = "SOURCE", arity = "1..*",
      description = "Folders, feed or page URLs, files, and URL lists (FILE.urls, one URL a line) to poll.")
  List<String> watch = new ArrayList<>();

  @Option(names = "--poll", paramLabel = "SECONDS", defaultValue = "900",
      description = "Seconds between polls of each watched source. Default: ${DEFAULT-VALUE} (15 min).")
  double pollSeconds;

  @Option(names = "--host-interval", paramLabel = "SECONDS", defaultValue = "1",
      description = "Least seconds between two requests to one web site while watching. Default: ${DEFAULT-VALUE}.")
  double hostIntervalSeconds;

  @Option(names = "--threads", paramLabel = "N", description = "Analysis threads for new articles. Default: 1.")
  int threads = 1;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Publication date for watched articles that carry none and have no dateline.")
  LocalDate date;

  @Option(names = "--read-only", description = "Open the store read-only: no --watch, no hand-over from 'dyad ingest'.")
  boolean readOnly;

  @CommandLine.Mixin
  InputOptions inputOptions = new InputOptions();

  @CommandLine.Mixin
  AnalyzerOptions analyzerOptions = new AnalyzerOptions();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    if (readOnly && !watch.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--watch needs a store open for writing:"
          + " leave out --read-only");
    }
    if (!(pollSeconds > 0)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--poll must be more than 0 seconds");
    }
    Store s = Store.open(store.dir(), readOnly);
    AutoCloseable running;
    int listening;
    try {
      ServeConfig config = new ServeConfig(host, port, 4);
      if (readOnly) {
        DyadServer server = DyadServer.start(s, config, w -> err.println("dyad: " + w),
            ExportCommand.gdeltCountries());
        running = server;
        listening = server.port();
      } else {
        ArticleSource source = inputOptions.source(w -> err.println("dyad: " + w),
            Duration.ofMillis(Math.round(hostIntervalSeconds * 1000)));
        LiveServer server = LiveServer.start(s, config, new LiveServer.Options(watch,
            Duration.ofMillis(Math.round(pollSeconds * 1000)), threads, date),
            () -> new ArticleAnalyzer(analyzerOptions.config()), source, err, ExportCommand.gdeltCountries());
        running = server;
        listening = server.port();
      }
    } catch (RuntimeException e) {
      s.close();
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        running.close();
      } catch (Exception e) {
        err.println("dyad: while stopping: " + e.getMessage());
      }
      s.close();
      stopped.countDown();
    }, "dyad-serve-stop"));
    err.printf("dyad serve: %s on http://%s:%d/ (Ctrl-C stops)%s%n", store.dir(), host, listening,
        watch.isEmpty() ? "" : "; watching " + watch.size() + " source" + (watch.size() == 1 ? "" : "s")
            + " every " + pollSeconds + " s");
    err.flush();
    stopped.await();
    return 0;
  }
}
