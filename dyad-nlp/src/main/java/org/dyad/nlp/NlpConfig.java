package org.dyad.nlp;

import java.time.Duration;
import java.util.Properties;

/**
 * Which CoreNLP annotators run and how, built once at start-up.
 *
 * <p>Defaults ({@link #defaults()}): tokenize, ssplit, pos, lemma, ner (the 3-class and MUC CRF
 * models, numeric classifiers, SUTime with date ranges, Dyad's own TITLE, NATIONALITY and COUNTRY
 * phrases), SUTime only where a sentence may hold a time, and CoreNLP's UD dependency model run by
 * {@link FastDependencyParser} on the sentences the parse gate lets through.
 * {@link #complete()} is the stock way: all three CRF models, CoreNLP's fine-grained KBP regexner,
 * SUTime and the {@code depparse} annotator on every sentence. No coreference and no CoreNLP quote
 * annotator: Dyad resolves mentions and quote speakers itself from the parse and its actor
 * dictionaries, which is about three times faster and, on news, no less accurate for the roles we
 * need. Both give each document the same budgets: {@value #DEFAULT_MAX_SENTENCE_TOKENS} tokens per
 * sentence (longer ones are cut), {@value #DEFAULT_MAX_DOCUMENT_TOKENS} tokens and 120 s of NLP per
 * document ({@link #withBudgets} changes them; the CLI's options do).
 *
 * @param fineGrainedNer run the KBP fine-grained regexner (TITLE, NATIONALITY, COUNTRY, CITY)
 * @param dependencies   run the dependency parser
 * @param maxSentenceTokens the sentence budget: a "sentence" longer than this many tokens after
 *                       tokenizing and sentence splitting is cut into pieces at its best break
 *                       points ({@code RunOnSentenceSplitter}) before tagging, NER, SUTime and the
 *                       parser, whose cost grows faster than linearly with sentence length;
 *                       {@link #DEFAULT_MAX_SENTENCE_TOKENS} by default, 0 for no limit
 * @param tagMapping     a TokensRegexNER mapping of Dyad's own phrases (titles, nationalities,
 *                       countries) applied after the CRF models, as CoreNLP writes it
 *                       ({@code ignorecase=true,FILE;FILE}), or {@code null} for none
 * @param timeGate       run SUTime and the numeric classifiers only on sentences that may hold a
 *                       time ({@link TemporalCues}); the others get the CRF models alone. Dyad reads
 *                       only time expressions from those classifiers, so the output is the same.
 * @param nerModels      the CRF models, comma-separated ({@link #ALL_CRF_MODELS} by default)
 * @param parseGate      ask the {@link org.dyad.model.text.ParseGate} the parser is given which
 *                       sentences to dependency-parse; off, every sentence is parsed
 * @param fastParser     parse with {@link FastDependencyParser} (the same model and the same trees
 *                       as CoreNLP's {@code depparse}, about twice as fast); off, with the annotator
 * @param maxDocumentTokens a document with more tokens than this is not tagged at all but stopped
 *                       with a {@link DocumentBudgetException} (its tokens alone take memory in
 *                       proportion); {@link #DEFAULT_MAX_DOCUMENT_TOKENS} by default, 0 for no limit
 * @param analysisDeadline the time budget of one document's NLP: checked between annotators and
 *                       between batches of sentences ({@link AnalysisDeadline}), so a document over
 *                       it stops with a {@link DocumentBudgetException};
 *                       {@link #DEFAULT_ANALYSIS_DEADLINE} by default, zero for none
 */
public record NlpConfig(boolean fineGrainedNer, boolean dependencies, int maxSentenceTokens,
                        String tagMapping, boolean timeGate, String nerModels, boolean parseGate,
                        boolean fastParser, int maxDocumentTokens, Duration analysisDeadline) {
  /** Tokens per sentence before a run-on "sentence" is cut: five times a long news sentence. */
  public static final int DEFAULT_MAX_SENTENCE_TOKENS = 150;
  /** Tokens per document: about 600 KB of English, several times the longest news report. */
  public static final int DEFAULT_MAX_DOCUMENT_TOKENS = 100_000;
  /** NLP time per document; a long article takes a few seconds. */
  public static final Duration DEFAULT_ANALYSIS_DEADLINE = Duration.ofSeconds(120);

  public NlpConfig {
    if (maxSentenceTokens < 0 || maxDocumentTokens < 0) {
      throw new IllegalArgumentException("token budgets must be 0 (none) or more");
    }
    if (analysisDeadline == null || analysisDeadline.isNegative()) {
      throw new IllegalArgumentException("the analysis deadline must be zero (none) or more");
    }
  }

  /** CoreNLP's three English CRF models, its default: 3-class, 7-class (MUC) and 4-class (CoNLL). */
  public static final String ALL_CRF_MODELS = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz,"
      + "edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz,"
      + "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";
  /** The 3-class and the 7-class (MUC) CRFs: persons, organisations, locations, and dates for SUTime. */
  public static final String TWO_MODELS = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz,"
      + "edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz";

  /**
   * The configuration Dyad ships with: no fine-grained KBP pass (its 580,000-entry gazetteer is
   * most of the NER time and heap); TITLE, NATIONALITY and COUNTRY tags come from Dyad's own
   * dictionaries through {@link #withTagMapping}, which the analyzer sets up.
   */
  public static NlpConfig defaults() {
    return builder().build();
  }

  /** The stock fine-grained NER as well, slowest and most complete; gives the same events on the dev sets. */
  public static NlpConfig complete() {
    return builder().fineGrainedNer(true).timeGate(false).nerModels(ALL_CRF_MODELS).parseGate(false)
        .fastParser(false).build();
  }

  /** A builder that starts from the {@linkplain #defaults() defaults}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts from this config, for a copy with several settings changed. */
  public Builder toBuilder() {
    return new Builder().fineGrainedNer(fineGrainedNer).dependencies(dependencies).tagMapping(tagMapping)
        .timeGate(timeGate).nerModels(nerModels).parseGate(parseGate).fastParser(fastParser)
        .budgets(maxSentenceTokens, maxDocumentTokens, analysisDeadline);
  }

  /** Gives a copy that applies a TokensRegexNER mapping after the CRF models. */
  public NlpConfig withTagMapping(String mapping) {
    return toBuilder().tagMapping(mapping).build();
  }

  /** Gives a copy with the time gate on or off. */
  public NlpConfig withTimeGate(boolean gate) {
    return toBuilder().timeGate(gate).build();
  }

  /** Gives a copy that parses only the sentences the parser's gate lets through, or all. */
  public NlpConfig withParseGate(boolean gate) {
    return toBuilder().parseGate(gate).build();
  }

  /** Gives a copy that parses with the fast parser or with CoreNLP's annotator. */
  public NlpConfig withFastParser(boolean fast) {
    return toBuilder().fastParser(fast).build();
  }

  /**
   * Gives a copy with other budgets: tokens per sentence before a cut, tokens per document and
   * NLP time per document (0 or zero: none).
   */
  public NlpConfig withBudgets(int sentenceTokens, int documentTokens, Duration deadline) {
    return toBuilder().budgets(sentenceTokens, documentTokens, deadline).build();
  }

  /** Gives the CoreNLP properties for this configuration. */
  Properties toProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", dependencies
        ? "tokenize,ssplit,pos,lemma,ner,depparse" : "tokenize,ssplit,pos,lemma,ner");
    // Blank lines end a sentence: headlines and paragraphs have no final period.
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("ner.applyFineGrained", Boolean.toString(fineGrainedNer));
    p.setProperty("ner.model", nerModels);
    if (tagMapping != null) {
      p.setProperty("ner.additional.regexner.mapping", tagMapping);
    }
    // "from January 24, 2022 to December 31, 2024" as one range, not two dates.
    p.setProperty("sutime.markTimeRanges", "true");
    p.setProperty("sutime.includeRange", "true");
    p.setProperty("pos.maxlen", Integer.toString(Math.max(maxSentenceTokens, 250)));
    return p;
  }

  /**
   * An {@link NlpConfig} being put together, setting by setting: the one place that lists the
   * fields in order. Starts from the defaults ({@link #builder()}) or from a config
   * ({@link #toBuilder()}); each setter takes the record component of its name and returns the
   * builder; {@link #build()} checks the values as the record's constructor does. Not thread-safe:
   * build one config with it.
   */
  public static final class Builder {
    private boolean fineGrainedNer;
    private boolean dependencies = true;
    private int maxSentenceTokens = DEFAULT_MAX_SENTENCE_TOKENS;
    private String tagMapping;
    private boolean timeGate = true;
    private String nerModels = TWO_MODELS;
    private boolean parseGate = true;
    private boolean fastParser = true;
    private int maxDocumentTokens = DEFAULT_MAX_DOCUMENT_TOKENS;
    private Duration analysisDeadline = DEFAULT_ANALYSIS_DEADLINE;

    private Builder() {
    }

    /** See {@link NlpConfig#fineGrainedNer()}. */
    public Builder fineGrainedNer(boolean on) {
      this.fineGrainedNer = on;
      return this;
    }

    /** See {@link NlpConfig#dependencies()}. */
    public Builder dependencies(boolean on) {
      this.dependencies = on;
      return this;
    }

    /** See {@link NlpConfig#tagMapping()}. */
    public Builder tagMapping(String mapping) {
      this.tagMapping = mapping;
      return this;
    }

    /** See {@link NlpConfig#timeGate()}. */
    public Builder timeGate(boolean on) {
      this.timeGate = on;
      return this;
    }

    /** See {@link NlpConfig#nerModels()}. */
    public Builder nerModels(String models) {
      this.nerModels = models;
      return this;
    }

    /** See {@link NlpConfig#parseGate()}. */
    public Builder parseGate(boolean on) {
      this.parseGate = on;
      return this;
    }

    /** See {@link NlpConfig#fastParser()}. */
    public Builder fastParser(boolean on) {
      this.fastParser = on;
      return this;
    }

    /**
     * The budgets, set together as the CLI's options do: see {@link NlpConfig#maxSentenceTokens()},
     * {@link NlpConfig#maxDocumentTokens()} and {@link NlpConfig#analysisDeadline()}.
     */
    public Builder budgets(int sentenceTokens, int documentTokens, Duration deadline) {
      this.maxSentenceTokens = sentenceTokens;
      this.maxDocumentTokens = documentTokens;
      this.analysisDeadline = deadline;
      return this;
    }

    /** The config; throws {@link IllegalArgumentException} for a budget the record refuses. */
    public NlpConfig build() {
      return new NlpConfig(fineGrainedNer, dependencies, maxSentenceTokens, tagMapping, timeGate,
          nerModels, parseGate, fastParser, maxDocumentTokens, analysisDeadline);
    }
  }
}
