package org.dyad.app.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.model.analysis.Span;

/**
 * Rebuilds running text from the tokens of a tokenised sentence, so the parser sees ordinary
 * prose, and gives each token's place in it.
 *
 * <p>Tokens are joined by one space, except: no space before closing punctuation ({@code , . ; : ! ?
 * % ) ] }}, closing quotes, {@code 's}, {@code n't}); none after opening brackets, opening quotes and
 * currency signs; {@code ’ s} and {@code ' s} become {@code ’s}; other lone {@code '} and {@code "} tokens alternate
 * between opening and closing a quotation; a lone {@code -} joins its neighbours
 * when the next token starts with a lower-case letter or a digit ({@code rebel - held} →
 * {@code rebel-held}) and stays a spaced dash before a capital ({@code KABUL - The}). Invisible format
 * characters (U+202A and the like) are dropped as tokens; they become empty spans.
 *
 * @param text    the rebuilt sentence
 * @param tokens  each token's span in {@code text}, in token order
 */
public record TokenText(String text, List<Span> tokens) {
  private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", ";", ":", "!", "?", "%", ")", "]", "}",
      "”", "'s", "’s", "'S", "n't", "'re", "'ve", "'ll", "'d", "'m", "...");
  private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "{", "“", "‘", "$", "€", "£", "#");
  private static final Set<String> APOSTROPHES = Set.of("’", "'", "´");

  public TokenText {
    tokens = List.copyOf(tokens);
  }

  /** Joins {@code words} by the rules above. */
  public static TokenText join(List<String> words) {
    StringBuilder b = new StringBuilder();
    List<Span> spans = new ArrayList<>();
    boolean glueNext = true; // nothing before the first token
    boolean singleOpen = false; // a lone ' opened a quotation not yet closed
    boolean doubleOpen = false; // the same for a straight "
    for (int i = 0; i < words.size(); i++) {
      String w = visible(words.get(i));
      if (w.isEmpty()) {
        spans.add(new Span(b.length(), b.length()));
        continue;
      }
      String next = i + 1 < words.size() ? words.get(i + 1) : "";
      boolean glue = glueNext || NO_SPACE_BEFORE.contains(w) || w.equals("-") && hyphen(next);
      boolean glueAfter = NO_SPACE_AFTER.contains(w) || w.equals("-") && hyphen(next);
      if (APOSTROPHES.contains(w) && next.equals("s")) {
        glue = true; // Russia ’ s → Russia’s
        glueAfter = true;
      } else if (APOSTROPHES.contains(w) || w.equals("\"")) {
        boolean open = w.equals("\"") ? doubleOpen : singleOpen;
        glue |= open; // a closing quote hugs the word before, an opening one the word after
        glueAfter = !open;
        if (w.equals("\"")) {
          doubleOpen = !open;
        } else {
          singleOpen = !open;
        }
      }
      if (!glue) {
        b.append(' ');
      }
      spans.add(new Span(b.length(), b.length() + w.length()));
      b.append(w);
      glueNext = glueAfter;
    }
    return new TokenText(b.toString(), spans);
  }

  /** A lone dash joins words when the next one continues a compound (lower case or a number). */
  private static boolean hyphen(String next) {
    return !next.isEmpty() && (Character.isLowerCase(next.codePointAt(0)) || Character.isDigit(next.codePointAt(0)));
  }

  private static String visible(String w) {
    StringBuilder b = new StringBuilder();
    w.codePoints().filter(c -> Character.getType(c) != Character.FORMAT).forEach(b::appendCodePoint);
    return b.toString();
  }
}
