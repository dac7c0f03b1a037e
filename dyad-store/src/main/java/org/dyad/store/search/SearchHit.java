package org.dyad.store.search;

import java.util.List;

/**
 * One search result: an article or a quote in it, with fragments of its text.
 *
 * @param type        {@code article} or {@code quote}
 * @param articleId   the article's id
 * @param title       the article's title, or {@code null}
 * @param speakerName the quote's speaker as named, or {@code null}
 * @param speakerCode the quote's speaker's actor code, or {@code null}
 * @param score       Lucene's relevance score
 * @param fragments   short passages, each a list of pieces; a piece with {@code match} true is a hit
 */
public record SearchHit(String type, long articleId, String title, String speakerName, String speakerCode,
                        float score, List<List<Piece>> fragments) {
  /** A run of text, matched or not. */
  public record Piece(String text, boolean match) {}
}
