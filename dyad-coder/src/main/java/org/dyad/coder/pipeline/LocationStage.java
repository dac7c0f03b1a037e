package org.dyad.coder.pipeline;

import java.util.Set;
import org.dyad.coder.geo.EventLocator;

/**
 * Adds {@code locations} (each event's place, on the events), needs {@code parsed}, {@code actors}
 * and {@code events}: see {@link EventLocator}.
 */
public final class LocationStage implements Stage {
  private final EventLocator locator;

  public LocationStage(EventLocator locator) {
    this.locator = locator;
  }

  @Override
  public Set<StatePart> needs() {
    return Set.of(StatePart.PARSED, StatePart.ACTORS, StatePart.EVENTS);
  }

  @Override
  public StatePart adds() {
    return StatePart.LOCATIONS;
  }

  @Override
  public AnalysisState apply(AnalysisState state) {
    return state.withEvents(locator.locate(state.parsed(), state.actors(), state.events()));
  }
}
