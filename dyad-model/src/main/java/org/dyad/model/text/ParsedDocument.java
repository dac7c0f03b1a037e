package org.dyad.model.text;

import java.time.LocalDate;
import java.util.List;

/**
 * The NLP stage's output for one article: everything later stages need, with no NLP library types.
 *
 * @param text      the analysed text; all offsets point into it
 * @param reference the date relative expressions were resolved against
 * @param sentences sentences in order
 * @param entities  named-entity mentions in order
 * @param times     temporal expressions in order
 * @param cutSentences how many run-on "sentences" over the parser's sentence budget were cut into
 *                  pieces (each piece is one of {@code sentences}); 0 when none were
 */
public record ParsedDocument(String text, LocalDate reference, List<Sentence> sentences,
                             List<EntityMention> entities, List<TimeExpression> times,
                             int cutSentences) {
  public ParsedDocument {
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    times = List.copyOf(times);
  }

  /** A document whose sentences were not cut. */
  public ParsedDocument(String text, LocalDate reference, List<Sentence> sentences,
                        List<EntityMention> entities, List<TimeExpression> times) {
    this(text, reference, sentences, entities, times, 0);
  }

  /** Gives the sentence holding the character offset, or {@code null}. */
  public Sentence sentenceAt(int offset) {
    for (Sentence s : sentences) {
      if (offset >= s.begin() && offset < s.end()) {
        return s;
      }
    }
    return null;
  }
}
