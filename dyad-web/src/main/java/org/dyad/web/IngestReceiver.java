package org.dyad.web;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.article.IngestItem;

/**
 * What a server that holds its store for writing does with the articles a {@code dyad ingest} of
 * another process hands it ({@link IngestRoute}): analyses and stores them, one hand-over after the
 * other, and answers when they are stored.
 */
@FunctionalInterface
public interface IngestReceiver {
  /**
   * Stores documents read by another process.
   *
   * @param items articles and skipped documents, in input order
   * @param date  the sender's {@code --date} (the date of articles that carry none), or {@code null}
   * @return what was done, as a record that serialises to JSON (the counts of the ingest)
   * @throws InterruptedException when the server stops meanwhile
   */
  Object ingest(List<IngestItem> items, LocalDate date) throws InterruptedException;
}
