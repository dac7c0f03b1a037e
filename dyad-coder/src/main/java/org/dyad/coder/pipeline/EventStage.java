package org.dyad.coder.pipeline;

import java.util.Set;
import java.util.function.Consumer;
import org.dyad.coder.event.EventCoder;

/**
 * Adds {@code events}, needs {@code parsed}, {@code actors} and {@code quotes}: see {@link EventCoder}.
 * Takes the coder and, for {@code dyad explain}, where to tell why each candidate trigger did or did
 * not fire (by default nowhere).
 */
public final class EventStage implements Stage {
  private final EventCoder coder;
  private final Consumer<String> trace;

  /** Codes with no trace. */
  public EventStage(EventCoder coder) {
    this(coder, line -> { });
  }

  /** Codes telling {@code trace} why each candidate trigger did or did not fire. */
  public EventStage(EventCoder coder, Consumer<String> trace) {
    this.coder = coder;
    this.trace = trace;
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
    return state.withEvents(coder.code(state.parsed(), state.actors(), state.quotes(), trace));
  }
}
