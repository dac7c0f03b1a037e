package org.dyad.model.text;

import java.util.List;

/**
 * A sentence with its tokens, dependency arcs and entity mentions.
 *
 * @param index        0-based position in the document
 * @param begin        character offset of the sentence in the document
 * @param end          character offset after the sentence
 * @param tokens       tokens in order
 * @param dependencies dependency arcs (empty when the pipeline ran without a parser)
 */
public record Sentence(int index, int begin, int end, List<Token> tokens, List<Dependency> dependencies) {
  public Sentence {
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
  }

  /** Gives the sentence text cut from the document text. */
  public String text(String documentText) {
    return documentText.substring(begin, end);
  }
}
