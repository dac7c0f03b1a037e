package org.dyad.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.pipeline.analyze.ArticleAnalyzer;
import org.dyad.pipeline.ingest.CorpusIngester;
import org.dyad.pipeline.ingest.IngestReport;
import org.dyad.app.output.Counted;
import org.dyad.ingest.ArticleSource;
import org.dyad.app.live.HandoffClient;
import org.dyad.store.Store;
import org.dyad.store.StoreException;
import org.dyad.web.HandoffFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dyad ingest}: analyses a corpus into a store (see {@link CorpusIngester}). With no source
 * it ingests the built-in example corpus, so that {@code dyad serve} has something to show. When a
 * running {@code dyad serve} holds the store, the documents are read here and handed to it
 * ({@link HandoffClient}); when another process holds it without taking hand-overs, the ingest says
 * so and waits until the store is free.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Analyse a corpus into a store: folders, .txt/.html/.jsonl files, WARC crawls, RSS/Atom "
        + "feeds, URLs. Idempotent: what is stored already is skipped.")
public final class IngestCommand implements Callable<Integer> {
  static final String EXAMPLE = "dyad/examples/sample-corpus.jsonl";
  /** How often a waiting ingest tries the store again. */
  private static final long WAIT_MILLIS = 2000;
  /** The secret of a hand-over file whose server did not answer, so a waiting ingest asks it once. */
  private String unreachable;

  @Parameters(paramLabel = "SOURCE", arity = "0..*",
      description = "Folders, files, feeds or URLs. None: the built-in example corpus (12 articles).")
  List<String> sources = new ArrayList<>();

  @CommandLine.Mixin
  StoreOption store = new StoreOption();

  @Option(names = "--threads", paramLabel = "N", description = "Analysis threads. Default: all cores.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Publication date for articles that carry none (default: today).")
  LocalDate date;

  @CommandLine.Mixin
  InputOptions inputOptions = new InputOptions();

  @Option(names = "--log-every", paramLabel = "SECONDS", defaultValue = "10",
      description = "Seconds between progress lines when not on a terminal. Default: ${DEFAULT-VALUE}.")
  double logEvery;

  @CommandLine.Mixin
  AnalyzerOptions analyzerOptions = new AnalyzerOptions();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** The run's last line; its rate leaves out the model load, which it names separately. */
  static String summary(IngestReport r, double loadSeconds, String dir) {
    return String.format(java.util.Locale.ROOT, "dyad ingest: %d read, %d stored, %d already stored, %s; %s, %s;"
        + " %.1f s (%.2f articles/s, not counting %.1f s of model loading) into %s", r.read(), r.stored(),
        r.duplicates(), Counted.of(r.errors(), "error"), Counted.of(r.mentions(), "event mention"),
        Counted.of(r.newEvents(), "new event"), r.seconds(), r.articlesPerSecond(), loadSeconds, dir);
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    if (threads < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
    }
    ArticleAnalyzer analyzer = new ArticleAnalyzer(analyzerOptions.config());
    ArticleSource source = inputOptions.source(w -> err.println("dyad: " + w));
    String example = sources.isEmpty() ? EXAMPLE : null;
    if (example != null) {
      err.println("dyad: no source given; ingesting the built-in example corpus into " + store.dir());
    }
    IngestReport report = null;
    double load = 0;
    boolean waiting = false;
    boolean handedOver = false;
    while (report == null) {
      Store s;
      try {
        s = Store.open(store.dir(), false);
      } catch (StoreException e) {
        if (!e.inUse()) {
          throw e;
        }
        report = handOver(source, example, err);
        handedOver = report != null;
        if (report == null && !waiting) {
          err.println("dyad: " + e.getMessage() + "; waiting until it is free (Ctrl-C stops)");
          err.flush();
          waiting = true;
        }
        if (report == null) {
          Thread.sleep(WAIT_MILLIS);
        }
        continue;
      }
      try (s) {
        // Before the progress starts: the models take seconds to load, and a bar standing still at 0
        // for that long looks hung; the rate then counts analysis only.
        err.println("dyad: loading models\u2026");
        err.flush();
        load = analyzer.loadModels();
        CorpusIngester ingester = new CorpusIngester(analyzer, source, s,
            new CorpusIngester.Options(threads, date, StandardError.isTerminal(), logEvery), err);
        report = ingester.run(sources, example);
      }
    }
    err.println(summary(report, load, store.dir().toString()));
    if (example != null && !handedOver) {
      err.println("dyad: now run './dyad serve' and open http://127.0.0.1:7070/");
    }
    err.flush();
    return report.errors() == 0 ? 0 : 1;
  }

  /**
   * Hands the documents to the server holding the store, when one takes hand-overs
   * ({@link HandoffFile}); null when none answers, so the caller waits for the store instead.
   */
  private IngestReport handOver(ArticleSource source, String example, PrintWriter err) throws java.io.IOException {
    HandoffFile handoff;
    try {
      handoff = HandoffFile.read(store.dir());
    } catch (java.io.IOException e) {
      return null; // not ours to read, or half written: wait
    }
    if (handoff == null || handoff.secret().equals(unreachable)) {
      return null; // none, or one left by a server that died: tried once already
    }
    err.println("dyad: " + store.dir() + " is held by a running 'dyad serve'; handing the articles to it at "
        + handoff.url() + " (it analyses them with its own settings)");
    err.flush();
    try {
      return new HandoffClient(handoff, err).send(CorpusIngester.inputs(source, sources, example), date);
    } catch (HandoffClient.Unreachable e) {
      err.println("dyad: " + e.getMessage());
      unreachable = handoff.secret();
      return null;
    }
  }
}
