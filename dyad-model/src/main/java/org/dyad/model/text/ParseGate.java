package org.dyad.model.text;

import java.util.List;

/**
 * Decides, from a sentence's tagged tokens (words, lemmas, parts of speech, entity tags), whether it
 * is worth the dependency parse, the most expensive step of the NLP stage.
 *
 * <p>The coder knows which sentences can hold an event, a quotation or a speaker; the parser asks
 * it through this interface so that the NLP module needs no dictionary of its own. A sentence the
 * gate turns away keeps its tokens and entities and gets no dependencies. Implementations must be
 * thread-safe. {@link #ALL} parses every sentence.
 */
@FunctionalInterface
public interface ParseGate {
  /** Parses every sentence. */
  ParseGate ALL = tokens -> true;

  /**
   * Tells whether to parse one sentence.
   *
   * @param tokens the sentence's tokens, with lemma, part of speech and entity tag set
   * @return true to run the dependency parser on it
   */
  boolean worthParsing(List<Token> tokens);
}
