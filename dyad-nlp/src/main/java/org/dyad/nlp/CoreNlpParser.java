package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
  private final StanfordCoreNLP pipeline;

  /** Loads the CoreNLP models named by the configuration. */
  public CoreNlpParser(NlpConfig config) {
    this.pipeline = new StanfordCoreNLP(config.toProperties());
  }

  @Override
  public ParsedDocument parse(String text, LocalDate reference) {
    Annotation annotation = new Annotation(text);
    annotation.set(CoreAnnotations.DocDateAnnotation.class, reference.toString());
    pipeline.annotate(annotation);

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
}
