package org.dyad.coder.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.coder.lexicon.Lexicon;
import org.dyad.model.analysis.Span;

/**
 * Finds quotations in raw article text, without any parse.
 *
 * <p>Takes the text; gives one {@link QuotedText} per quotation, in text order, with the span of
 * the words inside the marks. It recognises:
 * <ul>
 *   <li>straight {@code "..."} and curly {@code “...”} double quotes; whether a mark opens or
 *       closes is read from its neighbours (space before and a letter after opens), the glyph
 *       deciding only where the neighbours do not;</li>
 *   <li>{@code «...»} guillemets (nested ones counted) and German {@code „...“};</li>
 *   <li>quotations over several sentences, and over several paragraphs in the English style: a
 *       paragraph left open continues when the next paragraph opens with a quote mark; an open
 *       quote at the end of a paragraph that the next one does not continue is a stray mark and
 *       gives nothing;</li>
 *   <li>{@code ‘single-quoted’} (or {@code '...'}) words only when the sentence around them holds
 *       a speech verb ("told", "said"...) outside them; otherwise single marks are scare quotes or
 *       apostrophes ({@code don't}, {@code Putin’s}, {@code the ministers' tone}, {@code '90s}).</li>
 * </ul>
 * Quotations of fewer than {@value #MIN_WORDS} words ({@code "terrorist"}, {@code "a fragile
 * truce"}) are scare quotes or embedded fragments, not quotations, and are left out. The class
 * has no state and is safe to share between threads.
 */
public final class QuoteFinder {
  /** Fewest words a quotation has; shorter quoted fragments are scare quotes. */
  public static final int MIN_WORDS = 4;
  /** An opening mark with no close within this many characters is a stray mark. */
  private static final int MAX_CHARS = 6000;
  private static final int MAX_SINGLE_CHARS = 400;
  private static final Set<String> ELISIONS = Lexicon.DEFAULT.set("elisions");

  private enum Role { OPEN, CLOSE, NONE }

  /** Creates a finder; there is nothing to configure. */
  public QuoteFinder() {}

  /** Gives the quotations of {@code text} in text order; never null. */
  public List<QuotedText> find(String text) {
    List<QuotedText> out = new ArrayList<>();
    List<Span> parts = new ArrayList<>();
    int n = text.length();
    int open = -1;
    int segStart = 0;
    int depth = 0;
    char family = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (open < 0) {
        if (role(text, i, false) == Role.OPEN) {
          open = i;
          family = c;
          segStart = i + 1;
          depth = 1;
          parts.clear();
        } else if (isSingleOpen(text, i)) {
          int end = single(text, i, out);
          i = end > i ? end - 1 : i;
        }
        continue;
      }
      if (i - open > MAX_CHARS) {
        i = open; // rescan after the stray mark
        open = -1;
        continue;
      }
      if (c == '\n' && TextScan.blankLineAt(text, i)) {
        int j = TextScan.skipSpace(text, i);
        if (j < n && continues(family, text, j)) {
          parts.add(TextScan.trim(text, segStart, i));
          segStart = j + 1;
          i = j;
        } else {
          open = -1;
          i = j - 1;
        }
        continue;
      }
      if (family == '«') {
        // Russian and French style nest «...„...“...»: only guillemets count inside.
        if (c == '«') {
          depth++;
        } else if (c == '»' && --depth == 0) {
          parts.add(TextScan.trim(text, segStart, i));
          emit(text, open, i + 1, parts, out);
          open = -1;
        }
        continue;
      }
      Role r = role(text, i, true);
      if (r == Role.CLOSE && c != '»') {
        parts.add(TextScan.trim(text, segStart, i));
        emit(text, open, i + 1, parts, out);
        open = -1;
      } else if (r == Role.OPEN && c != '«') {
        int lineStart = TextScan.lineStartBefore(text, i);
        if (lineStart > open) {
          // Single-newline paragraphs: the next paragraph reopens the same quotation.
          parts.add(TextScan.trim(text, segStart, lineStart));
        } else {
          // A second opener inside the paragraph: the first was a stray mark.
          open = i;
          family = c;
          parts.clear();
        }
        segStart = i + 1;
      }
    }
    return out;
  }

  /** Whether the double mark at {@code i} opens or closes a quotation. */
  private static Role role(String text, int i, boolean inQuote) {
    char c = text.charAt(i);
    if (c == '«' || c == '„') {
      return Role.OPEN;
    }
    if (c == '»') {
      return Role.CLOSE;
    }
    if (c != '"' && c != '“' && c != '”') {
      return Role.NONE;
    }
    boolean spaceBefore = i == 0 || opensContext(text.charAt(i - 1));
    boolean spaceAfter = i + 1 == text.length() || closesContext(text.charAt(i + 1));
    if (spaceBefore && !spaceAfter) {
      return Role.OPEN;
    }
    if (!spaceBefore && spaceAfter) {
      return Role.CLOSE;
    }
    if (c == '“') {
      return Role.OPEN;
    }
    if (c == '”') {
      return Role.CLOSE;
    }
    return inQuote ? Role.CLOSE : Role.OPEN;
  }

  private static boolean continues(char family, String text, int j) {
    char c = text.charAt(j);
    return family == '«' ? c == '«' : c != '«' && role(text, j, false) == Role.OPEN;
  }

  private static boolean opensContext(char prev) {
    return Character.isWhitespace(prev) || "([{<—–-:;/“«„‘\"'".indexOf(prev) >= 0;
  }

  private static boolean closesContext(char next) {
    return Character.isWhitespace(next) || ".,;:!?)]}>…—–-”»’\"'".indexOf(next) >= 0;
  }

  private static boolean isSingleOpen(String text, int i) {
    char c = text.charAt(i);
    // A digit after the mark is an elided year ('90s), not a quotation.
    if ((c != '‘' && c != '\'') || (i > 0 && !opensContext(text.charAt(i - 1)))
        || i + 1 >= text.length() || !Character.isLetter(text.charAt(i + 1))) {
      return false;
    }
    int k = i + 1;
    while (k < text.length() && Character.isLetter(text.charAt(k))) {
      k++;
    }
    // A detached apostrophe ("Integrity 's report", "'em", "'tis") opens nothing.
    return !ELISIONS.contains(text.substring(i + 1, k).toLowerCase(Locale.ROOT));
  }

  /**
   * Tries a single-quoted quotation opening at {@code i}; gives the offset after its closing
   * mark when accepted, else -1. A closing mark is the same style as the opening one (‘ with ’,
   * ' with '), has a non-space before it and no letter after, so "don’t" and "Putin’s" never
   * close one.
   */
  private static int single(String text, int i, List<QuotedText> out) {
    char close = text.charAt(i) == '‘' ? '’' : '\'';
    int limit = Math.min(text.length(), i + MAX_SINGLE_CHARS);
    for (int k = i + 1; k < limit; k++) {
      char c = text.charAt(k);
      if (c == '\n' && TextScan.blankLineAt(text, k)) {
        return -1;
      }
      boolean closing = c == close && !Character.isWhitespace(text.charAt(k - 1))
          && (k + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(k + 1)));
      if (!closing) {
        continue;
      }
      Span inner = TextScan.trim(text, i + 1, k);
      if (TextScan.words(text, inner) < MIN_WORDS) {
        return -1;
      }
      String around = text.substring(TextScan.sentenceStart(text, i), i) + " "
          + text.substring(k + 1, TextScan.sentenceEnd(text, k + 1));
      if (!SpeechVerbs.appearsIn(around)) {
        return -1;
      }
      out.add(new QuotedText(text.substring(inner.begin(), inner.end()), inner,
          new Span(i, k + 1), List.of(inner), true));
      return k + 1;
    }
    return -1;
  }

  private static void emit(String text, int open, int end, List<Span> parts,
                           List<QuotedText> out) {
    int words = 0;
    StringBuilder b = new StringBuilder();
    for (Span p : parts) {
      words += TextScan.words(text, p);
      if (p.end() > p.begin()) {
        b.append(b.length() == 0 ? "" : " ").append(text, p.begin(), p.end());
      }
    }
    if (words < MIN_WORDS) {
      return;
    }
    Span span = new Span(parts.get(0).begin(), parts.get(parts.size() - 1).end());
    out.add(new QuotedText(b.toString(), span, new Span(open, end), parts, false));
  }
}
