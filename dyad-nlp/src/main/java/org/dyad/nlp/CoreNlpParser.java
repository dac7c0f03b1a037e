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
import org.dyad.model.text.ParsedDocument;
import org.dyad.model.text.Sentence;
import org.dyad.model.text.TextParser;
import org.dyad.model.text.TimeExpression;
import org.dyad.model.text.Token;

/**
 * Dyad's adapter to Stanford CoreNLP: the only class family that touches CoreNLP types.
 *
 * <p>Takes an {@link NlpConfig}; loads the models once in the constructor (several seconds) and
 * is then safe to share between threads. Gives {@link ParsedDocument}s whose offsets are character
 * offsets into the input text.
 */
public final class CoreNlpParser implements TextParser {
  /** Everything in one pipeline; null when the time gate splits the work. */
  private final StanfordCoreNLP pipeline;
  /** With the time gate: tokens, sentences, tags and lemmas; then NER with or without SUTime; then the parse. */
  private final StanfordCoreNLP base;
  private final StanfordCoreNLP nerTimed;
  private final StanfordCoreNLP nerPlain;
  private final StanfordCoreNLP parser;
  private final TemporalCues cues;

  /** Loads the CoreNLP models named by the configuration. */
  public CoreNlpParser(NlpConfig config) {
    Properties all = config.toProperties();
    if (!config.timeGate()) {
      this.pipeline = new StanfordCoreNLP(all);
      this.base = null;
      this.nerTimed = null;
      this.nerPlain = null;
      this.parser = null;
      this.cues = null;
      return;
    }
    this.pipeline = null;
    this.base = new StanfordCoreNLP(with(all, "tokenize,ssplit,pos,lemma"));
    this.nerTimed = new StanfordCoreNLP(with(all, "ner"));
    Properties plain = with(all, "ner");
    plain.setProperty("ner.applyNumericClassifiers", "false");
    plain.setProperty("ner.useSUTime", "false");
    this.nerPlain = new StanfordCoreNLP(plain);
    this.parser = config.dependencies() ? new StanfordCoreNLP(with(all, "depparse")) : null;
    this.cues = TemporalCues.load();
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
    if (pipeline != null) {
      pipeline.annotate(annotation);
    } else {
      annotateGated(annotation, text, reference);
    }
    List<Sentence> sentences = new ArrayList<>();
    List<EntityMention> entities = new ArrayList<>();
    List<TimeExpression> times = new ArrayList<>();
    List<CoreMap> coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    for (int i = 0; i < coreSentences.size(); i++) {
      CoreMap s = coreSentences.get(i);
      List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
      List<Token> tokens = new ArrayList<>(labels.size());
      for (int t = 0; t < labels.size(); t++) {
        CoreLabel l = labels.get(t);
        tokens.add(new Token(t, l.originalText(), l.beginPosition(), l.endPosition(),
            l.lemma(), l.tag(), l.ner() == null ? "O" : l.ner()));
      }
      sentences.add(new Sentence(i,
          s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
          s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class),
          tokens, AnnotationConverter.dependencies(s)));
      AnnotationConverter.mentions(s, i, entities, times);
    }
    return new ParsedDocument(text, reference, sentences, entities, times);
  }

  /** NER with SUTime on the sentences that may hold a time, without on the rest; then the parse. */
  private void annotateGated(Annotation annotation, String text, LocalDate reference) {
    base.annotate(annotation);
    List<CoreMap> timed = new ArrayList<>();
    List<CoreMap> plain = new ArrayList<>();
    for (CoreMap s : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<String> words = new ArrayList<>();
      for (CoreLabel l : s.get(CoreAnnotations.TokensAnnotation.class)) {
        words.add(l.word());
      }
      (cues.mayHoldTime(words) ? timed : plain).add(s);
    }
    annotateSome(nerTimed, timed, text, reference);
    annotateSome(nerPlain, plain, text, reference);
    if (parser != null) {
      parser.annotate(annotation);
    }
  }

  /** Runs a pipeline over some sentences of a document, which it annotates in place. */
  private static void annotateSome(StanfordCoreNLP nlp, List<CoreMap> sentences, String text,
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
