package org.dyad.coder.pipeline;

import java.util.Set;

/**
 * One coding step: what it needs from the state, what it adds, and the step itself.
 *
 * <p>Implementations are built once at start-up from their configuration and are thread-safe.
 */
public interface Stage {
  /** Parts of the state this stage reads. */
  Set<StatePart> needs();

  /** The part of the state this stage fills. */
  StatePart adds();

  /** Runs the stage on one article. */
  AnalysisState apply(AnalysisState state);
}
