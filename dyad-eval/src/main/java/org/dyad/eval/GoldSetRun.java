package org.dyad.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.dyad.coder.event.CameoOntology;
import org.dyad.coder.ontology.Ontology;
import org.dyad.pipeline.analyze.AnalyzerConfig;
import org.dyad.pipeline.analyze.ArticleAnalyzer;

/**
 * One evaluation of Dyad against one gold file, as {@code dyad eval} runs it: reads the file in its
 * format, analyses its texts with an {@link ArticleAnalyzer} of the given configuration (built on the
 * first usable record) and gives the report of the format's family (events, pentaclass, marked
 * sentences or locations), as text or JSON.
 *
 * <p>Scores with the tables the coder codes with: the configuration's dictionary directory replaces
 * the CAMEO table (gold codes, the PLOVER types of predicted codes) and the country table (PLOVER's
 * country codes) here as in the analyzer. Bad gold records are reported on {@code err}, counted and
 * skipped. Not thread-safe; one report per instance.
 */
public final class GoldSetRun {
  /**
   * What to run.
   *
   * @param gold      the gold file
   * @param format    its format; {@link GoldFormat#AUTO} decides by name, else content
   * @param corpusDir where a location gold file's corpus (its {@code # corpus:} header) lies
   * @param limit     most documents to evaluate; 0 for all
   * @param date      publication date for gold documents that carry none; {@code null} for today
   * @param worst     how many of the worst misses the report lists
   * @param json      a JSON summary instead of the text report
   */
  public record Options(Path gold, GoldFormat format, Path corpusDir, long limit, LocalDate date, int worst,
                        boolean json) {}

  private final Options options;
  private final AnalyzerConfig config;
  private final PrintWriter err;
  private int problems; // bad gold records reported so far

  /** Runs {@code options} with an analyzer of {@code config}, writing progress and problems to {@code err}. */
  public GoldSetRun(Options options, AnalyzerConfig config, PrintWriter err) {
    this.options = options;
    this.config = config;
    this.err = err;
  }

  /**
   * Reads, analyses and scores the gold file.
   *
   * @return the report, or {@code null} when no gold record could be used (said on {@code err})
   * @throws IllegalArgumentException when the format is {@code auto} and cannot be told
   * @throws IOException when the gold file cannot be read
   * @throws org.dyad.coder.dict.DictionaryException when the dictionaries are bad
   */
  public String report() throws IOException {
    Path gold = options.gold();
    GoldFormat f = options.format() == GoldFormat.AUTO ? GoldFormat.detect(gold) : options.format();
    if (f == null) {
      throw new IllegalArgumentException("cannot tell the format of " + gold + " from its name or content;"
          + " name it with --format dyad, plover-gsr, pentaclass, plv, conflibert-ner or locations");
    }
    // The tables the gold set is scored with are the ones the analyzer codes with.
    Ontology ontology = Ontology.load(config.dictionaries());
    CameoOntology cameo = ontology.cameo();
    // One analyzer for the whole run, built only once a first gold document has been read.
    Evaluation run = new Evaluation(() -> {
      ArticleAnalyzer analyzer = new ArticleAnalyzer(config, ontology);
      return (article, d) -> analyzer.analyze(article, d, false);
    }, options.date(), options.limit(), err);
    String name = gold.toString();
    Consumer<String> problem = m -> {
      problems++;
      err.println("dyad: " + m);
    };
    String report = switch (f) {
      case PENTACLASS -> pentaclass(run, name, problem);
      case PLV, CONFLIBERT_NER -> pairs(run, name, f, cameo, problem);
      case LOCATIONS -> locations(run, name);
      default -> events(run, name, f, ontology, problem);
    };
    if (report == null) {
      err.println("dyad: no usable gold documents in " + name);
    }
    return report;
  }

  // Each of these reads and scores one family of gold sets and gives the report, or null when no
  // gold record could be used. problems is read after the stream, once the bad records are known.
  private String pentaclass(Evaluation run, String name, Consumer<String> problem) throws IOException {
    PentaclassScorer s = run.pentaclass(name, new PentaclassReader().read(options.gold(), problem),
        new PentaclassScorer());
    if (s.total() == 0) {
      return null;
    }
    EvalReport r = new EvalReport(name, GoldFormat.PENTACLASS, List.of(), problems, run.skipped());
    return options.json() ? r.json(s) : r.text(s);
  }

  private String events(Evaluation run, String name, GoldFormat f, Ontology ontology, Consumer<String> problem)
      throws IOException {
    CameoOntology cameo = ontology.cameo();
    GoldReader<GoldDocument> reader = f == GoldFormat.DYAD
        ? new DyadGoldReader(cameo)
        : new PloverGsrReader(CountryCodes.of(ontology.actors()));
    EventScorer s = run.events(name, reader.read(options.gold(), problem), f == GoldFormat.DYAD
        ? new EventScorer(cameo) : new EventScorer(cameo, PloverTypes.V05_BY_CAMEO));
    if (s.documents() == 0) {
      return null;
    }
    EvalReport r = new EvalReport(name, f, reader.notes(), problems, run.skipped());
    return options.json() ? r.json(s, options.worst()) : r.text(s, options.worst());
  }

  private String pairs(Evaluation run, String name, GoldFormat f, CameoOntology cameo, Consumer<String> problem)
      throws IOException {
    GoldReader<PairSentence> reader = f == GoldFormat.PLV ? new PlvReader() : new ConflibertNerReader();
    PairScorer s = run.pairs(name, reader.read(options.gold(), problem), new PairScorer(cameo));
    if (s.sentences() == 0) {
      return null;
    }
    PairReport r = new PairReport(new EvalReport(name, f, reader.notes(), problems, run.skipped()));
    return options.json() ? r.json(s, options.worst()) : r.text(s, options.worst());
  }

  private String locations(Evaluation run, String name) throws IOException {
    LocationGold.File file = LocationGold.read(options.gold());
    Path corpus = options.corpusDir().resolve(file.corpus());
    if (!Files.isRegularFile(corpus)) {
      err.println("dyad: " + name + ": its corpus " + corpus + " is not there (give the folder with --corpus-dir)");
      return null;
    }
    Set<String> wanted = new HashSet<>();
    file.rows().forEach(g -> wanted.add(g.article()));
    Map<String, String> texts = CorpusTexts.read(corpus, wanted);
    LocationScorer s = run.locations(name, texts, file.rows(), new LocationScorer());
    if (s.sentences() == 0) {
      return null;
    }
    return options.json() ? s.json(name) : s.text(name, options.worst());
  }
}
