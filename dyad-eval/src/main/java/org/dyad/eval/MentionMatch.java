package org.dyad.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether an event's actor mention, as written, names the same actor as a gold span, by
 * text: Dyad's events carry the mention text but not its offsets.
 *
 * <p>Both texts are normalised (lower case; curly apostrophes made straight; possessive {@code 's}
 * dropped; dots deleted so {@code U.S.} reads {@code us}; other punctuation made a space; leading
 * determiners {@code the/a/an} dropped) and cut into words. They match when one word sequence occurs
 * whole inside the other ({@code Mohammad Javad Zarif} in {@code Iranian Foreign Minister Mohammad
 * Javad Zarif}); words, not characters, so {@code US} does not match inside {@code Russia}. The
 * contained side must carry some meaning: a lone one-letter word or only stopwords ({@code it},
 * {@code they}, {@code his}) matches nothing.
 */
public final class MentionMatch {
  /** Words that on their own name no actor. */
  static final Set<String> STOPWORDS = Set.of("the", "a", "an", "of", "and", "or", "in", "on", "at", "to",
      "for", "by", "with", "from", "he", "she", "it", "they", "them", "we", "i", "you", "his", "her", "its",
      "their", "our", "who", "which", "that", "this", "these", "those", "s", "other", "some", "all");

  private static final Set<String> DETERMINERS = Set.of("the", "a", "an");

  private MentionMatch() {}

  /** True when {@code mention} and {@code gold} name the same actor by the rule above; false for null. */
  public static boolean matches(String gold, String mention) {
    if (gold == null || mention == null) {
      return false;
    }
    List<String> g = words(gold);
    List<String> m = words(mention);
    if (g.isEmpty() || m.isEmpty()) {
      return false;
    }
    if (g.size() >= m.size()) {
      return meaningful(m) && Collections.indexOfSubList(g, m) >= 0;
    }
    return meaningful(g) && Collections.indexOfSubList(m, g) >= 0;
  }

  /** The normalised words of {@code text} (see the class comment). */
  public static List<String> words(String text) {
    String t = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
        .replace('\u2019', '\'').replace('\u00b4', '\'').replace('\u2018', '\'')
        .replaceAll("'s\\b", " ")
        .replace(".", "")
        .replaceAll("[^\\p{L}\\p{N}]+", " ")
        .strip();
    List<String> out = new ArrayList<>();
    for (String w : t.split(" ")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    while (!out.isEmpty() && DETERMINERS.contains(out.get(0))) {
      out.remove(0);
    }
    return out;
  }

  private static boolean meaningful(List<String> words) {
    if (words.size() == 1 && words.get(0).length() == 1) {
      return false;
    }
    for (String w : words) {
      if (!STOPWORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
