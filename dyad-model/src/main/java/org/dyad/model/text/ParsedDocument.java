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
 */
public record ParsedDocument(String text, LocalDate reference, List<Sentence> sentences,
                             List<EntityMention> entities, List<TimeExpression> times) {
  public ParsedDocument {
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    times = List.copyOf(times);
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
