package org.dyad.model.analysis;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything Dyad says about one input document: the output contract of {@code dyad analyze}.
 *
 * <p>A skipped document has {@code status = "skipped"}, a {@code reason} and empty lists.
 *
 * @param id             the document's identifier
 * @param title          headline or {@code null}
 * @param url            URL or {@code null}
 * @param published      publication date or {@code null}
 * @param language       detected language or {@code null}
 * @param status         {@code ok} or {@code skipped}
 * @param reason         why it was skipped, else {@code null}
 * @param reference      the date relative expressions were resolved against
 * @param referenceBasis {@code published}, {@code option} (the {@code --date} option) or
 *                       {@code today} (nothing else was known)
 * @param actors         actors in order of first mention
 * @param dates          dates in text order
 * @param quotes         quotations in text order
 * @param events         coded events
 * @param text           the analysed text, or {@code null} when not requested
 */
public record DocumentAnalysis(String id, String title, String url, LocalDate published, String language,
                               String status, String reason, LocalDate reference, String referenceBasis,
                               List<Actor> actors, List<DateMention> dates, List<Quote> quotes,
                               List<Event> events, String text) {
  public static final String OK = "ok";
  public static final String SKIPPED = "skipped";

  public DocumentAnalysis {
    actors = List.copyOf(actors);
    dates = List.copyOf(dates);
    quotes = List.copyOf(quotes);
    events = List.copyOf(events);
  }


  /** Looks up an actor by id, or {@code null}. */
  public Actor actor(String actorId) {
    for (Actor a : actors) {
      if (a.id().equals(actorId)) {
        return a;
      }
    }
    return null;
  }
}
