package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dyad.model.article.Article;
import org.dyad.model.article.IngestItem;
import org.dyad.model.article.Skipped;

/**
 * The contract every reader owes its sink, checked item by item in the fuzz targets: an
 * {@link Article} with an id, a text and a source naming the input, or a {@link Skipped} with an id,
 * a source naming the input and a reason that is not blank and is not, in the reader's own words
 * after the place, a catch-all for an exception it did not expect. (The reason need not repeat the
 * source: {@link Skipped} keeps the two apart, and pages read through {@code Documents} give
 * reasons such as "binary content (NUL bytes)" alone.)
 */
final class FuzzItems {
  private FuzzItems() {
  }

  /**
   * Checks one item.
   *
   * @param item      what the reader gave
   * @param source    the source name the reader was given
   * @param catchAlls reason fragments that mean an unexpected exception was caught (a finding)
   */
  static void check(IngestItem item, String source, String... catchAlls) {
    assertNotNull(item);
    if (item instanceof Article a) {
      assertNotNull(a.id());
      assertNotNull(a.text());
      assertTrue(a.source().startsWith(source), a.source());
    } else {
      Skipped s = (Skipped) item;
      assertNotNull(s.id());
      assertTrue(s.source().startsWith(source), s.source());
      assertFalse(s.reason().isBlank());
      String own = ownWords(s);
      for (String catchAll : catchAlls) {
        assertFalse(own.startsWith(catchAll), s.reason());
      }
    }
  }

  /**
   * The reason without the place it may start with ({@code source}, then {@code " (url)"}, then
   * {@code ": "}): where a reader's own words begin. A catch-all is recognised there only, since
   * the rest of a reason may quote the input, which can hold any words.
   */
  private static String ownWords(Skipped s) {
    String rest = s.reason();
    if (rest.startsWith(s.source())) {
      rest = rest.substring(s.source().length());
    }
    if (s.url() != null && rest.startsWith(" (" + s.url() + ")")) {
      rest = rest.substring(s.url().length() + 3);
    }
    return rest.startsWith(": ") ? rest.substring(2) : rest;
  }
}
