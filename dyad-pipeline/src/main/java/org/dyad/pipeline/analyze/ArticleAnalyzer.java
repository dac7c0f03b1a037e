package org.dyad.pipeline.analyze;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.dyad.coder.actor.ActorDictionary;
import org.dyad.coder.actor.ActorResolver;
import org.dyad.coder.pipeline.ActorStage;
import org.dyad.coder.pipeline.AnalysisState;
import org.dyad.coder.pipeline.CodingPipeline;
import org.dyad.coder.pipeline.DateStage;
import org.dyad.coder.pipeline.EventStage;
import org.dyad.coder.pipeline.LocationStage;
import org.dyad.coder.geo.EventLocator;
import org.dyad.coder.pipeline.QuoteStage;
import org.dyad.coder.pipeline.Stage;
import org.dyad.coder.quote.QuoteAttributor;
import org.dyad.coder.event.EventCoder;
import org.dyad.coder.event.EventDictionary;
import org.dyad.coder.event.EventSentenceGate;
import org.dyad.coder.ontology.Ontology;
import org.dyad.model.analysis.Basis;
import org.dyad.model.analysis.DocumentAnalysis;
import org.dyad.model.article.Article;
import org.dyad.model.article.Skipped;
import org.dyad.model.text.ParsedDocument;
import org.dyad.model.text.TextParser;
import org.dyad.nlp.CoreNlpParser;
import org.dyad.nlp.DocumentBudgetException;

/**
 * Dyad's whole per-article job: parse, then actors, dates, quotes, events and where they happened, into a
 * {@link DocumentAnalysis}.
 *
 * <p>Takes an {@link AnalyzerConfig}, and the {@link Ontology} of its dictionary directory or loads it
 * (failing on bad rows, or on a file of the override directory that is not a dictionary) in the
 * constructor;
 * the CoreNLP models load on the first article, so a run that only meets bad input never pays for
 * them. A document over a budget of the NLP stage ({@link org.dyad.nlp.NlpConfig}: its tokens or
 * its time) gives a skipped result naming the budget; run-on sentences cut to the sentence budget
 * are reported as a warning. Thread-safe.
 */
public final class ArticleAnalyzer {
  private final CodingPipeline pipeline;
  /** The stages before event coding, which every pipeline of this analyzer starts with. */
  private final List<Stage> beforeEvents;
  /** Those stages alone, for {@link #codeWithChoices}, which codes events itself. */
  private final CodingPipeline untilEvents;
  private final Ontology ontology;
  private final EventCoder coder;
  private final EventLocator locator;
  private final Supplier<TextParser> parser;
  private final int maxSentenceTokens;

  /** Loads the dictionaries; CoreNLP loads on first use. */
  public ArticleAnalyzer(AnalyzerConfig config) {
    this(config, null, UnaryOperator.identity());
  }

  /**
   * Codes with tables already loaded ({@code dyad eval} scores with the same instance); CoreNLP
   * loads on first use.
   *
   * @throws IllegalArgumentException when {@code ontology} was not loaded from the configuration's
   *     dictionary directory
   */
  public ArticleAnalyzer(AnalyzerConfig config, Ontology ontology) {
    this(config, ontology, null, UnaryOperator.identity());
  }

  /**
   * Uses a given parser (tests, benchmarks), or {@code null} for CoreNLP as configured, tagging
   * titles and nationalities from Dyad's dictionaries unless the fine-grained NER does. The parser
   * is made on first use and passed once through {@code wrap} (the benchmark counts what it gives).
   */
  public ArticleAnalyzer(AnalyzerConfig config, Supplier<TextParser> parser,
                         UnaryOperator<TextParser> wrap) {
    this(config, Ontology.load(config.dictionaries()), parser, wrap);
  }

  private ArticleAnalyzer(AnalyzerConfig config, Ontology ontology, Supplier<TextParser> parser,
                          UnaryOperator<TextParser> wrap) {
    if (!ontology.loadedFrom(config.dictionaries())) {
      throw new IllegalArgumentException("the tables were loaded from " + ontology.dictionaries()
          + ", the configuration names " + config.dictionaries());
    }
    this.ontology = ontology;
    ActorDictionary dictionary = ontology.actors();
    EventDictionary events = ontology.events();
    this.coder = new EventCoder(events, dictionary::countryName);
    this.beforeEvents = List.of(
        new ActorStage(new ActorResolver(dictionary)),
        new DateStage(),
        new QuoteStage(new QuoteAttributor(dictionary)));
    this.untilEvents = new CodingPipeline(beforeEvents);
    this.locator = new EventLocator(ontology.gazetteer());
    this.pipeline = pipeline(line -> { });
    Supplier<TextParser> base = parser != null ? parser : () -> coreNlp(config, ontology);
    this.parser = new Lazy<>(() -> wrap.apply(base.get()));
    this.maxSentenceTokens = config.nlp().maxSentenceTokens();
  }

  /** All the coding stages, the event stage telling {@code trace} why triggers fired or not. */
  private CodingPipeline pipeline(java.util.function.Consumer<String> trace) {
    List<Stage> all = new java.util.ArrayList<>(beforeEvents);
    all.add(new EventStage(coder, trace));
    all.add(new LocationStage(locator));
    return new CodingPipeline(all);
  }

  private static TextParser coreNlp(AnalyzerConfig config, Ontology ontology) {
    boolean ownTags = !config.nlp().fineGrainedNer() && config.nlp().tagMapping() == null;
    return new CoreNlpParser(ownTags ? config.nlp().withTagMapping(TagMappingFile.write(ontology.actors()))
        : config.nlp(), new EventSentenceGate(ontology.events()));
  }

  /**
   * Loads the NLP models now rather than on the first article (a command that shows progress loads
   * them before its progress starts, so its rate is the analysis's); gives the seconds it took, about
   * 0 when they were loaded already.
   */
  public double loadModels() {
    long t0 = System.nanoTime();
    parser.get();
    return (System.nanoTime() - t0) / 1e9;
  }

  /** Analyses one article, with no warnings. */
  public DocumentAnalysis analyze(Article article, LocalDate optionDate, boolean withText) {
    return analyze(article, optionDate, withText, warning -> { });
  }

  /**
   * Analyses one article.
   *
   * @param article    the article
   * @param optionDate the {@code --date} option, used where the article carries no date; may be null
   * @param withText   whether the result carries the analysed text
   * @param warnings   takes a line for a person when the text was changed to fit a budget (run-on
   *                   sentences cut) or the article had to be dated today, without the document's name
   * @return the analysis, or a skipped result whose reason names the budget the document went over
   */
  public DocumentAnalysis analyze(Article article, LocalDate optionDate, boolean withText,
                                  java.util.function.Consumer<String> warnings) {
    LocalDate published = article.published() != null ? article.published() : optionDate;
    String basis = article.published() != null ? Basis.PUBLISHED : optionDate != null ? Basis.OPTION : Basis.TODAY;
    LocalDate reference = published != null ? published : LocalDate.now();
    if (published == null) {
      // A guess the user must know about: every relative date in the text ("on Monday") is read
      // from it, and the events stay unmerged with other articles' (EventKey).
      warnings.accept("no publication date in the input, no dateline or date line at the top of the text,"
          + " and no --date: dated today (" + reference + ")");
    }
    ParsedDocument parsed;
    try {
      parsed = parser.get().parse(article.text(), reference);
    } catch (DocumentBudgetException e) {
      // Like any other bad input: the batch goes on, and the reason says which budget.
      return skipped(new Skipped(article.id(), article.title(), article.url(), article.source(), e.getMessage()));
    }
    if (parsed.cutSentences() > 0) {
      warnings.accept("cut " + parsed.cutSentences() + " run-on sentence" + (parsed.cutSentences() == 1 ? "" : "s")
          + " longer than " + maxSentenceTokens + " tokens into pieces (sentence budget)");
    }
    AnalysisState state = pipeline.apply(AnalysisState.of(parsed));
    return new DocumentAnalysis(article.id(), article.title(), article.url(), published,
        article.language(), DocumentAnalysis.OK, null, reference, basis, state.actors(),
        state.dates(), state.quotes(), state.events(), withText ? article.text() : null);
  }

  /**
   * Analyses one sentence or short text for a person: the parse, the actors, and for every candidate
   * trigger why its patterns did or did not fire (lines given to {@code trace}).
   */
  public DocumentAnalysis explain(String text, LocalDate date, java.util.function.Consumer<String> trace,
                                  java.util.function.Consumer<ParsedDocument> parsedSink) {
    ParsedDocument parsed = parser.get().parse(text, date);
    parsedSink.accept(parsed);
    AnalysisState state = untilEvents.apply(AnalysisState.of(parsed));
    List<org.dyad.model.analysis.Event> events = locator.locate(parsed, state.actors(),
        coder.code(parsed, state.actors(), state.quotes(), trace));
    return new DocumentAnalysis("explain", null, null, date, "en", DocumentAnalysis.OK, null, date,
        Basis.OPTION, state.actors(), state.dates(), state.quotes(), events, text);
  }

  /**
   * Codes one text and tells {@code choices} what the learned target ranking weighed for each event
   * whose target the sentence structure did not give ({@code dyad train-ranker} learns from them).
   */
  public List<org.dyad.model.analysis.Event> codeWithChoices(String text, LocalDate date,
      java.util.function.Consumer<org.dyad.coder.event.TargetChoice> choices) {
    ParsedDocument parsed = parser.get().parse(text, date);
    AnalysisState state = untilEvents.apply(AnalysisState.of(parsed));
    return coder.code(parsed, state.actors(), state.quotes(), line -> { }, choices);
  }

  /** The Correlates-of-War code of an ISO alpha-3 country code, or {@code null}. */
  public String cowCode(String iso3) {
    return ontology.actors().cowCode(iso3);
  }

  /** The tables the events are coded with (the user's, where the dictionaries replace them). */
  public Ontology ontology() {
    return ontology;
  }

  /** The result for a document that was not analysed. */
  public static DocumentAnalysis skipped(Skipped s) {
    return new DocumentAnalysis(s.id(), s.title(), s.url(), null, null, DocumentAnalysis.SKIPPED,
        s.reason(), null, null, List.of(), List.of(), List.of(), List.of(), null);
  }

  /** Builds a value once, on first use, for all threads. */
  private static final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> factory;
    private volatile T value;

    Lazy(Supplier<T> factory) {
      this.factory = factory;
    }

    @Override
    public T get() {
      T v = value;
      if (v == null) {
        synchronized (this) {
          v = value;
          if (v == null) {
            v = factory.get();
            value = v;
          }
        }
      }
      return v;
    }
  }
}
