package org.dyad.coder.dict;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A user's dictionary directory ({@code --dictionaries DIR}), checked before any table loads: a
 * file whose path is not one Dyad reads would otherwise be ignored without a word, and the
 * built-in table it was meant to replace used instead. Such a file fails with its path, and the
 * known name it is closest to when one is near.
 *
 * <p>Hidden files and folders ({@code .git}, {@code .DS_Store}) and notes named {@code README*},
 * {@code LICENSE*} or {@code NOTICE*} are allowed beside the tables.
 */
public final class OverrideDirectory {
  /**
   * Every table a user may replace, by its path under the directory; {@code OverrideDirectoryTest}
   * checks the list against the files the coder ships.
   */
  public static final List<String> KNOWN = List.of(
      "actors/armed-groups.tsv", "actors/countries.tsv", "actors/international.tsv",
      "actors/office-holders-petrarch2.tsv", "actors/office-holders.tsv", "actors/organizations.tsv",
      "actors/parties.tsv", "actors/places-petrarch2.tsv", "actors/sector-terms-petrarch2.tsv",
      "actors/sector-terms.tsv",
      "cameo/act-projections.tsv", "cameo/cameo-codes.tsv", "cameo/event-patterns.tsv",
      "cameo/verb-patterns.tsv", "cameo/word-classes.tsv",
      "geo/alternate-names.tsv", "geo/countries.tsv", "geo/gazetteer.tsv.gz", "geo/places.tsv",
      "rank/target-ranker.tsv");

  private OverrideDirectory() {}

  /**
   * Checks the directory; {@code null} (no override directory) passes.
   *
   * @throws DictionaryException naming the directory when it is not one, or the first file in it
   *                             (in path order) that is not a table Dyad reads
   */
  public static void check(Path dir) {
    if (dir == null) {
      return;
    }
    if (!Files.isDirectory(dir)) {
      throw new DictionaryException(dir.toString(),
          Files.exists(dir) ? "not a directory of dictionaries" : "no such directory of dictionaries");
    }
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.filter(Files::isRegularFile).sorted().forEach(files::add);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the dictionary directory " + dir, e);
    }
    for (Path file : files) {
      Path relative = dir.relativize(file);
      String name = relative.toString().replace(file.getFileSystem().getSeparator(), "/");
      if (!KNOWN.contains(name) && !allowedBeside(relative)) {
        throw new DictionaryException(file.toString(), "not a dictionary Dyad reads, so it would be "
            + "ignored" + hint(name) + "; the files Dyad reads are " + String.join(", ", KNOWN));
      }
    }
  }

  private static boolean allowedBeside(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    String last = relative.getFileName().toString().toUpperCase(java.util.Locale.ROOT);
    return last.startsWith("README") || last.startsWith("LICENSE") || last.startsWith("NOTICE");
  }

  /** " (did you mean cameo/event-patterns.tsv?)" for a name a few letters off a known one. */
  private static String hint(String name) {
    String best = null;
    int bestDistance = 4; // more than three edits away is another name, not a typo
    for (String known : KNOWN) {
      int d = distance(name, known);
      if (d < bestDistance) {
        best = known;
        bestDistance = d;
      }
    }
    return best == null ? "" : " (did you mean " + best + "?)";
  }

  /** Levenshtein distance: insertions, deletions and substitutions. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
