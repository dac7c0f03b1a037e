package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts run-on "sentences" (a text with no sentence ends, a list, a table flattened to one line)
 * into pieces of at most a maximum number of tokens, before the taggers, SUTime and the parser
 * see them: their cost grows faster than linearly with sentence length (a 9 MiB single-line
 * text ran for more than ten minutes in SUTime).
 *
 * <p>Takes CoreNLP's sentences after {@code tokenize,ssplit}, the document text and the maximum;
 * gives the sentences with each long one replaced by its pieces, and how many were cut. A piece
 * ends at the best break within the last half of its window: after a strong mark ({@code ; : ! ?
 * .}), else after a weak one ({@code , -- ) ]} and dashes), else at the maximum (a hard cut).
 * Tokens are the same objects in the same order, so no token is lost and their character offsets
 * are kept; each piece gets its own text, offsets, token span and 1-based token indices, and
 * sentence indices are renumbered. Stateless.
 */
final class RunOnSentenceSplitter {
  private static final Set<String> STRONG = Set.of(";", ":", "!", "?", ".", "...");
  private static final Set<String> WEAK = Set.of(",", "--", "-", "–", "—", ")", "]", "-RRB-", "-RSB-");

  /**
   * The sentences after cutting.
   *
   * @param sentences the sentences, long ones replaced by their pieces
   * @param cut       how many sentences were over the maximum and cut
   */
  record Result(List<CoreMap> sentences, int cut) {}

  private RunOnSentenceSplitter() {}

  /**
   * Cuts every sentence longer than {@code max} tokens; {@code max} 0 or less cuts nothing.
   *
   * @param sentences CoreNLP sentences with tokens and offsets
   * @param text      the document text their offsets index
   * @param max       the most tokens a piece may have
   */
  static Result split(List<CoreMap> sentences, String text, int max) {
    if (max <= 0) {
      return new Result(sentences, 0);
    }
    List<CoreMap> out = new ArrayList<>(sentences.size());
    int cut = 0;
    for (CoreMap s : sentences) {
      List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
      if (tokens.size() <= max) {
        out.add(s);
        continue;
      }
      cut++;
      Integer tokenBegin = s.get(CoreAnnotations.TokenBeginAnnotation.class);
      int from = 0;
      while (from < tokens.size()) {
        int to = tokens.size() - from <= max ? tokens.size() : breakAfter(tokens, from, max);
        out.add(piece(tokens.subList(from, to), text, tokenBegin == null ? null : tokenBegin + from));
        from = to;
      }
    }
    if (cut == 0) {
      return new Result(sentences, 0);
    }
    // Later stages and Dyad's sentence numbers read these indices: keep them 0, 1, 2 ...
    for (int i = 0; i < out.size(); i++) {
      out.get(i).set(CoreAnnotations.SentenceIndexAnnotation.class, i);
      for (CoreLabel t : out.get(i).get(CoreAnnotations.TokensAnnotation.class)) {
        t.set(CoreAnnotations.SentenceIndexAnnotation.class, i);
      }
    }
    return new Result(out, cut);
  }

  /** The end (exclusive) of the piece that starts at {@code from}: the best break in its window. */
  private static int breakAfter(List<CoreLabel> tokens, int from, int max) {
    int last = from + max - 1;
    int least = from + max / 2; // a break earlier than this would leave many small pieces
    for (Set<String> marks : List.of(STRONG, WEAK)) {
      for (int i = last; i >= least; i--) {
        if (marks.contains(tokens.get(i).word())) {
          return i + 1;
        }
      }
    }
    return last + 1;
  }

  private static CoreMap piece(List<CoreLabel> slice, String text, Integer tokenBegin) {
    List<CoreLabel> tokens = new ArrayList<>(slice);
    int begin = tokens.get(0).beginPosition();
    int end = tokens.get(tokens.size() - 1).endPosition();
    Annotation piece = new Annotation(text.substring(begin, end));
    piece.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    piece.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    piece.set(CoreAnnotations.TokensAnnotation.class, tokens);
    if (tokenBegin != null) {
      piece.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBegin);
      piece.set(CoreAnnotations.TokenEndAnnotation.class, tokenBegin + tokens.size());
    }
    // Mentions and dependency arcs are found by these 1-based indices within the sentence.
    for (int i = 0; i < tokens.size(); i++) {
      tokens.get(i).setIndex(i + 1);
    }
    return piece;
  }
}
