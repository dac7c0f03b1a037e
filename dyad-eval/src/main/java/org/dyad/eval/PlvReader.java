package org.dyad.eval;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads the {@code plv} gold set (PLOVER relation classification, e.g. {@code plv-train.tsv}):
 * tab-separated lines under a header row naming the columns, of which it uses
 * {@code marked_sentence} (the sentence with {@code <s>source</s>} and {@code <t>target</t>}
 * marks), {@code gold_root} (a PLOVER type) and, when present, {@code sentence_id}; the rest
 * (the unnamed index, silver labels, prompts) is ignored.
 *
 * <p>The text Dyad is given is the marked sentence without its marks, so the spans are offsets
 * in it. A field wholly in double quotes with inner quotes doubled (CSV quoting) is unquoted; other
 * quotes are text. A row whose source or target is not marked (the set then writes a placeholder
 * such as "a recipient" in the source/target column) has no gold pair but still has a type.
 * Sentences are called {@code file:line/sentence_id}. A bad line (wrong number of fields, unknown
 * type, broken marks) is reported as {@code file:line: reason} and skipped.
 */
public final class PlvReader implements GoldReader<PairSentence> {
  static final String MARKED = "marked_sentence";
  static final String ROOT = "gold_root";
  static final String ID = "sentence_id";

  private int oneSided;
  private boolean split;

  @Override
  public Stream<PairSentence> read(String name, Reader in, Consumer<String> problems) {
    Map<String, Integer> columns = new HashMap<>();
    int[] width = {0};
    boolean[] badHeader = {false};
    return GoldReader.perLine(name, in, problems, (line, number, id) -> {
      String[] f = line.split("\t", -1);
      if (badHeader[0]) {
        return null; // already reported once, at the header
      }
      if (columns.isEmpty()) {
        for (int i = 0; i < f.length; i++) {
          columns.putIfAbsent(f[i].strip().toLowerCase(Locale.ROOT), i);
        }
        width[0] = f.length;
        if (!columns.containsKey(MARKED) || !columns.containsKey(ROOT)) {
          badHeader[0] = true;
          throw new BadRecord("the header names no " + (columns.containsKey(MARKED) ? ROOT : MARKED)
              + " column; every later line is skipped");
        }
        return null;
      }
      if (f.length != width[0]) {
        throw new BadRecord("expected " + width[0] + " tab-separated fields as in the header, found " + f.length);
      }
      String root = unquote(f[columns.get(ROOT)]).strip();
      List<String> accepted = PloverTypes.accepted(root);
      if (accepted.isEmpty()) {
        throw new BadRecord(ROOT + " '" + root + "' is not a PLOVER type");
      }
      if (PloverTypes.SPLIT.containsKey(root.toUpperCase(Locale.ROOT))) {
        split = true;
      }
      String markedText = unquote(f[columns.get(MARKED)]);
      if (markedText.isBlank()) {
        throw new BadRecord(MARKED + " is empty");
      }
      MarkedText marked = MarkedText.parse(markedText.strip());
      Integer idColumn = columns.get(ID);
      String sentenceId = idColumn == null ? "" : unquote(f[idColumn]).strip();
      if (marked.sources().isEmpty() || marked.targets().isEmpty()) {
        oneSided++;
      }
      return new PairSentence(sentenceId.isEmpty() ? id : id + "/" + sentenceId, marked.text(),
          root.toUpperCase(Locale.ROOT), marked.sources(), marked.targets(), List.of());
    });
  }

  /** A CSV-quoted field ({@code "say ""no"""}) without its quotes; any other field as it is. */
  static String unquote(String field) {
    String s = field.strip();
    if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
      String inner = s.substring(1, s.length() - 1);
      if (!inner.replace("\"\"", "").contains("\"")) {
        return inner.replace("\"\"", "\"");
      }
    }
    return field;
  }

  @Override
  public List<String> notes() {
    List<String> notes = new ArrayList<>();
    if (split) {
      notes.add("gold YIELD (CAMEO root 08) is matched by Dyad's CONCEDE or RETREAT");
    }
    if (oneSided > 0) {
      notes.add(oneSided + " sentences mark only a source or only a target: they count for type recall, "
          + "not for the pair figures");
    }
    return notes;
  }
}
