package org.dyad.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dyad.bench.BenchException;
import org.dyad.bench.BenchOptions;
import org.dyad.bench.BenchReport;
import org.dyad.bench.BenchResult;
import org.dyad.bench.Benchmark;
import org.dyad.coder.dict.DictionaryException;
import org.dyad.nlp.StockPipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dyad bench}: times Dyad's whole analysis (actors, dates, quotes, events) over a corpus and
 * prints articles, sentences, tokens, wall time, their rates, the model load time and the peak heap;
 * with {@code --baseline}, also the stock CoreNLP pipeline's speed on the same articles.
 *
 * <p>Exit codes: 0 done, 1 the corpus could not be read or left nothing to time (the message names
 * the file), 2 usage error (a {@code --limit} or {@code --threads} below 1). Progress goes to
 * standard error, the report to standard output.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Measure Dyad's speed and memory on a corpus: articles, sentences and tokens per "
        + "second, model load time, peak heap.",
        "",
        "--baseline also times the stock CoreNLP pipeline (" + StockPipeline.FULL + ") on the same "
            + "articles, after Dyad's models are let go; it needs 3-4 GB of heap: run it as "
            + "DYAD_JAVA_OPTS=-Xmx5g ./dyad bench --baseline ... (the launcher's default is -Xmx3g)."})
public final class BenchCommand implements Callable<Integer> {
  @CommandLine.Mixin
  AnalyzerOptions analyzerOptions = new AnalyzerOptions();

  @Option(names = "--corpus", required = true, paramLabel = "FILE",
      description = "Articles to analyse: JSONL ({id, text, title?} per line) or any file dyad "
          + "analyze reads.")
  Path corpus;

  @Option(names = "--limit", defaultValue = "200", paramLabel = "K",
      description = "Articles timed, after the warm-up ones and not counting skipped records "
          + "(empty, not English). Default: ${DEFAULT-VALUE}.")
  int limit;

  @Option(names = "--warmup", defaultValue = "10", paramLabel = "W",
      description = "Articles analysed first, untimed. Default: ${DEFAULT-VALUE}.")
  int warmup;

  @Option(names = "--threads", defaultValue = "1", paramLabel = "N",
      description = "Analysis threads sharing one analyzer. Default: ${DEFAULT-VALUE}.")
  int threads;

  @Option(names = "--baseline",
      description = "Also time the stock CoreNLP pipeline, single-threaded, on the same articles "
          + "(wants DYAD_JAVA_OPTS=-Xmx5g).")
  boolean baseline;

  @Option(names = "--json", description = "Print one JSON object instead of the report.")
  boolean json;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    BenchOptions options;
    try {
      options = new BenchOptions(corpus, limit, warmup, threads, baseline);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      BenchResult result = Benchmark.standard(analyzerOptions.config(), err).run(options);
      out.print(json ? BenchReport.json(result) : BenchReport.text(result));
      out.flush();
      return 0;
    } catch (BenchException | DictionaryException e) {
      err.println("dyad: " + e.getMessage());
      err.flush();
      return 1;
    }
  }
}
