package org.dyad.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.dyad.coder.dict.DictionaryException;
import org.dyad.eval.GoldFormat;
import org.dyad.eval.GoldSetRun;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dyad eval}: runs Dyad over the texts of a gold set and measures its events against the
 * gold ones.
 *
 * <p>Event gold sets ({@code dyad} JSONL, {@code plover-gsr}) give TP/FP/FN, precision, recall and
 * F1 at the type, dyad and type-and-dyad levels, a type confusion table and the worst misses; the
 * {@code pentaclass} TSV gives the share of sentences whose strongest Dyad event has the labelled
 * class; the marked-sentence sets ({@code plv}, {@code conflibert-ner}) give type recall, pair recall
 * (source and target mentions matching the gold spans) and the share of non-statement events with
 * a target ({@code PairScorer}); the {@code locations} TSV gives the shares of events
 * located, in the right country, admin1 and within 25 km ({@code LocationScorer}). Bad gold records
 * are reported on standard error and skipped.
 *
 * <p>Scores with the tables the coder codes with: {@code --dictionaries} replaces the CAMEO table
 * (gold codes, the PLOVER types of predicted codes) and the country table (PLOVER's country codes)
 * here as in the analyzer. Exit codes: 0 done, 1 the gold file (or Dyad's dictionaries) could not
 * be read at all, 2 usage error.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Measure Dyad's event coding against a gold set: precision, recall and F1 for event "
        + "type, dyad and both, a type confusion table and the worst misses.")
public final class EvalCommand implements Callable<Integer> {
  @Option(names = "--gold", required = true, paramLabel = "FILE",
      description = "The gold set: Dyad JSONL, a PLOVER gold-standard JSON array, a pentaclass TSV, a plv "
          + "TSV (marked source/target and PLOVER type) or a ConfliBERT token-tag file (conflibert-ner) or a location gold TSV (locations).")
  Path gold;

  @Option(names = "--format", defaultValue = "auto", paramLabel = "FORMAT", converter = FormatConverter.class,
      description = "auto (by file name, else content), dyad, plover-gsr, pentaclass, plv, conflibert-ner or locations. "
          + "Default: ${DEFAULT-VALUE}.")
  GoldFormat format;

  @Option(names = "--corpus-dir", defaultValue = "../shared/corpus", paramLabel = "DIR",
      description = "Where a location gold file's corpus (its '# corpus:' header) lies. Default: ${DEFAULT-VALUE}.")
  Path corpusDir;

  @Option(names = "--limit", defaultValue = "0", paramLabel = "N",
      description = "Evaluate only the first N documents (0: all). Default: ${DEFAULT-VALUE}.")
  long limit;

  @CommandLine.Mixin
  AnalyzerOptions analyzerOptions = new AnalyzerOptions();

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Publication date for gold documents that carry none (default: today).")
  LocalDate date;

  @Option(names = "--worst", defaultValue = "15", paramLabel = "N",
      description = "How many of the worst misses to list. Default: ${DEFAULT-VALUE}.")
  int worst;

  @Option(names = "--json", description = "Print a machine-readable JSON summary instead of the report.")
  boolean json;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Reads {@code --format} values by their option names ({@code plover-gsr}). */
  static final class FormatConverter implements CommandLine.ITypeConverter<GoldFormat> {
    @Override
    public GoldFormat convert(String value) {
      try {
        return GoldFormat.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  @Override
  public Integer call() {
    if (limit < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be 0 (all) or more");
    }
    if (worst < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--worst must be 0 or more");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(gold) || !Files.isReadable(gold)) {
      err.println("dyad: cannot read gold file " + gold + ": "
          + (Files.exists(gold) ? "not a readable file" : "no such file"));
      err.flush();
      return 1;
    }
    GoldSetRun.Options options = new GoldSetRun.Options(gold, format, corpusDir, limit, date, worst, json);
    try {
      String report = new GoldSetRun(options, analyzerOptions.config(), err).report();
      err.flush();
      if (report == null) {
        return 1;
      }
      out.print(report.endsWith("\n") ? report : report + "\n");
      out.flush();
      return 0;
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    } catch (IOException e) {
      err.println("dyad: cannot read gold file " + gold + ": " + e.getMessage());
      err.flush();
      return 1;
    } catch (DictionaryException e) {
      err.println("dyad: " + e.getMessage());
      err.flush();
      return 1;
    }
  }
}
