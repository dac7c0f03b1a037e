package org.dyad.coder.pipeline;

import java.util.Set;
import org.dyad.coder.event.EventCoder;

/** Adds {@code events}, needs {@code parsed}, {@code actors} and {@code quotes}: see {@link EventCoder}. */
public final class EventStage implements Stage {
  private final EventCoder coder;

  public EventStage(EventCoder coder) {
    this.coder = coder;
  }

  @Override
  public Set<StatePart> needs() {
    return Set.of(StatePart.PARSED, StatePart.ACTORS, StatePart.QUOTES);
  }

  @Override
  public StatePart adds() {
    return StatePart.EVENTS;
  }

  @Override
  public AnalysisState apply(AnalysisState state) {
    return state.withEvents(coder.code(state.parsed(), state.actors(), state.quotes()));
  }
}
