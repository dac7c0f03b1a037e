package org.dyad.ingest;

/**
 * Conventions for plain-text articles.
 *
 * <p>A plain-text article's title is its first line when that line is short (under 200 characters),
 * does not end with a period (so it is not a sentence of the body) and is followed by a blank line.
 * The title stays part of the text: character offsets must point into what is analysed, which is the
 * whole text. Stateless and thread-safe.
 */
public final class PlainText {
  static final int MAX_TITLE_CHARS = 200;

  private PlainText() {
  }

  /**
   * Gives the title of a plain text.
   *
   * @param text text with {@code \n} line endings, leading blank lines allowed
   * @return the first line, stripped, when it is a title by the rule above; else {@code null}
   */
  public static String titleOf(String text) {
    String s = text.stripLeading();
    int end = s.indexOf('\n');
    if (end < 0) {
      return null;
    }
    String first = s.substring(0, end).strip();
    int next = s.indexOf('\n', end + 1);
    String second = s.substring(end + 1, next < 0 ? s.length() : next);
    if (first.isEmpty() || first.length() >= MAX_TITLE_CHARS || first.endsWith(".")
        || !second.isBlank() || next < 0) {
      return null;
    }
    return first;
  }
}
