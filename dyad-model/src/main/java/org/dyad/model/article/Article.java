package org.dyad.model.article;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article ready for analysis: its cleaned body text and what is known about it.
 *
 * <p>Takes the text exactly as Dyad analyses it; every character offset Dyad reports points into
 * {@link #text()}. {@code title}, {@code url} and {@code published} may be {@code null} when the
 * source does not carry them; {@code source} names where it came from (file, URL, {@code file:line})
 * for messages.
 *
 * @param id        stable identifier (from the input, else derived from the source)
 * @param title     headline, or {@code null}
 * @param url       canonical URL, or {@code null}
 * @param published publication date, or {@code null} when unknown
 * @param language  ISO 639-1 code of the detected language, or {@code null} when not detected
 * @param text      body text, never {@code null}
 * @param source    where the article was read from, for messages
 */
public record Article(String id, String title, String url, LocalDate published, String language,
                      String text, String source) implements IngestItem {
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
  }
}
