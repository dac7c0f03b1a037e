package org.dyad.store.write;

import java.util.List;

/**
 * The longest an article's descriptive fields are stored, so that one hostile or broken input (a
 * nine-million-character title) cannot make every answer that shows it huge: the API repeats an
 * article's title beside each of its events and mentions, up to 500 rows a page.
 *
 * <p>The limits are generous for real articles: a title of {@value #TITLE} characters, a URL of
 * {@value #URL} (what browsers and crawlers reliably handle), an input id of {@value #DOC_ID} and a
 * source name of {@value #SOURCE}. A longer value is cut and ends in an ellipsis ({@code …}); the text
 * itself is bounded by the ingest size limit, not here.
 */
public final class ArticleFieldLimits {
  /** The longest stored title, in characters. */
  public static final int TITLE = 1_000;
  /** The longest stored URL. */
  public static final int URL = 2_048;
  /** The longest stored input id. */
  public static final int DOC_ID = 512;
  /** The longest stored source name (file, line, record or URL). */
  public static final int SOURCE = 1_024;

  private static final String ELLIPSIS = "…";

  private ArticleFieldLimits() {}

  /**
   * The value, or its first characters and an ellipsis, {@code max} characters in all; a note naming
   * the field goes to {@code notes} when it was cut. A surrogate pair is never split.
   */
  static String cut(String field, String value, int max, List<String> notes) {
    if (value == null || value.length() <= max) {
      return value;
    }
    int end = max - ELLIPSIS.length();
    if (Character.isHighSurrogate(value.charAt(end - 1))) {
      end--;
    }
    notes.add(field + " cut to " + max + " characters (it had " + value.length() + ")");
    return value.substring(0, end) + ELLIPSIS;
  }
}
