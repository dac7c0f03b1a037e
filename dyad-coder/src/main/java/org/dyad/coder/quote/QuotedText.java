package org.dyad.coder.quote;

import java.util.List;
import org.dyad.model.analysis.Span;

/**
 * One quotation found in raw text by {@link QuoteFinder}, before any speaker is known.
 *
 * @param text   the quoted words; the parts of a quotation that runs over several paragraphs
 *               are joined with one space, and a trailing comma before the closing mark
 *               ({@code "...," he said}) is left out
 * @param span   from the first quoted character to the last (inside the marks)
 * @param marks  from the opening mark to after the closing mark
 * @param parts  the quoted words of each paragraph, in order (one part for most quotations)
 * @param single true for a ‘single-quoted’ quotation
 */
public record QuotedText(String text, Span span, Span marks, List<Span> parts, boolean single) {
  public QuotedText {
    parts = List.copyOf(parts);
  }

  /** True when the character offset lies between the marks, the marks included. */
  public boolean covers(int offset) {
    return offset >= marks.begin() && offset < marks.end();
  }
}
