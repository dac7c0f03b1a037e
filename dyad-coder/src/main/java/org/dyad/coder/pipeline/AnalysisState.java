package org.dyad.coder.pipeline;

import java.util.List;
import org.dyad.model.analysis.Actor;
import org.dyad.model.analysis.DateMention;
import org.dyad.model.analysis.Event;
import org.dyad.model.analysis.Quote;
import org.dyad.model.text.ParsedDocument;

/**
 * What the coding stages know about one article so far; each stage gives a new state.
 *
 * @param parsed the NLP stage's output
 * @param actors resolved actors (empty before the actor stage)
 * @param dates  calendar dates (empty before the date stage)
 * @param quotes quotations (empty before the quote stage)
 * @param events coded events (empty before the event stage)
 */
public record AnalysisState(ParsedDocument parsed, List<Actor> actors, List<DateMention> dates,
                            List<Quote> quotes, List<Event> events) {
  public AnalysisState {
    actors = List.copyOf(actors);
    dates = List.copyOf(dates);
    quotes = List.copyOf(quotes);
    events = List.copyOf(events);
  }

  /** The state before any coding stage ran. */
  public static AnalysisState of(ParsedDocument parsed) {
    return new AnalysisState(parsed, List.of(), List.of(), List.of(), List.of());
  }

  public AnalysisState withActors(List<Actor> a) {
    return new AnalysisState(parsed, a, dates, quotes, events);
  }

  public AnalysisState withDates(List<DateMention> d) {
    return new AnalysisState(parsed, actors, d, quotes, events);
  }

  public AnalysisState withQuotes(List<Quote> q) {
    return new AnalysisState(parsed, actors, dates, q, events);
  }

  public AnalysisState withEvents(List<Event> e) {
    return new AnalysisState(parsed, actors, dates, quotes, e);
  }
}
