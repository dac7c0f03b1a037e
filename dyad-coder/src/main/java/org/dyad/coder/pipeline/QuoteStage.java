package org.dyad.coder.pipeline;

import java.util.Set;
import org.dyad.coder.quote.QuoteAttributor;

/** Adds {@code quotes}, needs {@code parsed} and {@code actors}: see {@link QuoteAttributor}. */
public final class QuoteStage implements Stage {
  private final QuoteAttributor attributor;

  public QuoteStage(QuoteAttributor attributor) {
    this.attributor = attributor;
  }

  @Override
  public Set<StatePart> needs() {
    return Set.of(StatePart.PARSED, StatePart.ACTORS);
  }

  @Override
  public StatePart adds() {
    return StatePart.QUOTES;
  }

  @Override
  public AnalysisState apply(AnalysisState state) {
    return state.withQuotes(attributor.attribute(state.parsed(), state.actors()));
  }
}
