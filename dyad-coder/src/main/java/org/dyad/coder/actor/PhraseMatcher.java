package org.dyad.coder.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.model.text.Token;

/**
 * Finds dictionary phrases in a token sequence: longest match first, left to right, no overlaps.
 *
 * <p>Cased phrases (names: "US", "Kremlin") match the words as written; caseless ones (sector terms:
 * "defense minister") match lower-cased words or lemmas, so plurals match their singular entry.
 * Built once; read-only and thread-safe after construction.
 */
final class PhraseMatcher {
  /** A match of tokens {@code [begin, end)} of a sentence. */
  record Match(int begin, int end, List<ActorEntry> entries) {}

  private static final class Node {
    final Map<String, Node> next = new HashMap<>();
    List<ActorEntry> entries;
  }

  private final Node cased = new Node();
  private final Node caseless = new Node();

  /** Adds a phrase; its words are split like the tokenizer splits them. */
  void add(String phrase, ActorEntry entry, boolean ignoreCase) {
    Node node = ignoreCase ? caseless : cased;
    for (String word : words(phrase)) {
      String key = ignoreCase ? word.toLowerCase(Locale.ROOT) : word;
      node = node.next.computeIfAbsent(key, k -> new Node());
    }
    if (node.entries == null) {
      node.entries = new ArrayList<>(1);
    }
    if (!node.entries.contains(entry)) {
      node.entries.add(entry);
    }
  }

  /** Splits a dictionary phrase the way CoreNLP's tokenizer would split it, near enough. */
  static List<String> words(String phrase) {
    List<String> out = new ArrayList<>();
    for (String w : phrase.replace('\u2019', '\'').strip().split("\\s+")) {
      if (w.endsWith(",") && w.length() > 1) {
        out.add(w.substring(0, w.length() - 1));
        out.add(",");
      } else if (w.endsWith("'s") && w.length() > 2) {
        out.add(w.substring(0, w.length() - 2));
        out.add("'s");
      } else {
        out.add(w);
      }
    }
    return out;
  }

  /** Gives all longest, non-overlapping matches in the tokens. */
  List<Match> matchAll(List<Token> tokens) {
    List<Match> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Match m = longestAt(tokens, i);
      if (m == null) {
        i++;
      } else {
        out.add(m);
        i = m.end();
      }
    }
    return out;
  }

  /** Gives the longest match starting at token {@code i}, or {@code null}. */
  Match longestAt(List<Token> tokens, int i) {
    Match best = walk(cased, tokens, i, false);
    Match other = walk(caseless, tokens, i, true);
    if (best == null || (other != null && other.end() > best.end())) {
      return other;
    }
    return best;
  }

  private static Match walk(Node root, List<Token> tokens, int start, boolean ignoreCase) {
    Node node = root;
    Match best = null;
    for (int j = start; j < tokens.size() && node != null; j++) {
      Token t = tokens.get(j);
      String word = normal(t.word());
      Node next;
      if (ignoreCase) {
        next = node.next.get(word.toLowerCase(Locale.ROOT));
        if (next == null && t.lemma() != null) {
          next = node.next.get(t.lemma().toLowerCase(Locale.ROOT));
        }
      } else {
        next = node.next.get(word);
      }
      node = next;
      if (node != null && node.entries != null) {
        best = new Match(start, j + 1, node.entries);
      }
    }
    return best;
  }

  private static String normal(String word) {
    return word.indexOf('\u2019') >= 0 ? word.replace('\u2019', '\'') : word;
  }
}
