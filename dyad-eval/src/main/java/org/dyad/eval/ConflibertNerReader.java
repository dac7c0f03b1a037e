package org.dyad.eval;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dyad.model.analysis.Span;

/**
 * Reads the {@code conflibert-ner} gold set (ConfliBERT's CAMEO actor tagging, e.g.
 * {@code conflibert-cameo-ner-train.txt}): one {@code token tag} per line, a blank line between
 * sentences. Tags are BIO: {@code B-S}/{@code I-S} an event source, {@code B-T}/{@code I-T} a target,
 * {@code B-R}/{@code I-R} an actor in a reciprocal event ("A met B": each R is source and target
 * of the other), {@code O} anything else. There is no event type.
 *
 * <p>The sentence text is rebuilt from the tokens by {@link TokenText}; spans are character spans
 * of it. An {@code I-} tag that does not continue a span of its kind starts one (the conlleval
 * reading) and is listed in the notes. A line that is not {@code token tag} with a known tag is
 * reported as {@code file:line: reason} and its sentence skipped. Sentences are called
 * {@code file:line} after their first line.
 */
public final class ConflibertNerReader implements GoldReader<PairSentence> {
  private static final Pattern LINE = Pattern.compile("(\\S+)\\s+(O|[BI]-[STR])");

  private final List<String> strayInside = new ArrayList<>();

  @Override
  public Stream<PairSentence> read(String name, Reader in, Consumer<String> problems) {
    NumberedLines lines = new NumberedLines(name, in, problems);
    String shortName = DyadGoldReader.shortName(name);
    return GoldReader.stream(lines.reader(), () -> {
      while (true) {
        List<String> words = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        int first = 0;
        String bad = null;
        for (String line = lines.next(); line != null; line = lines.next()) {
          if (line.isBlank()) {
            if (first == 0) {
              continue; // blank lines between sentences
            }
            break;
          }
          if (first == 0) {
            first = lines.number();
          }
          Matcher m = LINE.matcher(line.strip());
          if (!m.matches()) {
            if (bad == null) {
              bad = name + ":" + lines.number() + ": expected 'token tag' with tag O, B-S, I-S, B-T, I-T, B-R or I-R, "
                  + "found '" + shorten(line.strip()) + "'; sentence skipped";
            }
            continue;
          }
          words.add(m.group(1));
          tags.add(m.group(2));
        }
        if (first == 0) {
          return null; // end of input
        }
        if (bad != null) {
          problems.accept(bad);
          continue; // at the end of input, the next round finds no sentence and ends
        }
        return sentence(shortName + ":" + first, words, tags, name, first);
      }
    });
  }

  private PairSentence sentence(String id, List<String> words, List<String> tags, String name, int firstLine) {
    TokenText t = TokenText.join(words);
    List<Span> sources = new ArrayList<>();
    List<Span> targets = new ArrayList<>();
    List<Span> reciprocal = new ArrayList<>();
    char kind = 'O';
    int begin = 0;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      boolean continues = tag.startsWith("I-") && tag.charAt(2) == kind;
      if (continues) {
        continue;
      }
      if (kind != 'O') {
        Span s = new Span(t.tokens().get(begin).begin(), t.tokens().get(i - 1).end());
        (kind == 'S' ? sources : kind == 'T' ? targets : reciprocal).add(s);
      }
      if (tag.startsWith("I-")) {
        strayInside.add(DyadGoldReader.shortName(name) + ":" + (firstLine + i));
      }
      kind = tag.equals("O") ? 'O' : tag.charAt(2);
      begin = i;
    }
    return new PairSentence(id, t.text(), null, sources, targets, reciprocal);
  }

  private static String shorten(String s) {
    return s.length() <= 40 ? s : s.substring(0, 37) + "...";
  }

  @Override
  public List<String> notes() {
    List<String> notes = new ArrayList<>();
    notes.add("gold pairs: each source span with each target span of a sentence, and each two R "
        + "(reciprocal) spans either way round; sentence text rebuilt from the tokens");
    if (!strayInside.isEmpty()) {
      notes.add(strayInside.size() + " I- tags do not continue a span of their kind and start one ("
          + String.join(", ", strayInside.subList(0, Math.min(5, strayInside.size())))
          + (strayInside.size() > 5 ? ", ..." : "") + ")");
    }
    return notes;
  }
}
