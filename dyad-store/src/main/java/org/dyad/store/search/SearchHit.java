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
 * @param matchedIn   why it was found: the fields the query matched, of {@code title}, {@code text}
 *                    (the article's or the quote's words) and {@code speaker}
 * @param titleMarks  the title in pieces with the matches marked, or {@code null} when it did not match
 * @param speakerMarks the speaker's name in pieces with the matches marked, or {@code null} when it
 *                    did not match
 */
public record SearchHit(String type, long articleId, String title, String speakerName, String speakerCode,
                        float score, List<List<Piece>> fragments, List<String> matchedIn, List<Piece> titleMarks,
                        List<Piece> speakerMarks) {
  /** A run of text, matched or not. */
  public record Piece(String text, boolean match) {}
}
