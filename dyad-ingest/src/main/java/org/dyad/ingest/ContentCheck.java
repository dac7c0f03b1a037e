package org.dyad.ingest;

/**
 * Recognises input that is not text at all, so it is skipped instead of analysed as gibberish.
 *
 * <p>Takes raw bytes or decoded text; gives {@code null} for text or a reason such as
 * {@code "binary content (NUL bytes)"}. Text is binary when it holds NUL characters or when more than
 * 10% of its characters are control characters (other than tab, line feed, carriage return, form feed)
 * or U+FFFD replacement characters left by a failed decoding. Stateless and thread-safe.
 */
public final class ContentCheck {
  private static final double MAX_BAD_SHARE = 0.10;

  private ContentCheck() {
  }

  /**
   * Checks raw bytes before decoding: NUL bytes never occur in 8-bit or UTF-8 text, but do in UTF-16
   * and UTF-32, so inputs starting with such a byte-order mark are left to the text check.
   *
   * @return {@code null} or a reason
   */
  public static String binaryReason(byte[] bytes) {
    if (TextDecoder.hasWideBom(bytes)) {
      return null;
    }
    for (byte b : bytes) {
      if (b == 0) {
        return "binary content (NUL bytes)";
      }
    }
    return null;
  }

  /**
   * Checks decoded text.
   *
   * @return {@code null} or a reason
   */
  public static String binaryReason(CharSequence text) {
    int bad = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return "binary content (NUL bytes)";
      }
      if (c == '\uFFFD' || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t'
          && c != '\f')) {
        bad++;
      }
    }
    if (n > 0 && bad > MAX_BAD_SHARE * n) {
      return "binary content (" + Math.round(100.0 * bad / n)
          + "% control or replacement characters)";
    }
    return null;
  }
}
