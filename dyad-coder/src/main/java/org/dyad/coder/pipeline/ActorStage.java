package org.dyad.coder.pipeline;

import java.util.Set;
import org.dyad.coder.actor.ActorResolver;

/** Adds {@code actors}, needs {@code parsed}: see {@link ActorResolver}. */
public final class ActorStage implements Stage {
  private final ActorResolver resolver;

  public ActorStage(ActorResolver resolver) {
    this.resolver = resolver;
  }

  @Override
  public Set<StatePart> needs() {
    return Set.of(StatePart.PARSED);
  }

  @Override
  public StatePart adds() {
    return StatePart.ACTORS;
  }

  @Override
  public AnalysisState apply(AnalysisState state) {
    return state.withActors(resolver.resolve(state.parsed()));
  }
}
