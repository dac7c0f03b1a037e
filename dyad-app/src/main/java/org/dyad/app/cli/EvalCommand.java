package org.dyad.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.dyad.pipeline.analyze.ArticleAnalyzer;
import org.dyad.app.eval.CountryCodes;
import org.dyad.app.eval.DyadGoldReader;
import org.dyad.app.eval.EvalReport;
import org.dyad.app.eval.Evaluation;
import org.dyad.app.eval.EventScorer;
import org.dyad.app.eval.GoldFormat;
import org.dyad.app.eval.GoldReader;
import org.dyad.app.eval.GoldDocument;
import org.dyad.app.eval.CorpusTexts;
import org.dyad.app.eval.LocationGold;
import org.dyad.app.eval.LocationScorer;
import org.dyad.app.eval.PairReport;
import org.dyad.app.eval.PairScorer;
import org.dyad.app.eval.PairSentence;
import org.dyad.app.eval.PentaclassReader;
import org.dyad.app.eval.PentaclassScorer;
import org.dyad.app.eval.PloverGsrReader;
import org.dyad.app.eval.PloverTypes;
import org.dyad.app.eval.PlvReader;
import org.dyad.app.eval.ConflibertNerReader;
import org.dyad.coder.actor.ActorDictionary;
import org.dyad.coder.dict.DictionaryException;
import org.dyad.coder.dict.OverrideDirectory;
import org.dyad.coder.event.CameoOntology;
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
 * a target ({@link org.dyad.app.eval.PairScorer}); the {@code locations} TSV gives the shares of events
 * located, in the right country, admin1 and within 25 km ({@link LocationScorer}). Bad gold records
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

  private int problemCount; // bad gold records reported so far

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
    LocalDate optionDate = date;
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
    String name = gold.toString();
    try {
      GoldFormat f = format;
      if (f == GoldFormat.AUTO) {
        f = GoldFormat.detect(gold);
        if (f == null) {
          throw new CommandLine.ParameterException(spec.commandLine(), "cannot tell the format of " + gold
              + " from its name or content; name it with --format dyad, plover-gsr, pentaclass, plv, conflibert-ner or locations");
        }
      }
      Path dictionaries = analyzerOptions.config().dictionaries();
      OverrideDirectory.check(dictionaries);
      CameoOntology cameo = CameoOntology.load(dictionaries);
      Consumer<String> problem = m -> {
        problemCount++;
        err.println("dyad: " + m);
      };
      // One analyzer for the whole run, built only once a first gold document has been read.
      Evaluation run = new Evaluation(() -> {
        ArticleAnalyzer analyzer = new ArticleAnalyzer(analyzerOptions.config());
        return (article, d) -> analyzer.analyze(article, d, false);
      }, optionDate, limit, err);
      String report = switch (f) {
        case PENTACLASS -> pentaclass(run, name, problem);
        case PLV, CONFLIBERT_NER -> pairs(run, name, f, cameo, problem);
        case LOCATIONS -> locations(run, name, err);
        default -> events(run, name, f, cameo, dictionaries, problem);
      };
      if (report == null) {
        return nothingRead(err, name);
      }
      err.flush();
      out.print(report.endsWith("\n") ? report : report + "\n");
      out.flush();
      return 0;
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

  // Each of these reads and scores one family of gold sets and gives the report, or null when no
  // gold record could be used. problemCount is read after the stream, once the bad records are known.
  private String pentaclass(Evaluation run, String name, Consumer<String> problem) throws IOException {
    PentaclassScorer s = run.pentaclass(name, new PentaclassReader().read(gold, problem), new PentaclassScorer());
    if (s.total() == 0) {
      return null;
    }
    EvalReport r = new EvalReport(name, GoldFormat.PENTACLASS, List.of(), problemCount, run.skipped());
    return json ? r.json(s) : r.text(s);
  }

  private String events(Evaluation run, String name, GoldFormat f, CameoOntology cameo, Path dictionaries,
                        Consumer<String> problem) throws IOException {
    GoldReader<GoldDocument> reader = f == GoldFormat.DYAD
        ? new DyadGoldReader(cameo)
        : new PloverGsrReader(CountryCodes.of(ActorDictionary.load(dictionaries)));
    EventScorer s = run.events(name, reader.read(gold, problem), f == GoldFormat.DYAD ? new EventScorer(cameo)
        : new EventScorer(cameo, PloverTypes.V05_BY_CAMEO));
    if (s.documents() == 0) {
      return null;
    }
    EvalReport r = new EvalReport(name, f, reader.notes(), problemCount, run.skipped());
    return json ? r.json(s, worst) : r.text(s, worst);
  }

  private String pairs(Evaluation run, String name, GoldFormat f, CameoOntology cameo, Consumer<String> problem)
      throws IOException {
    GoldReader<PairSentence> reader = f == GoldFormat.PLV ? new PlvReader() : new ConflibertNerReader();
    PairScorer s = run.pairs(name, reader.read(gold, problem), new PairScorer(cameo));
    if (s.sentences() == 0) {
      return null;
    }
    PairReport r = new PairReport(new EvalReport(name, f, reader.notes(), problemCount, run.skipped()));
    return json ? r.json(s, worst) : r.text(s, worst);
  }

  private String locations(Evaluation run, String name, PrintWriter err) throws IOException {
    LocationGold.File file = LocationGold.read(gold);
    Path corpus = corpusDir.resolve(file.corpus());
    if (!Files.isRegularFile(corpus)) {
      err.println("dyad: " + name + ": its corpus " + corpus + " is not there (give the folder with --corpus-dir)");
      return null;
    }
    java.util.Set<String> wanted = new java.util.HashSet<>();
    file.rows().forEach(g -> wanted.add(g.article()));
    java.util.Map<String, String> texts = CorpusTexts.read(corpus, wanted);
    LocationScorer s = run.locations(name, texts, file.rows(), new LocationScorer());
    if (s.sentences() == 0) {
      return null;
    }
    return json ? s.json(name) : s.text(name, worst);
  }

  private static int nothingRead(PrintWriter err, String name) {
    err.println("dyad: no usable gold documents in " + name);
    err.flush();
    return 1;
  }

}
