package org.dyad.store.write;

/**
 * Where an article's lead paragraph ends, for GDELT's IsRootEvent ("found in the lead paragraph").
 * The lead is the first paragraph after the headline (a first line equal to the title is skipped);
 * paragraphs end at a blank line. Text with no paragraph breaks has its first {@value #MAX} characters
 * as lead, about two news sentences.
 */
final class LeadParagraph {
  static final int MAX = 600;

  private LeadParagraph() {}

  /** The character offset where the lead ends (exclusive). */
  static int end(String text, String title) {
    int start = 0;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    int firstLine = text.indexOf('\n', start);
    if (title != null && firstLine > 0 && text.substring(start, firstLine).strip().equals(title.strip())) {
      start = firstLine;
      while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
    }
    int blank = text.indexOf("\n\n", start);
    int end = blank < 0 ? text.length() : blank;
    return Math.min(end, start + MAX);
  }
}
