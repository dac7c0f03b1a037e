package org.dyad.eval;

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
 * currency signs; a lone apostrophe before a contraction joins both sides ({@code Russia ’ s} →
 * {@code Russia’s}, {@code they ' re} → {@code they're}), after a longer word ending in s it is a
 * plural possessive ({@code insurgents ' presence} → {@code insurgents' presence}), otherwise lone
 * {@code '} and {@code "} alternate between opening and closing a quotation; a lone {@code -} always
 * joins its neighbours ({@code rebel - held} → {@code rebel-held}: the ConfliBERT files split
 * hyphenated words and have almost no free-standing dashes); a comma between a number and three
 * digits joins them ({@code 88 , 550} → {@code 88,550}). Invisible format characters (U+202A and the
 * like) are dropped as tokens; they become empty spans.
 *
 * @param text    the rebuilt sentence
 * @param tokens  each token's span in {@code text}, in token order
 */
public record TokenText(String text, List<Span> tokens) {
  private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", ";", ":", "!", "?", "%", ")", "]", "}",
      "”", "'s", "’s", "'S", "n't", "'re", "'ve", "'ll", "'d", "'m", "...");
  private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "{", "“", "‘", "$", "€", "£", "#");
  private static final Set<String> APOSTROPHES = Set.of("’", "'", "´");
  private static final Set<String> CONTRACTIONS = Set.of("s", "re", "ve", "ll", "d", "m", "t");

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
      String prev = i > 0 ? words.get(i - 1) : "";
      boolean glue = glueNext || NO_SPACE_BEFORE.contains(w) || w.equals("-");
      boolean glueAfter = NO_SPACE_AFTER.contains(w) || w.equals("-")
          || w.equals(",") && endsWithDigit(prev) && next.matches("\\d{3}"); // 88 , 550 → 88,550
      if (APOSTROPHES.contains(w) && CONTRACTIONS.contains(next)) {
        glue = true; // Russia ’ s → Russia’s, they ' re → they're
        glueAfter = true;
      } else if (APOSTROPHES.contains(w) && !singleOpen && prev.length() > 3 && prev.endsWith("s")) {
        glue = true; // the insurgents ' presence → the insurgents' presence
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

  private static boolean endsWithDigit(String w) {
    return !w.isEmpty() && Character.isDigit(w.charAt(w.length() - 1));
  }

  private static String visible(String w) {
    StringBuilder b = new StringBuilder();
    w.codePoints().filter(c -> Character.getType(c) != Character.FORMAT).forEach(b::appendCodePoint);
    return b.toString();
  }
}
