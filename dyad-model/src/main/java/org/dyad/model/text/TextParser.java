package org.dyad.model.text;

import java.time.LocalDate;

/**
 * The NLP stage as the rest of Dyad sees it: text in, {@link ParsedDocument} out.
 *
 * <p>Implementations load their models once and must be safe to call from several threads.
 */
public interface TextParser {
  /**
   * Parses one article.
   *
   * @param text      the text to analyse; offsets in the result point into it
   * @param reference the date relative temporal expressions resolve against (publication date)
   * @return sentences, tokens, entities and normalised temporal expressions
   */
  ParsedDocument parse(String text, LocalDate reference);
}
