package org.dyad.coder.actor;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.coder.dict.DictionaryException;
import org.dyad.coder.dict.DictionaryRow;
import org.dyad.coder.dict.DictionaryTable;
import org.dyad.coder.lexicon.Lexicon;

/** Small helpers for personal names: surnames, first names, and one-letter misspellings. */
final class PersonNames {
  private static final Set<String> SUFFIXES = Lexicon.DEFAULT.set("name-suffixes");

  /** Short forms news use for a first name, and transliteration pairs of one name. */
  private static final Map<String, String> SAME_FIRST_NAME = sameFirstNames();

  private PersonNames() {}

  /** The surname: the last word that is not a suffix such as Jr. */
  static String surname(String name) {
    String[] parts = name.strip().split("\\s+");
    for (int i = parts.length - 1; i >= 0; i--) {
      if (!SUFFIXES.contains(parts[i].toLowerCase(Locale.ROOT)) || i == 0) {
        return parts[i];
      }
    }
    return parts[parts.length - 1];
  }

  /** The first word of a name of two or more words, else {@code null}. */
  static String firstName(String name) {
    String[] parts = name.strip().split("\\s+");
    return parts.length > 1 ? parts[0] : null;
  }

  /**
   * True when two surnames are the same or one is a one-letter slip of the other ("Hegset" for
   * "Hegseth"); short names must match exactly, since a one-letter change there is another name.
   */
  static boolean sameSurname(String a, String b) {
    String x = a.toLowerCase(Locale.ROOT);
    String y = b.toLowerCase(Locale.ROOT);
    if (x.equals(y)) {
      return true;
    }
    // Five-letter names one letter apart are usually two people (Rubio, Rubin).
    if (Math.min(x.length(), y.length()) < 5 || Math.max(x.length(), y.length()) < 6
        || x.charAt(0) != y.charAt(0)) {
      return false;
    }
    return withinOneEdit(x, y);
  }

  /** True when the first names do not contradict each other (one missing, equal, or Joe/Joseph). */
  static boolean compatibleFirstNames(String a, String b) {
    if (a == null || b == null) {
      return true;
    }
    String x = a.toLowerCase(Locale.ROOT);
    String y = b.toLowerCase(Locale.ROOT);
    return x.equals(y) || x.startsWith(y) || y.startsWith(x)
        || y.equals(SAME_FIRST_NAME.get(x)) || x.equals(SAME_FIRST_NAME.get(y))
        || (x.length() >= 3 && y.length() >= 3 && x.substring(0, 3).equals(y.substring(0, 3)));
  }

  /** Levenshtein distance at most one (insert, delete or substitute one letter). */
  static boolean withinOneEdit(String x, String y) {
    if (Math.abs(x.length() - y.length()) > 1) {
      return false;
    }
    int i = 0;
    int j = 0;
    int edits = 0;
    while (i < x.length() && j < y.length()) {
      if (x.charAt(i) == y.charAt(j)) {
        i++;
        j++;
        continue;
      }
      if (++edits > 1) {
        return false;
      }
      if (x.length() > y.length()) {
        i++;
      } else if (y.length() > x.length()) {
        j++;
      } else {
        i++;
        j++;
      }
    }
    return edits + (x.length() - i) + (y.length() - j) <= 1;
  }

  // The class path's table of first-name pairs; a name listed twice fails with file:line.
  private static Map<String, String> sameFirstNames() {
    Map<String, String> pairs = new HashMap<>();
    for (DictionaryRow r : DictionaryTable.load("lexicon/first-names.tsv", null, List.of("name", "same_as")).rows()) {
      if (pairs.put(r.required(0, "name"), r.required(1, "same_as")) != null) {
        throw new DictionaryException(r.where(), "'" + r.text(0) + "' is listed twice");
      }
    }
    return Map.copyOf(pairs);
  }
}
