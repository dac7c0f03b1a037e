package org.dyad.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * Renders evaluation results: a report for people ({@code text}) and a summary for programs
 * ({@code json}), for event scoring and for the five-class sentence scoring.
 *
 * @param gold      the gold file as given
 * @param format    the format it was read as
 * @param notes     how the gold set was read (mappings applied), for the header
 * @param problems  bad gold records skipped (each already reported on standard error)
 * @param skipped   documents Dyad skipped or failed on
 */
public record EvalReport(String gold, GoldFormat format, List<String> notes, int problems, int skipped) {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public EvalReport {
    notes = List.copyOf(notes);
  }

  /** The event report for a person: counts, P/R/F1 per level, type confusion, worst misses. */
  public String text(EventScorer s, int worst) {
    StringBuilder b = header();
    b.append(String.format(Locale.ROOT,
        "documents %d (Dyad skipped %d), gold events %d, Dyad events %d of which %d counted "
            + "(%d negated or hypothetical not counted)%n",
        s.documents(), skipped, s.goldEvents(), s.predictedEvents(), s.countedEvents(),
        s.predictedEvents() - s.countedEvents()));
    b.append('\n').append(String.format(Locale.ROOT, "%-6s %6s %6s %6s %9s %7s %7s%n",
        "level", "TP", "FP", "FN", "precision", "recall", "F1"));
    for (EventScorer.Level l : EventScorer.Level.values()) {
      Counts c = s.total(l);
      b.append(String.format(Locale.ROOT, "%-6s %6d %6d %6d %9.3f %7.3f %7.3f%n",
          l.label(), c.tp(), c.fp(), c.fn(), c.precision(), c.recall(), c.f1()));
    }
    b.append("(type: CAMEO root where the gold event has one, else PLOVER type; dyad: source and "
        + "target country, whole code for IGOs)\n");
    appendConfusion(b, s.confusion());
    List<Miss> misses = s.worstMisses(worst);
    b.append('\n').append(String.format("worst misses (%d of %d; first those where nothing Dyad coded "
        + "had the type or the dyad)%n", misses.size(), s.missCount()));
    appendMisses(b, misses);
    return b.toString();
  }

  /** The event summary for a program. */
  public String json(EventScorer s, int worst) {
    ObjectNode root = headerJson();
    root.put("documents", s.documents());
    root.put("documents_skipped_by_dyad", skipped);
    root.put("gold_events", s.goldEvents());
    root.put("predicted_events", s.predictedEvents());
    root.put("counted_events", s.countedEvents());
    ObjectNode levels = root.putObject("levels");
    for (EventScorer.Level l : EventScorer.Level.values()) {
      Counts c = s.total(l);
      ObjectNode n = levels.putObject(l.label());
      n.put("tp", c.tp()).put("fp", c.fp()).put("fn", c.fn());
      n.put("precision", round(c.precision())).put("recall", round(c.recall())).put("f1", round(c.f1()));
    }
    ConfusionTable t = s.confusion();
    ObjectNode confusion = root.putObject("confusion");
    for (String g : t.rows()) {
      ObjectNode row = confusion.putObject(g);
      for (String p : t.columns()) {
        if (t.count(g, p) > 0) {
          row.put(p, t.count(g, p));
        }
      }
    }
    putMisses(root, s.missCount(), s.worstMisses(worst), "gold_dyad");
    return write(root);
  }

  /** The worst misses for a person: the sentence, the gold event and what Dyad coded. */
  static void appendMisses(StringBuilder b, List<Miss> misses) {
    int i = 1;
    for (Miss m : misses) {
      b.append(String.format("%3d. %s  \"%s\"%n", i++, m.documentId(), m.excerpt()));
      b.append("     gold: ").append(m.goldType()).append("  ").append(m.goldDyad()).append('\n');
      if (m.predicted().isEmpty()) {
        b.append("     Dyad: nothing\n");
      }
      m.predicted().forEach(p -> b.append("     Dyad: ").append(p).append('\n'));
    }
  }

  /** The miss count and the worst misses, with the gold actors under {@code goldKey}. */
  static void putMisses(ObjectNode root, int count, List<Miss> worst, String goldKey) {
    root.put("misses", count);
    ArrayNode misses = root.putArray("worst_misses");
    for (Miss m : worst) {
      ObjectNode n = misses.addObject();
      n.put("id", m.documentId()).put("text", m.excerpt()).put("gold_type", m.goldType())
          .put(goldKey, m.goldDyad()).put("partial", m.partial());
      ArrayNode p = n.putArray("predicted");
      m.predicted().forEach(p::add);
    }
  }

  /** The five-class report for a person: shares overall and per label, and the 5×5 matrix. */
  public String text(PentaclassScorer s) {
    StringBuilder b = header();
    b.append(String.format(Locale.ROOT, "sentences %d (Dyad skipped %d)%n", s.total(), skipped));
    b.append("Dyad's class: the five-class group of its strongest counted event (largest |Goldstein|) by "
        + "CAMEO root, as Phoenix data groups them (01-02 neutral, 03-05 verbal cooperation, 06-08 material "
        + "cooperation, 09-13 and 16 verbal conflict, 14-15 and 17-20 material conflict); 0 when it coded none\n\n");
    b.append(String.format(Locale.ROOT, "same class as the label: %d of %d = %.3f%n%n",
        s.correct(), s.total(), s.share()));
    b.append(String.format("%-24s %6s %7s %6s%n", "label", "n", "correct", "share"));
    for (int l = 0; l < 5; l++) {
      b.append(String.format(Locale.ROOT, "%-24s %6d %7d %6.3f%n", l + " " + PentaclassSentence.LABELS.get(l),
          s.total(l), s.correct(l), s.share(l)));
    }
    b.append("\nconfusion (rows: label, columns: Dyad's class)\n");
    b.append(String.format("%-6s", "")).append(String.format("%6s%6s%6s%6s%6s%n", 0, 1, 2, 3, 4));
    for (int l = 0; l < 5; l++) {
      b.append(String.format("%-6d", l));
      for (int c = 0; c < 5; c++) {
        b.append(String.format("%6d", s.count(l, c)));
      }
      b.append('\n');
    }
    return b.toString();
  }

  /** The five-class summary for a program. */
  public String json(PentaclassScorer s) {
    ObjectNode root = headerJson();
    root.put("sentences", s.total());
    root.put("documents_skipped_by_dyad", skipped);
    root.put("correct", s.correct());
    root.put("share", round(s.share()));
    ObjectNode labels = root.putObject("labels");
    for (int l = 0; l < 5; l++) {
      ObjectNode n = labels.putObject(String.valueOf(l));
      n.put("name", PentaclassSentence.LABELS.get(l)).put("n", s.total(l)).put("correct", s.correct(l))
          .put("share", round(s.share(l)));
    }
    ArrayNode matrix = root.putArray("confusion");
    for (int l = 0; l < 5; l++) {
      ArrayNode row = matrix.addArray();
      for (int c = 0; c < 5; c++) {
        row.add(s.count(l, c));
      }
    }
    return write(root);
  }

  StringBuilder header() {
    StringBuilder b = new StringBuilder();
    b.append("dyad eval: ").append(gold).append(" (format ").append(format.option()).append(")\n");
    for (String n : notes) {
      b.append("note: ").append(n).append('\n');
    }
    if (problems > 0) {
      b.append("bad gold records skipped: ").append(problems).append(" (listed on standard error)\n");
    }
    return b;
  }

  ObjectNode headerJson() {
    ObjectNode root = JSON.createObjectNode();
    root.put("gold", gold).put("format", format.option());
    ArrayNode n = root.putArray("notes");
    notes.forEach(n::add);
    root.put("bad_gold_records", problems);
    return root;
  }

  private static void appendConfusion(StringBuilder b, ConfusionTable t) {
    List<String> rows = t.rows();
    List<String> cols = t.columns();
    b.append("\ntype confusion (rows: gold, columns: Dyad; none: missed or spurious)\n");
    int w = 5;
    for (String c : cols) {
      w = Math.max(w, c.length() + 1);
    }
    int first = 10;
    for (String r : rows) {
      first = Math.max(first, r.length() + 1);
    }
    b.append(String.format("%-" + first + "s", "gold\\dyad"));
    for (String c : cols) {
      b.append(String.format("%" + w + "s", c));
    }
    b.append('\n');
    for (String r : rows) {
      b.append(String.format("%-" + first + "s", r));
      for (String c : cols) {
        int n = t.count(r, c);
        b.append(String.format("%" + w + "s", n == 0 ? "." : String.valueOf(n)));
      }
      b.append('\n');
    }
  }

  static double round(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }

  static String write(ObjectNode n) {
    try {
      return JSON.writeValueAsString(n);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
