package org.dyad.coder.quote;

import org.dyad.model.analysis.Span;

/** Character-level helpers of {@link QuoteFinder}: words, trimming, lines and sentences. */
final class TextScan {
  private TextScan() {}

  /** Words are whitespace-separated runs holding a letter or digit. */
  static int words(String text, Span s) {
    int count = 0;
    boolean counted = false;
    for (int i = s.begin(); i < s.end(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        counted = false;
      } else if (!counted && Character.isLetterOrDigit(c)) {
        count++;
        counted = true;
      }
    }
    return count;
  }

  /** The quoted words between two offsets: outer spaces and a final comma left out. */
  static Span trim(String text, int begin, int end) {
    int b = begin;
    int e = end;
    while (b < e && Character.isWhitespace(text.charAt(b))) {
      b++;
    }
    while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e > b && text.charAt(e - 1) == ',') {
      e--;
      while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
    }
    return new Span(b, e);
  }

  /** True when the newline at {@code i} is followed by a blank line (a paragraph break). */
  static boolean blankLineAt(String text, int i) {
    for (int k = i + 1; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == '\n') {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  static int skipSpace(String text, int i) {
    int k = i;
    while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
      k++;
    }
    return k;
  }

  /** Offset of the newline before {@code i} when only spaces separate them, else -1. */
  static int lineStartBefore(String text, int i) {
    for (int k = i - 1; k >= 0; k--) {
      char c = text.charAt(k);
      if (c == '\n') {
        return k;
      }
      if (!Character.isWhitespace(c)) {
        return -1;
      }
    }
    return -1;
  }

  static int sentenceStart(String text, int i) {
    for (int k = i - 1; k > 0; k--) {
      char c = text.charAt(k);
      if (c == '\n' || (Character.isWhitespace(c) && ".!?".indexOf(text.charAt(k - 1)) >= 0)) {
        return k + 1;
      }
    }
    return 0;
  }

  static int sentenceEnd(String text, int i) {
    for (int k = i; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == '\n' || ".!?".indexOf(c) >= 0) {
        return k;
      }
    }
    return text.length();
  }
}
