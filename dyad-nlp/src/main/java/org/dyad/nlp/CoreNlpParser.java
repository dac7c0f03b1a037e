package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
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
 * parse gate on; {@link ParseGate#ALL} by default); loads the models once in the constructor
 * (several seconds) and is then safe to share between threads. Gives {@link ParsedDocument}s whose
 * offsets are character offsets into the input text.
 */
public final class CoreNlpParser implements TextParser {
  /** Everything in one pipeline; null when a gate splits the work. */
  private final StanfordCoreNLP pipeline;
  /** Split work: tokens, sentences, tags and lemmas; then NER with or without SUTime; then the parse. */
  private final StanfordCoreNLP base;
  private final StanfordCoreNLP nerTimed;
  private final StanfordCoreNLP nerPlain;
  private final StanfordCoreNLP parser;
  /** Replaces {@link #parser} when configured and loadable. */
  private final FastDependencyParser fast;
  /** Null when SUTime runs on every sentence. */
  private final TemporalCues cues;
  private final ParseGate gate;
  private final int maxParseTokens;

  /** Loads the CoreNLP models named by the configuration; parses every sentence. */
  public CoreNlpParser(NlpConfig config) {
    this(config, ParseGate.ALL);
  }

  /** Loads the models; with {@link NlpConfig#parseGate()} on, parses what {@code gate} lets through. */
  public CoreNlpParser(NlpConfig config, ParseGate gate) {
    Properties all = config.toProperties();
    this.gate = config.parseGate() ? gate : ParseGate.ALL;
    this.maxParseTokens = config.maxSentenceTokens();
    if (!config.timeGate() && !config.parseGate() && !config.fastParser()) {
      this.pipeline = new StanfordCoreNLP(all);
      this.base = null;
      this.nerTimed = null;
      this.nerPlain = null;
      this.parser = null;
      this.fast = null;
      this.cues = null;
      return;
    }
    this.pipeline = null;
    this.base = new StanfordCoreNLP(with(all, "tokenize,ssplit,pos,lemma"));
    this.nerTimed = new StanfordCoreNLP(with(all, "ner"));
    if (config.timeGate()) {
      Properties plain = with(all, "ner");
      plain.setProperty("ner.applyNumericClassifiers", "false");
      plain.setProperty("ner.useSUTime", "false");
      this.nerPlain = new StanfordCoreNLP(plain);
      this.cues = TemporalCues.load();
    } else {
      this.nerPlain = null;
      this.cues = null;
    }
    this.fast = config.dependencies() && config.fastParser()
        ? FastDependencyParser.load() : null;
    if (config.dependencies() && config.fastParser() && fast == null) {
      System.getLogger(CoreNlpParser.class.getName()).log(System.Logger.Level.WARNING,
          "this CoreNLP's parser internals are not those of 4.5.x: using the slower depparse annotator");
    }
    this.parser = config.dependencies() && fast == null
        ? new StanfordCoreNLP(with(all, "depparse")) : null;
  }

  /** The properties with other annotators; each later stage finds its inputs already annotated. */
  private static Properties with(Properties all, String annotators) {
    Properties p = new Properties();
    p.putAll(all);
    p.setProperty("annotators", annotators);
    p.setProperty("enforceRequirements", "false");
    return p;
  }

  @Override
  public ParsedDocument parse(String text, LocalDate reference) {
    Annotation annotation = new Annotation(text);
    annotation.set(CoreAnnotations.DocDateAnnotation.class, reference.toString());
    List<CoreMap> coreSentences;
    List<List<Token>> tokens = new ArrayList<>();
    if (pipeline != null) {
      pipeline.annotate(annotation);
      coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
      for (CoreMap s : coreSentences) {
        tokens.add(tokens(s));
      }
    } else {
      coreSentences = annotateSplit(annotation, text, reference, tokens);
    }
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
    return new ParsedDocument(text, reference, sentences, entities, times);
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
   * NER with SUTime on the sentences that may hold a time (all of them without the time gate),
   * without on the rest; then the parse of the sentences the gate lets through. Fills
   * {@code tokens} with each sentence's tokens and gives the sentences.
   */
  private List<CoreMap> annotateSplit(Annotation annotation, String text, LocalDate reference,
                                      List<List<Token>> tokens) {
    base.annotate(annotation);
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    List<CoreMap> timed = new ArrayList<>();
    List<CoreMap> plain = new ArrayList<>();
    for (CoreMap s : sentences) {
      (cues == null || cues.mayHoldTime(words(s)) ? timed : plain).add(s);
    }
    annotateSome(nerTimed, timed, text, reference);
    annotateSome(nerPlain, plain, text, reference);
    for (CoreMap s : sentences) {
      tokens.add(tokens(s));
    }
    boolean[] chosen = gate.select(tokens);
    List<CoreMap> toParse = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      if (chosen[i] && (maxParseTokens <= 0 || tokens.get(i).size() <= maxParseTokens)) {
        toParse.add(sentences.get(i));
      }
    }
    if (fast != null) {
      for (CoreMap s : toParse) {
        fast.annotate(s);
      }
    } else if (parser != null) {
      annotateSome(parser, toParse, text, reference);
    }
    return sentences;
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
