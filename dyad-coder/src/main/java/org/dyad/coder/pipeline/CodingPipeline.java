package org.dyad.coder.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Runs coding stages in order, checked once at construction: each stage's needs must be added by
 * an earlier stage (the parse is there from the start). Thread-safe when its stages are.
 */
public final class CodingPipeline {
  private final List<Stage> stages;

  /** Builds a pipeline; fails when a stage needs something no earlier stage adds. */
  public CodingPipeline(List<Stage> stages) {
    Set<StatePart> have = EnumSet.of(StatePart.PARSED);
    for (Stage s : stages) {
      for (StatePart need : s.needs()) {
        if (!have.contains(need)) {
          throw new IllegalArgumentException(s.getClass().getSimpleName() + " needs " + need
              + ", which no earlier stage adds");
        }
      }
      have.add(s.adds());
    }
    this.stages = List.copyOf(new ArrayList<>(stages));
  }

  /** Runs every stage on one article. */
  public AnalysisState apply(AnalysisState state) {
    AnalysisState s = state;
    for (Stage stage : stages) {
      s = stage.apply(s);
    }
    return s;
  }
}
