package org.dyad.coder.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.coder.dict.DictionaryException;
import org.dyad.coder.dict.DictionaryRow;
import org.dyad.coder.dict.DictionaryTable;

/**
 * The word classes the event patterns' object constraints name ({@code dyad/cameo/word-classes.tsv}:
 * a class and its words, lower-case lemmas separated by {@code |}; a class may take several rows).
 *
 * <p>An entry {@code @CLASS} includes every word of another class, so a list such as WEAPONS is
 * written once and named where it belongs inside a wider class. A class included but never
 * defined, or a class that includes itself (directly or through others), fails with the
 * {@code file:line} of the row that names it. Immutable.
 */
final class WordClasses {
  private final Map<String, Set<String>> words;

  private WordClasses(Map<String, Set<String>> words) {
    this.words = words;
  }

  /** Reads the table, resolving the includes. */
  static WordClasses of(DictionaryTable table) {
    Map<String, Set<String>> own = new LinkedHashMap<>();
    Map<String, List<Include>> includes = new HashMap<>();
    for (DictionaryRow r : table.rows()) {
      String name = r.required(0, "class");
      Set<String> set = own.computeIfAbsent(name, k -> new HashSet<>());
      for (String w : r.list(1)) {
        if (w.startsWith("@")) {
          includes.computeIfAbsent(name, k -> new ArrayList<>()).add(new Include(w.substring(1), r.where()));
        } else {
          set.add(w.toLowerCase());
        }
      }
    }
    Map<String, Set<String>> resolved = new HashMap<>();
    for (String name : own.keySet()) {
      resolve(name, own, includes, resolved, new LinkedHashSet<>());
    }
    return new WordClasses(resolved);
  }

  /** One {@code @CLASS} entry and the row it is on. */
  private record Include(String name, String where) {}

  private static Set<String> resolve(String name, Map<String, Set<String>> own,
                                     Map<String, List<Include>> includes,
                                     Map<String, Set<String>> resolved, LinkedHashSet<String> path) {
    Set<String> done = resolved.get(name);
    if (done != null) {
      return done;
    }
    path.add(name);
    Set<String> all = new HashSet<>(own.get(name));
    for (Include in : includes.getOrDefault(name, List.of())) {
      if (!own.containsKey(in.name())) {
        throw new DictionaryException(in.where(), "word class @" + in.name() + " is not in word-classes.tsv");
      }
      if (path.contains(in.name())) {
        throw new DictionaryException(in.where(), "word class " + name + " includes itself: "
            + String.join(" > @", path) + " > @" + in.name());
      }
      all.addAll(resolve(in.name(), own, includes, resolved, path));
    }
    path.remove(name);
    Set<String> frozen = Set.copyOf(all);
    resolved.put(name, frozen);
    return frozen;
  }

  /** True for a class of the table. */
  boolean has(String name) {
    return words.containsKey(name);
  }

  /** True when the word (lemma, or "compound lemma" for two words) is in the class. */
  boolean contains(String name, String word) {
    Set<String> c = words.get(name);
    return c != null && c.contains(word);
  }

  /** True when every word of class {@code inner} is in class {@code outer}. */
  boolean covers(String outer, String inner) {
    Set<String> o = words.get(outer);
    Set<String> i = words.get(inner);
    return o != null && i != null && o.containsAll(i);
  }
}
