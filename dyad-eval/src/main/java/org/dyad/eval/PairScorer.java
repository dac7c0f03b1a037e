package org.dyad.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dyad.coder.event.CameoOntology;
import org.dyad.model.analysis.Event;
import org.dyad.model.analysis.Modality;

/**
 * Scores Dyad's events against sentences with marked source and target spans ({@code plv},
 * {@code conflibert-ner}). Every event counts, whatever its modality; all of a sentence's events are
 * "in" it even when the parser splits it.
 *
 * <ul>
 *   <li><b>type recall</b> (sentences with a gold type): share of sentences where some event's PLOVER
 *       type is the gold type ({@link PloverTypes#accepted}: YIELD is CONCEDE or RETREAT);</li>
 *   <li><b>pair recall</b>: share of gold pairs ({@link PairSentence#pairs}) for which one event's
 *       source mention matches the gold source and its target mention the gold target
 *       ({@link MentionMatch}), and whose type is the gold type where there is one; a reciprocal
 *       pair matches either way round;</li>
 *   <li>diagnostics over the same pairs: <b>source only</b> and <b>target only</b> (one side, any
 *       type), <b>type+source</b> (gold type and source, any target; sentences with a type);</li>
 *   <li><b>events with a target</b>: among events whose CAMEO code is not a 01 statement, the share
 *       with a target actor (id or code).</li>
 * </ul>
 * Keeps a per-type table and one miss per sentence whose type or some pair was missed. Mutable, not
 * thread-safe.
 */
public final class PairScorer {
  /** Counts for one gold type: sentences, type hits, pairs, pair hits. */
  public record TypeRow(int sentences, int typeHits, int pairs, int pairHits) {}

  private final CameoOntology cameo;
  private final Map<String, int[]> byType = new TreeMap<>(Comparator.comparingInt(PairScorer::typeOrder)
      .thenComparing(Comparator.naturalOrder()));
  private final List<Miss> misses = new ArrayList<>();
  private int sentences;
  private int typed;
  private int typeHits;
  private int pairs;
  private int pairHits;
  private int sourceHits;
  private int targetHits;
  private int typedPairs;
  private int typeSourceHits;
  private int events;
  private int nonStatements;
  private int withTarget;
  private int withCodedTarget;

  /** Uses {@code cameo} for events that carry a CAMEO code but no PLOVER type. */
  public PairScorer(CameoOntology cameo) {
    this.cameo = cameo;
  }

  /** Scores one sentence against all events Dyad coded in it. */
  public void score(PairSentence s, List<Event> predicted) {
    sentences++;
    events += predicted.size();
    for (Event e : predicted) {
      if (e.cameo() == null || !e.cameo().startsWith("01")) {
        nonStatements++;
        if (e.target() != null || e.targetCode() != null || e.targetText() != null) {
          withTarget++;
        }
        if (e.targetCode() != null) {
          withCodedTarget++;
        }
      }
    }
    List<String> accepted = PloverTypes.accepted(s.type());
    boolean typeHit = false;
    if (s.type() != null) {
      typed++;
      typeHit = predicted.stream().anyMatch(e -> hasType(accepted, e));
      typeHits += typeHit ? 1 : 0;
    }
    boolean anyHit = typeHit;
    boolean allPairs = true;
    int sentencePairHits = 0;
    List<PairSentence.GoldPair> gold = s.pairs();
    for (PairSentence.GoldPair p : gold) {
      pairs++;
      boolean pair = false;
      boolean source = false;
      boolean target = false;
      boolean typeSource = false;
      for (Event e : predicted) {
        boolean type = s.type() == null || hasType(accepted, e);
        boolean straight = MentionMatch.matches(p.source(), e.sourceText());
        boolean turned = p.reciprocal() && MentionMatch.matches(p.target(), e.sourceText());
        boolean straightTarget = MentionMatch.matches(p.target(), e.targetText());
        boolean turnedTarget = p.reciprocal() && MentionMatch.matches(p.source(), e.targetText());
        source |= straight || turned;
        target |= straightTarget || turnedTarget;
        typeSource |= type && (straight || turned);
        pair |= type && (straight && straightTarget || turned && turnedTarget);
      }
      pairHits += pair ? 1 : 0;
      sentencePairHits += pair ? 1 : 0;
      sourceHits += source ? 1 : 0;
      targetHits += target ? 1 : 0;
      if (s.type() != null) {
        typedPairs++;
        typeSourceHits += typeSource ? 1 : 0;
      }
      anyHit |= source || target;
      allPairs &= pair;
    }
    if (s.type() != null) {
      int[] row = byType.computeIfAbsent(s.type(), k -> new int[4]);
      row[0]++;
      row[1] += typeHit ? 1 : 0;
      row[2] += gold.size();
      row[3] += sentencePairHits;
    }
    if (s.type() != null && !typeHit || !allPairs) {
      List<String> pairText = gold.stream()
          .map(p -> "\"" + p.source() + "\" " + (p.reciprocal() ? "↔" : "→") + " \"" + p.target() + "\"").toList();
      misses.add(new Miss(s.id(), EventScorer.excerpt(s.text()), s.type() == null ? "-" : s.type(),
          pairText.isEmpty() ? "(no pair)" : String.join("; ", pairText), anyHit,
          predicted.stream().map(this::describe).toList(), sentences));
    }
  }

  private boolean hasType(List<String> accepted, Event e) {
    String t = typeOf(e);
    return t != null && accepted.contains(t); // List.of(...).contains(null) throws
  }

  /** An event's PLOVER type: its own, else its CAMEO code's; {@code null} when neither has one. */
  public String typeOf(Event e) {
    String p = PloverTypes.normalize(e.plover());
    return p != null ? p : e.cameo() == null ? null : PloverTypes.of(cameo, e.cameo());
  }

  private String describe(Event e) {
    String t = typeOf(e);
    return "\"" + (e.sourceText() == null ? "?" : e.sourceText()) + "\" → \""
        + (e.targetText() == null ? "?" : e.targetText()) + "\" " + (e.cameo() == null ? "?" : e.cameo())
        + (t == null ? "" : " " + t) + (e.trigger() == null ? "" : " \"" + e.trigger().strip() + "\"")
        + (e.modality() == null || e.modality() == Modality.ASSERTED ? "" : " [" + e.modality().label() + "]");
  }

  private static int typeOrder(String type) {
    int i = PloverTypes.TYPES.indexOf(type);
    return i >= 0 ? i : PloverTypes.TYPES.size();
  }

  /** The worst misses, at most {@code limit}: sentences where nothing matched first, each in file order. */
  public List<Miss> worstMisses(int limit) {
    return misses.stream().sorted(Comparator.comparing(Miss::partial).thenComparingInt(Miss::order))
        .limit(limit).toList();
  }

  /** The per-type table, by gold type in PLOVER order (split names such as YIELD last). */
  public Map<String, TypeRow> byType() {
    Map<String, TypeRow> out = new java.util.LinkedHashMap<>();
    byType.forEach((k, v) -> out.put(k, new TypeRow(v[0], v[1], v[2], v[3])));
    return out;
  }

  static double share(int n, int of) {
    return of == 0 ? 0 : (double) n / of;
  }

  public int sentences() { return sentences; }
  /** Sentences with a gold type. */
  public int typed() { return typed; }
  public int typeHits() { return typeHits; }
  public double typeRecall() { return share(typeHits, typed); }
  public int pairs() { return pairs; }
  public int pairHits() { return pairHits; }
  public double pairRecall() { return share(pairHits, pairs); }
  public int sourceHits() { return sourceHits; }
  public double sourceRecall() { return share(sourceHits, pairs); }
  public int targetHits() { return targetHits; }
  public double targetRecall() { return share(targetHits, pairs); }
  /** Gold pairs in sentences with a gold type (the type+source denominator). */
  public int typedPairs() { return typedPairs; }
  public int typeSourceHits() { return typeSourceHits; }
  public double typeSourceRecall() { return share(typeSourceHits, typedPairs); }
  /** Events Dyad coded in the sentences, any modality. */
  public int events() { return events; }
  /** Of them, those whose CAMEO code is not a 01 statement. */
  public int nonStatements() { return nonStatements; }
  /** Of the non-statements, those with a target actor or target phrase. */
  public int withTarget() { return withTarget; }
  /** Of the non-statements, those whose target has an actor code. */
  public int withCodedTarget() { return withCodedTarget; }
  public double targetShare() { return share(withTarget, nonStatements); }
  /** Sentences with a miss. */
  public int missCount() { return misses.size(); }
}
