package org.dyad.coder.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.coder.dict.DictionaryException;

/**
 * Finds the rows of a pattern file that can never fire. The coder tries a trigger's rows top to
 * bottom and takes the first whose part of speech, particle and object constraint hold
 * ({@code EventCoder}), so a row is dead when an earlier row of the same trigger holds wherever it
 * does: same part of speech, no particle or the same one, and an object constraint that is none,
 * the same, a class holding the later row's {@code =lemma}, or a class holding all of the later
 * row's class.
 *
 * <p>Checked file by file: a hand row in {@code event-patterns.tsv} that hides a generated row of
 * {@code verb-patterns.tsv} is how a hand row wins, by design.
 */
final class ShadowedRows {
  private ShadowedRows() {}

  /**
   * Checks the rows of one file, in file order.
   *
   * @throws DictionaryException at the first dead row, naming the row that hides it
   */
  static void check(List<EventPattern> rows, WordClasses classes) {
    Map<String, List<EventPattern>> earlier = new HashMap<>();
    for (EventPattern later : rows) {
      List<EventPattern> before = earlier.computeIfAbsent(later.lemma(), k -> new ArrayList<>());
      for (EventPattern first : before) {
        if (hides(first, later, classes)) {
          throw new DictionaryException(later.where(), "'" + later.trigger() + "' (" + pos(later) + ", object "
              + orNone(later.object()) + ") can never fire: " + first.where() + " '" + first.trigger() + "' ("
              + pos(first) + ", object " + orNone(first.object()) + ") comes first and holds wherever it does;"
              + " move this row above it or remove it");
        }
      }
      before.add(later);
    }
  }

  /** True when {@code first} holds wherever {@code later} does. */
  static boolean hides(EventPattern first, EventPattern later, WordClasses classes) {
    if (first.noun() != later.noun()) {
      return false;
    }
    if (first.particle() != null && !first.particle().equals(later.particle())) {
      return false;
    }
    String a = first.object();
    String b = later.object();
    if (a == null || a.equals(b)) {
      return true;
    }
    if (b == null || !a.startsWith("@")) {
      return false;
    }
    // ObjectMatcher reads "=x" as the lemma x and "@C" as a lemma, compound or modifier in C: a
    // class holding x, or all of C, holds wherever the later row does.
    return b.startsWith("=") ? classes.contains(a.substring(1), b.substring(1))
        : classes.covers(a.substring(1), b.substring(1));
  }

  private static String pos(EventPattern p) {
    return p.noun() ? "N" : "V";
  }

  private static String orNone(String object) {
    return object == null ? "-" : object;
  }
}
