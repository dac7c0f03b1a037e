package org.dyad.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dyad.model.analysis.Span;

/**
 * One gold sentence with marked actor spans: a PLOVER-labelled sentence ({@code plv}) or a
 * ConfliBERT source/target tagged one ({@code conflibert-ner}).
 *
 * @param id          where it was read ({@code file:line} or the set's sentence id)
 * @param text        the sentence as Dyad is given it
 * @param type        the gold PLOVER type as written ({@code ACCUSE}, {@code YIELD}), {@code null} when
 *                    the set gives none
 * @param sources     event source spans in {@code text}
 * @param targets     event target spans in {@code text}
 * @param reciprocal  spans of actors that act on each other ({@code R} tags: "A met B"); each pair
 *                    of them is a gold pair in either direction
 */
public record PairSentence(String id, String text, String type, List<Span> sources, List<Span> targets,
                           List<Span> reciprocal) {
  public PairSentence {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    sources = List.copyOf(sources);
    targets = List.copyOf(targets);
    reciprocal = List.copyOf(reciprocal);
    for (List<Span> l : List.of(sources, targets, reciprocal)) {
      for (Span s : l) {
        if (s.end() > text.length()) {
          throw new IllegalArgumentException("span " + s + " is past the end of the text of " + id);
        }
      }
    }
  }

  /** The text of a span of this sentence. */
  public String textOf(Span s) {
    return text.substring(s.begin(), s.end());
  }

  /**
   * The gold pairs: each source with each target, and each two reciprocal actors (either way
   * round); spans with the same normalised text count once, since matching is by text.
   */
  public List<GoldPair> pairs() {
    List<GoldPair> out = new ArrayList<>();
    List<String> s = distinct(sources);
    List<String> t = distinct(targets);
    for (String a : s) {
      for (String b : t) {
        out.add(new GoldPair(a, b, false));
      }
    }
    List<String> r = distinct(reciprocal);
    for (int i = 0; i < r.size(); i++) {
      for (int j = i + 1; j < r.size(); j++) {
        out.add(new GoldPair(r.get(i), r.get(j), true));
      }
    }
    return out;
  }

  private List<String> distinct(List<Span> spans) {
    Map<List<String>, String> byWords = new LinkedHashMap<>();
    for (Span sp : spans) {
      String t = textOf(sp);
      byWords.putIfAbsent(MentionMatch.words(t), t);
    }
    return new ArrayList<>(byWords.values());
  }

  /**
   * One gold source–target pair, by text.
   *
   * @param source      the source span's text
   * @param target      the target span's text
   * @param reciprocal  true when either actor may be the source (from {@code R} tags)
   */
  public record GoldPair(String source, String target, boolean reciprocal) {}
}
