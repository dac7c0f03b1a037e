package org.dyad.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.text.ParsedDocument;
import org.dyad.model.text.Sentence;
import org.dyad.model.text.TextParser;
import org.dyad.model.text.Token;

/**
 * A model-free stand-in for CoreNLP: a sentence ends after each '.', a token is a run of
 * non-spaces. No tags, entities or dependencies, so the coder finds nothing, quickly.
 */
final class FakeParser implements TextParser {
  @Override
  public ParsedDocument parse(String text, LocalDate reference) {
    List<Sentence> sentences = new ArrayList<>();
    int begin = 0;
    while (begin < text.length()) {
      int dot = text.indexOf('.', begin);
      int end = dot < 0 ? text.length() : dot + 1;
      List<Token> tokens = new ArrayList<>();
      int i = begin;
      while (i < end) {
        while (i < end && Character.isWhitespace(text.charAt(i))) {
          i++;
        }
        int start = i;
        while (i < end && !Character.isWhitespace(text.charAt(i))) {
          i++;
        }
        if (i > start) {
          String w = text.substring(start, i);
          tokens.add(new Token(tokens.size(), w, start, i, w.toLowerCase(), "NN", "O"));
        }
      }
      if (!tokens.isEmpty()) {
        sentences.add(new Sentence(sentences.size(), begin, end, tokens, List.of()));
      }
      begin = end;
    }
    return new ParsedDocument(text, reference, sentences, List.of(), List.of());
  }
}
