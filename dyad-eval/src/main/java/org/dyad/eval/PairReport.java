package org.dyad.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a {@link PairScorer}'s results ({@code plv}, {@code conflibert-ner} gold sets) as a report
 * for people and a JSON summary for programs, under the same header as {@link EvalReport}.
 */
public final class PairReport {
  /** The definitions, printed under the header so the figures can be read alone. */
  static final List<String> DEFINITIONS = List.of(
      "type recall: share of gold sentences where Dyad gives at least one event (any modality) of the gold PLOVER type",
      "pair recall: share of gold source-target pairs for which one Dyad event's source mention matches the "
          + "gold source span and its target mention the gold target span (and its type the gold type, where given)",
      "mentions match by text: lower case, no leading the/a/an, no 's or punctuation, one word sequence inside the "
          + "other; a one-letter or stopword-only side matches nothing",
      "source only / target only: one side of the pair matched, any type; type+source: gold type and source",
      "events with a target: among Dyad's events whose CAMEO code is not a 01 statement, those with a target: an "
          + "actor, or a phrase the text names as the one acted on that is no known actor (\"arrested a California "
          + "man\"); of them with a coded target: those whose target has an actor code");

  private final EvalReport header;

  /** Uses {@code header} for the gold file, format, notes and problem counts. */
  public PairReport(EvalReport header) {
    this.header = header;
  }

  /** The report for a person. */
  public String text(PairScorer s, int worst) {
    StringBuilder b = header.header();
    DEFINITIONS.forEach(d -> b.append("def: ").append(d).append('\n'));
    b.append(String.format(Locale.ROOT, "%nsentences %d (Dyad skipped %d), gold pairs %d, Dyad events %d%n%n",
        s.sentences(), header.skipped(), s.pairs(), s.events()));
    if (s.typed() > 0) {
      line(b, "type recall", s.typeHits(), s.typed());
    }
    line(b, "pair recall", s.pairHits(), s.pairs());
    line(b, "  source only", s.sourceHits(), s.pairs());
    line(b, "  target only", s.targetHits(), s.pairs());
    if (s.typed() > 0) {
      line(b, "  type+source", s.typeSourceHits(), s.typedPairs());
    }
    line(b, "events with a target", s.withTarget(), s.nonStatements());
    line(b, "  with a coded target", s.withCodedTarget(), s.nonStatements());
    b.append(String.format(Locale.ROOT, "  (%d of Dyad's %d events are 01 statements, left out)%n",
        s.events() - s.nonStatements(), s.events()));
    Map<String, PairScorer.TypeRow> types = s.byType();
    if (!types.isEmpty()) {
      b.append(String.format(Locale.ROOT, "%n%-10s %5s %11s %6s %11s%n", "gold type", "n", "type recall",
          "pairs", "pair recall"));
      types.forEach((t, r) -> b.append(String.format(Locale.ROOT, "%-10s %5d %11.3f %6d %11.3f%n", t,
          r.sentences(), PairScorer.share(r.typeHits(), r.sentences()), r.pairs(),
          PairScorer.share(r.pairHits(), r.pairs()))));
    }
    List<Miss> misses = s.worstMisses(worst);
    b.append(String.format("%nworst misses (%d of %d sentences; first those where nothing Dyad coded had the "
        + "type or either actor)%n", misses.size(), s.missCount()));
    EvalReport.appendMisses(b, misses);
    return b.toString();
  }

  private static void line(StringBuilder b, String label, int n, int of) {
    b.append(String.format(Locale.ROOT, "%-22s %5d of %5d = %.3f%n", label, n, of, PairScorer.share(n, of)));
  }

  /** The summary for a program. */
  public String json(PairScorer s, int worst) {
    ObjectNode root = header.headerJson();
    ArrayNode defs = root.putArray("definitions");
    DEFINITIONS.forEach(defs::add);
    root.put("sentences", s.sentences());
    root.put("documents_skipped_by_dyad", header.skipped());
    root.put("gold_pairs", s.pairs());
    root.put("predicted_events", s.events());
    if (s.typed() > 0) {
      figure(root, "type_recall", s.typeHits(), s.typed());
    }
    figure(root, "pair_recall", s.pairHits(), s.pairs());
    figure(root, "source_recall", s.sourceHits(), s.pairs());
    figure(root, "target_recall", s.targetHits(), s.pairs());
    if (s.typed() > 0) {
      figure(root, "type_source_recall", s.typeSourceHits(), s.typedPairs());
    }
    figure(root, "events_with_target", s.withTarget(), s.nonStatements());
    figure(root, "events_with_coded_target", s.withCodedTarget(), s.nonStatements());
    ObjectNode types = root.putObject("types");
    s.byType().forEach((t, r) -> types.putObject(t).put("n", r.sentences())
        .put("type_recall", EvalReport.round(PairScorer.share(r.typeHits(), r.sentences())))
        .put("pairs", r.pairs()).put("pair_recall", EvalReport.round(PairScorer.share(r.pairHits(), r.pairs()))));
    EvalReport.putMisses(root, s.missCount(), s.worstMisses(worst), "gold_pairs");
    return EvalReport.write(root);
  }

  private static void figure(ObjectNode root, String name, int n, int of) {
    root.putObject(name).put("n", n).put("of", of).put("share", EvalReport.round(PairScorer.share(n, of)));
  }
}
