package org.dyad.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.app.analyze.ArticleAnalyzer;
import org.dyad.app.ingest.CorpusIngester;
import org.dyad.app.ingest.IngestReport;
import org.dyad.app.output.Counted;
import org.dyad.ingest.ArticleSource;
import org.dyad.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dyad ingest}: analyses a corpus into a store (see {@link CorpusIngester}). With no source
 * it ingests the built-in example corpus, so that {@code dyad serve} has something to show.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Analyse a corpus into a store: folders, .txt/.html/.jsonl files, WARC crawls, RSS/Atom "
        + "feeds, URLs. Idempotent: what is stored already is skipped.")
public final class IngestCommand implements Callable<Integer> {
  static final String EXAMPLE = "dyad/examples/sample-corpus.jsonl";

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
    IngestReport report;
    double load;
    try (Store s = Store.open(store.dir(), false)) {
      // Before the progress starts: the models take seconds to load, and a bar standing still at 0
      // for that long looks hung; the rate then counts analysis only.
      err.println("dyad: loading models\u2026");
      err.flush();
      load = analyzer.loadModels();
      CorpusIngester ingester = new CorpusIngester(analyzer, source, s,
          new CorpusIngester.Options(threads, date, StandardError.isTerminal(), logEvery), err);
      report = ingester.run(sources, example);
    }
    err.println(summary(report, load, store.dir().toString()));
    if (example != null) {
      err.println("dyad: now run './dyad serve' and open http://127.0.0.1:7070/");
    }
    err.flush();
    return report.errors() == 0 ? 0 : 1;
  }
}
