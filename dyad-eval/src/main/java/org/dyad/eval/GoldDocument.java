package org.dyad.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One document of a gold set: a text and the events a human coded in it.
 *
 * <p>An empty event list is a real statement ("nothing to code here"): every event Dyad reports for
 * it is a false positive.
 *
 * @param id     the document's identifier in the gold set
 * @param date   publication date, or {@code null} (the {@code --date} option or today is used)
 * @param text   the text Dyad analyses
 * @param events the gold events
 */
public record GoldDocument(String id, LocalDate date, String text, List<GoldEvent> events) {
  public GoldDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    events = List.copyOf(events);
  }
}
