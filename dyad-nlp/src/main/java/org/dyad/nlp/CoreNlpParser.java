package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.dyad.model.text.EntityMention;
import org.dyad.model.text.ParseGate;
import org.dyad.model.text.ParsedDocument;
import org.dyad.model.text.Sentence;
import org.dyad.model.text.TextParser;
import org.dyad.model.text.TimeExpression;
import org.dyad.model.text.Token;

/**
 * Dyad's adapter to Stanford CoreNLP: the only class family that touches CoreNLP types.
 *
 * <p>Takes an {@link NlpConfig} and a {@link ParseGate} (used when the configuration turns the
 * parse gate on; {@link ParseGate#ALL} by default); loads the models in the constructor (several
 * seconds, or none where another parser of the JVM loaded the same: {@link SharedModels}) and is
 * then safe to share between threads. Gives {@link ParsedDocument}s whose
 * offsets are character offsets into the input text, with the number of run-on sentences cut.
 *
 * <p>Budgets per document ({@link NlpConfig}): sentences over {@link NlpConfig#maxSentenceTokens()}
 * are cut into pieces right after sentence splitting ({@code RunOnSentenceSplitter}); a document
 * over {@link NlpConfig#maxDocumentTokens()} or {@link NlpConfig#analysisDeadline()} stops with a
 * {@link DocumentBudgetException} on the calling thread ({@link AnalysisDeadline} says why there
 * is no watchdog thread).
 */
public final class CoreNlpParser implements TextParser {
  /** Sentences handed to an annotator at once: the deadline is checked between batches. */
  static final int BATCH_TOKENS = 2_000;

  /** Tokens and sentences; then tags and lemmas; then NER with or without SUTime; then the parse. */
  private final StanfordCoreNLP splitter;
  private final StanfordCoreNLP tagger;
  private final StanfordCoreNLP nerTimed;
  private final StanfordCoreNLP nerPlain;
  private final StanfordCoreNLP parser;
  /** Replaces {@link #parser} when configured and loadable. */
  private final FastDependencyParser fast;
  /** Null when SUTime runs on every sentence. */
  private final TemporalCues cues;
  private final ParseGate gate;
  private final int maxSentenceTokens;
  private final int maxDocumentTokens;
  private final Duration deadline;

  /** Loads the CoreNLP models named by the configuration; parses every sentence. */
  public CoreNlpParser(NlpConfig config) {
    this(config, ParseGate.ALL);
  }

  /** Loads the models; with {@link NlpConfig#parseGate()} on, parses what {@code gate} lets through. */
  public CoreNlpParser(NlpConfig config, ParseGate gate) {
    Properties all = config.toProperties();
    this.gate = config.parseGate() ? gate : ParseGate.ALL;
    this.maxSentenceTokens = config.maxSentenceTokens();
    this.maxDocumentTokens = config.maxDocumentTokens();
    this.deadline = config.analysisDeadline();
    // Always stage by stage, even for the stock configuration: run-on sentences are cut between
    // the splitter and the taggers, and the time budget is checked between stages and batches.
    this.splitter = SharedModels.pipeline(with(all, "tokenize,ssplit"));
    this.tagger = SharedModels.pipeline(with(all, "pos,lemma"));
    this.nerTimed = SharedModels.pipeline(with(all, "ner"));
    if (config.timeGate()) {
      Properties plain = with(all, "ner");
      plain.setProperty("ner.applyNumericClassifiers", "false");
      plain.setProperty("ner.useSUTime", "false");
      this.nerPlain = SharedModels.pipeline(plain);
      this.cues = TemporalCues.load();
    } else {
      this.nerPlain = null;
      this.cues = null;
    }
    this.fast = config.dependencies() && config.fastParser()
        ? SharedModels.fastParser() : null;
    if (config.dependencies() && config.fastParser() && fast == null) {
      System.getLogger(CoreNlpParser.class.getName()).log(System.Logger.Level.WARNING,
          "this CoreNLP's parser internals are not those of 4.5.x: using the slower depparse annotator");
    }
    this.parser = config.dependencies() && fast == null
        ? SharedModels.pipeline(with(all, "depparse")) : null;
  }

  /** The properties with other annotators; each later stage finds its inputs already annotated. */
  private static Properties with(Properties all, String annotators) {
    Properties p = new Properties();
    p.putAll(all);
    p.setProperty("annotators", annotators);
    p.setProperty("enforceRequirements", "false");
    return p;
  }

  /**
   * {@inheritDoc}
   *
   * @throws DocumentBudgetException when the document has more tokens than the document budget or
   *                                 its analysis outlasts the time budget (see {@link NlpConfig})
   */
  @Override
  public ParsedDocument parse(String text, LocalDate reference) {
    AnalysisDeadline budget = AnalysisDeadline.after(deadline);
    Annotation annotation = new Annotation(text);
    annotation.set(CoreAnnotations.DocDateAnnotation.class, reference.toString());
    RunOnSentenceSplitter.Result cut = splitWithin(splitter, annotation, maxDocumentTokens,
        maxSentenceTokens);
    List<List<Token>> tokens = new ArrayList<>();
    List<CoreMap> coreSentences = annotateStages(cut.sentences(), text, reference, tokens, budget);
    List<Sentence> sentences = new ArrayList<>();
    List<EntityMention> entities = new ArrayList<>();
    List<TimeExpression> times = new ArrayList<>();
    for (int i = 0; i < coreSentences.size(); i++) {
      CoreMap s = coreSentences.get(i);
      sentences.add(new Sentence(i,
          s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
          s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class),
          tokens.get(i), AnnotationConverter.dependencies(s)));
      AnnotationConverter.mentions(s, i, entities, times);
    }
    return new ParsedDocument(text, reference, sentences, entities, times, cut.cut());
  }

  /**
   * Tokenizes and splits the annotation's text into sentences, stops a document over the token
   * budget before any model runs, and cuts run-on sentences to the sentence budget (the
   * annotation's sentences become the pieces). Budgets of 0 are none.
   *
   * @throws DocumentBudgetException when the document has more than {@code maxDocumentTokens}
   */
  static RunOnSentenceSplitter.Result splitWithin(StanfordCoreNLP splitter, Annotation annotation,
                                                  int maxDocumentTokens, int maxSentenceTokens) {
    splitter.annotate(annotation);
    int documentTokens = annotation.get(CoreAnnotations.TokensAnnotation.class).size();
    if (maxDocumentTokens > 0 && documentTokens > maxDocumentTokens) {
      throw new DocumentBudgetException("over the token budget of " + maxDocumentTokens
          + " tokens per document (" + documentTokens + " tokens)");
    }
    RunOnSentenceSplitter.Result cut = RunOnSentenceSplitter.split(
        annotation.get(CoreAnnotations.SentencesAnnotation.class),
        annotation.get(CoreAnnotations.TextAnnotation.class), maxSentenceTokens);
    annotation.set(CoreAnnotations.SentencesAnnotation.class, cut.sentences());
    return cut;
  }

  /** Dyad's tokens of one annotated sentence. */
  private static List<Token> tokens(CoreMap s) {
    List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (int t = 0; t < labels.size(); t++) {
      CoreLabel l = labels.get(t);
      tokens.add(new Token(t, l.originalText(), l.beginPosition(), l.endPosition(),
          l.lemma(), l.tag(), l.ner() == null ? "O" : l.ner()));
    }
    return List.copyOf(tokens);
  }

  /**
   * Tags and lemmas; NER with SUTime on the sentences that may hold a time (all of them without
   * the time gate), without on the rest; then the parse of the sentences the gate lets through.
   * Checks the deadline between batches. Fills {@code tokens} with each sentence's tokens and
   * gives the sentences.
   */
  private List<CoreMap> annotateStages(List<CoreMap> sentences, String text, LocalDate reference,
                                       List<List<Token>> tokens, AnalysisDeadline budget) {
    annotateWithin(tagger, sentences, text, reference, budget, "tagging parts of speech");
    List<CoreMap> timed = new ArrayList<>();
    List<CoreMap> plain = new ArrayList<>();
    for (CoreMap s : sentences) {
      (cues == null || cues.mayHoldTime(words(s)) ? timed : plain).add(s);
    }
    annotateWithin(nerTimed, timed, text, reference, budget, "tagging names and times");
    if (nerPlain != null) {
      annotateWithin(nerPlain, plain, text, reference, budget, "tagging names");
    }
    for (CoreMap s : sentences) {
      tokens.add(tokens(s));
    }
    boolean[] chosen = gate.select(tokens);
    List<CoreMap> toParse = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      if (chosen[i]) {
        toParse.add(sentences.get(i));
      }
    }
    if (fast != null) {
      for (CoreMap s : toParse) {
        budget.check("parsing");
        fast.annotate(s);
      }
    } else if (parser != null) {
      annotateWithin(parser, toParse, text, reference, budget, "parsing");
    }
    return sentences;
  }

  /**
   * Runs a pipeline over sentences in batches of about {@value #BATCH_TOKENS} tokens, checking
   * the deadline before each batch: with sentences under the sentence budget, no batch runs long.
   *
   * @throws DocumentBudgetException when the deadline passed before a batch
   */
  static void annotateWithin(StanfordCoreNLP nlp, List<CoreMap> sentences, String text,
                             LocalDate reference, AnalysisDeadline budget, String stage) {
    int from = 0;
    while (from < sentences.size()) {
      budget.check(stage);
      int to = from;
      int batchTokens = 0;
      do {
        batchTokens += sentences.get(to).get(CoreAnnotations.TokensAnnotation.class).size();
        to++;
      } while (to < sentences.size() && batchTokens < BATCH_TOKENS);
      annotateSome(nlp, new ArrayList<>(sentences.subList(from, to)), text, reference);
      from = to;
    }
  }

  private static List<String> words(CoreMap s) {
    List<String> words = new ArrayList<>();
    for (CoreLabel l : s.get(CoreAnnotations.TokensAnnotation.class)) {
      words.add(l.word());
    }
    return words;
  }

  /**
   * Runs a pipeline over some sentences of a document, which it annotates in place; the JMH
   * parse benchmark runs the stock annotator this way too.
   */
  static void annotateSome(StanfordCoreNLP nlp, List<CoreMap> sentences, String text,
                                   LocalDate reference) {
    if (sentences.isEmpty()) {
      return;
    }
    Annotation part = new Annotation(text);
    part.set(CoreAnnotations.DocDateAnnotation.class, reference.toString());
    List<CoreLabel> tokens = new ArrayList<>();
    for (CoreMap s : sentences) {
      tokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
    }
    part.set(CoreAnnotations.TokensAnnotation.class, tokens);
    part.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    nlp.annotate(part);
  }
}
