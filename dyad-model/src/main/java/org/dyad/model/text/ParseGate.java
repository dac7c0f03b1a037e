package org.dyad.model.text;

import java.util.Arrays;
import java.util.List;

/**
 * Decides, from an article's tagged sentences (words, lemmas, parts of speech, entity tags), which
 * of them are worth the dependency parse, the most expensive step of the NLP stage.
 *
 * <p>The coder knows which sentences can hold an event, a quotation or a speaker; the parser asks
 * it through this interface so that the NLP module needs no dictionary of its own. It sees the
 * whole article because a sentence may matter for its neighbours (a quotation's speaker is looked
 * for in the sentences before it). A sentence the gate turns away keeps its tokens and entities and
 * gets no dependencies. Implementations must be thread-safe. {@link #ALL} parses every sentence.
 */
@FunctionalInterface
public interface ParseGate {
  /** Parses every sentence. */
  ParseGate ALL = sentences -> {
    boolean[] all = new boolean[sentences.size()];
    Arrays.fill(all, true);
    return all;
  };

  /**
   * Chooses the sentences to parse.
   *
   * @param sentences each sentence's tokens, with lemma, part of speech and entity tag set
   * @return one flag per sentence, true to run the dependency parser on it
   */
  boolean[] select(List<List<Token>> sentences);
}
