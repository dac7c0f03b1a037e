package org.dyad.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts of (gold type, predicted type) pairs; {@link #NONE} stands for a gold event nothing was
 * paired with (a miss) or a prediction no gold event was paired with (spurious).
 *
 * <p>Labels are CAMEO roots ({@code 11}) or PLOVER types ({@code ACCUSE}); {@link #labels()} orders
 * roots numerically, then PLOVER types in PLOVER's order, then anything else, then {@code none}.
 * Mutable, not thread-safe.
 */
public final class ConfusionTable {
  /** The label for "no event". */
  public static final String NONE = "none";
  private final Map<String, Map<String, Integer>> counts = new HashMap<>();

  /** Counts one pair. */
  public void add(String gold, String predicted) {
    counts.computeIfAbsent(gold, k -> new HashMap<>()).merge(predicted, 1, Integer::sum);
  }

  /** How often {@code gold} was paired with {@code predicted}. */
  public int count(String gold, String predicted) {
    return counts.getOrDefault(gold, Map.of()).getOrDefault(predicted, 0);
  }

  /** Gold labels (rows) that occur, in table order. */
  public List<String> rows() {
    return order(counts.keySet());
  }

  /** Predicted labels (columns) that occur, in table order. */
  public List<String> columns() {
    Set<String> cols = new LinkedHashSet<>();
    counts.values().forEach(m -> cols.addAll(m.keySet()));
    return order(cols);
  }

  /** All labels that occur as row or column, in table order. */
  public List<String> labels() {
    Set<String> all = new LinkedHashSet<>(counts.keySet());
    counts.values().forEach(m -> all.addAll(m.keySet()));
    return order(all);
  }

  private static List<String> order(Set<String> labels) {
    List<String> out = new ArrayList<>(labels);
    out.sort(Comparator.comparingInt(ConfusionTable::rank).thenComparing(Comparator.naturalOrder()));
    return out;
  }

  private static int rank(String label) {
    if (label.equals(NONE)) {
      return 10_000;
    }
    if (label.matches("\\d{2}")) {
      return Integer.parseInt(label);
    }
    int p = PloverTypes.TYPES.indexOf(label);
    return p >= 0 ? 100 + p : 1_000;
  }
}
