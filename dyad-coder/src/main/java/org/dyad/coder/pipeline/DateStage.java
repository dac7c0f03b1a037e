package org.dyad.coder.pipeline;

import java.util.Set;
import org.dyad.coder.date.DateExtractor;

/** Adds {@code dates}, needs {@code parsed}: see {@link DateExtractor}. */
public final class DateStage implements Stage {
  private final DateExtractor extractor = new DateExtractor();

  @Override
  public Set<StatePart> needs() {
    return Set.of(StatePart.PARSED);
  }

  @Override
  public StatePart adds() {
    return StatePart.DATES;
  }

  @Override
  public AnalysisState apply(AnalysisState state) {
    return state.withDates(extractor.extract(state.parsed()));
  }
}
