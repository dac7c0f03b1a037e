package org.dyad.eval;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.dyad.model.analysis.Span;

/**
 * A sentence with {@code <s>…</s>} (source) and {@code <t>…</t>} (target) marks, read into the
 * plain text and the marked spans in it.
 *
 * <p>Marks may nest ({@code <s><t>Iraqi</t> fighters</s>}) and repeat (the same target named twice).
 * Spaces just inside a mark ({@code <s>The LNA </s>}) are left out of its span. A mark left open,
 * closed without opening, or closed across another kind is a {@link BadRecord}.
 *
 * @param text     the sentence without marks
 * @param sources  source spans in {@code text}, in order
 * @param targets  target spans in {@code text}, in order
 */
public record MarkedText(String text, List<Span> sources, List<Span> targets) {
  public MarkedText {
    sources = List.copyOf(sources);
    targets = List.copyOf(targets);
  }

  /** Reads a marked sentence. */
  static MarkedText parse(String marked) throws BadRecord {
    StringBuilder text = new StringBuilder();
    List<Span> sources = new ArrayList<>();
    List<Span> targets = new ArrayList<>();
    Deque<Character> open = new ArrayDeque<>(); // kinds of the open marks, innermost first
    Deque<Integer> starts = new ArrayDeque<>();
    int i = 0;
    while (i < marked.length()) {
      char c = marked.charAt(i);
      if (c == '<' && i + 2 < marked.length() && isKind(marked.charAt(i + 1)) && marked.charAt(i + 2) == '>') {
        open.push(marked.charAt(i + 1));
        starts.push(text.length());
        i += 3;
        continue;
      }
      if (c == '<' && i + 3 < marked.length() && marked.charAt(i + 1) == '/' && isKind(marked.charAt(i + 2))
          && marked.charAt(i + 3) == '>') {
        char kind = marked.charAt(i + 2);
        if (open.isEmpty()) {
          throw new BadRecord("</" + kind + "> at character " + (i + 1) + " closes no mark");
        }
        if (open.peek() != kind) {
          throw new BadRecord("</" + kind + "> at character " + (i + 1) + " closes <" + open.peek() + ">");
        }
        open.pop();
        Span s = trimmed(text, starts.pop(), text.length());
        if (s != null) {
          (kind == 's' ? sources : targets).add(s);
        }
        i += 4;
        continue;
      }
      text.append(c);
      i++;
    }
    if (!open.isEmpty()) {
      throw new BadRecord("<" + open.peek() + "> is never closed");
    }
    return new MarkedText(text.toString(), sources, targets);
  }

  private static boolean isKind(char c) {
    return c == 's' || c == 't';
  }

  /** The span without the blanks at its ends, or {@code null} when nothing is left. */
  private static Span trimmed(CharSequence text, int begin, int end) {
    while (begin < end && Character.isWhitespace(text.charAt(begin))) {
      begin++;
    }
    while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return begin < end ? new Span(begin, end) : null;
  }
}
