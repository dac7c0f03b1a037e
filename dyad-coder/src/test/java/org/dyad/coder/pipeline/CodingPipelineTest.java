package org.dyad.coder.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The stage contract is checked when the pipeline is built, not when an article first needs it. */
class CodingPipelineTest {
  /** A stage that only declares its contract; the checks never run it. */
  private static Stage stage(Set<StatePart> needs, StatePart adds) {
    return new Stage() {
      @Override
      public Set<StatePart> needs() {
        return needs;
      }

      @Override
      public StatePart adds() {
        return adds;
      }

      @Override
      public AnalysisState apply(AnalysisState state) {
        return state;
      }
    };
  }

  @Test
  void aStageNeedingWhatNoEarlierStageAddsIsRefusedByName() {
    Stage events = stage(Set.of(StatePart.PARSED, StatePart.ACTORS), StatePart.EVENTS);
    Stage actors = stage(Set.of(StatePart.PARSED), StatePart.ACTORS);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new CodingPipeline(List.of(events, actors)));
    assertEquals(true, e.getMessage().contains("needs ACTORS, which no earlier stage adds"), e.getMessage());
    new CodingPipeline(List.of(actors, events)); // the right order builds
  }

  @Test
  void theParseIsThereFromTheStart() {
    new CodingPipeline(List.of(stage(Set.of(StatePart.PARSED), StatePart.DATES)));
  }
}
