package org.dyad.coder.lexicon;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.coder.dict.DictionaryException;
import org.dyad.coder.dict.DictionaryTable;

/**
 * The coder's English word lists (prepositions, auxiliaries, modal and request verbs, place nouns,
 * titles...), kept in resource files under {@code dyad/lexicon/} so that a linguist can extend them
 * without touching Java. Each file has the usual dictionary header and rows {@code list<TAB>word};
 * a list may span only one file.
 *
 * <p>Takes the file names; gives each list by name as an immutable set ({@link #set}) or, where the
 * file's order matters, an immutable list in file order ({@link #list}). Words are kept as written
 * (case included: {@code organisation-heads} is matched case-sensitively). A bad row, a word listed
 * twice in one list, or a list in two files fails with {@code file:line}; asking for a list no file
 * holds fails naming it, so a class that asks in a static initialiser fails at start-up.
 * {@link #DEFAULT} is the class path's lexicon, read once. Immutable and thread-safe.
 */
public final class Lexicon {
  /** The word-list files on the class path, under {@code dyad/}. */
  public static final List<String> FILES = List.of("lexicon/function-words.tsv",
      "lexicon/modality-words.tsv", "lexicon/time-words.tsv", "lexicon/event-words.tsv",
      "lexicon/actor-words.tsv", "lexicon/place-words.tsv");
  // Before DEFAULT: static fields are set in order, and load() reads this one.
  private static final List<String> COLUMNS = List.of("list", "word");
  /** The lexicon of Dyad's class path. */
  public static final Lexicon DEFAULT = load(FILES);

  private final List<String> files;
  private final Map<String, List<String>> lists;
  private final Map<String, Set<String>> sets;
  private final Map<String, String> homes;

  private Lexicon(List<String> files, Map<String, List<String>> lists, Map<String, String> homes) {
    this.files = List.copyOf(files);
    this.lists = Map.copyOf(lists);
    Map<String, Set<String>> s = new HashMap<>();
    lists.forEach((name, words) -> s.put(name, Set.copyOf(words)));
    this.sets = Map.copyOf(s);
    this.homes = Map.copyOf(homes);
  }

  /**
   * Reads word-list files from the class path.
   *
   * @param files paths under {@code dyad/}, e.g. {@code lexicon/function-words.tsv}
   * @throws DictionaryException naming {@code file:line} on a bad or repeated row
   */
  public static Lexicon load(List<String> files) {
    Map<String, LinkedHashSet<String>> words = new LinkedHashMap<>();
    Map<String, String> homes = new HashMap<>();
    for (String file : files) {
      DictionaryTable.scan(file, null, COLUMNS, (line, fields) -> {
        String where = file + ":" + line;
        String list = fields[0].strip();
        String word = fields[1].strip();
        if (!list.matches("[a-z][a-z0-9-]*")) {
          throw new DictionaryException(where, "list name '" + list + "' must be lower-case words joined by '-'");
        }
        if (word.isEmpty()) {
          throw new DictionaryException(where, "the word of list '" + list + "' is empty");
        }
        String home = homes.putIfAbsent(list, file);
        if (home != null && !home.equals(file)) {
          throw new DictionaryException(where, "list '" + list + "' is already in " + home + "; keep a list in one file");
        }
        if (!words.computeIfAbsent(list, k -> new LinkedHashSet<>()).add(word)) {
          throw new DictionaryException(where, "'" + word + "' is listed twice in '" + list + "'");
        }
      });
    }
    Map<String, List<String>> lists = new LinkedHashMap<>();
    words.forEach((name, w) -> lists.put(name, List.copyOf(w)));
    return new Lexicon(files, lists, homes);
  }

  /** The words of a list as a set; throws {@link IllegalArgumentException} naming a list no file holds. */
  public Set<String> set(String name) {
    Set<String> s = sets.get(name);
    if (s == null) {
      throw missing(name);
    }
    return s;
  }

  /** The words of a list in file order, for callers that try them in turn. */
  public List<String> list(String name) {
    List<String> l = lists.get(name);
    if (l == null) {
      throw missing(name);
    }
    return l;
  }

  /** The names of all lists, sorted. */
  public List<String> names() {
    return lists.keySet().stream().sorted().toList();
  }

  /** The file a list is read from, e.g. {@code lexicon/function-words.tsv}. */
  public String fileOf(String name) {
    String home = homes.get(name);
    if (home == null) {
      throw missing(name);
    }
    return home;
  }

  private IllegalArgumentException missing(String name) {
    return new IllegalArgumentException("no word list '" + name + "' in " + files + " (lists: " + names() + ")");
  }
}
