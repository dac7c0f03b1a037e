package org.dyad.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.dyad.coder.event.CameoOntology;
import org.dyad.model.analysis.Event;
import org.dyad.model.analysis.Modality;

/**
 * Scores Dyad's events against gold events, document by document, and keeps the totals.
 *
 * <p>Predictions whose modality is {@code negated} or {@code hypothetical} do not count: Dyad says
 * they did not happen. The others are matched to gold events at three levels, each one-to-one:
 * <ul>
 *   <li>{@link Level#TYPE}: the CAMEO root (two digits) when the gold event has a root or code,
 *       else the PLOVER type;</li>
 *   <li>{@link Level#DYAD}: source and target country, the first three letters of the code, or for
 *       IGO codes the whole code, where a gold {@code IGO} matches any {@code IGO...}; a gold side
 *       that is {@code null}/{@code ---} matches anything, a gold {@code A|B} either;</li>
 *   <li>{@link Level#BOTH}: both at once.</li>
 * </ul>
 * Matching is greedy, best pair first: pairs matching type and dyad, then type, then dyad, then
 * more gold actors matched, then more actor codes matched exactly, then higher confidence, then
 * text order. The type confusion table pairs gold and predicted events that share the type or the
 * dyad in the same way. Mutable, not thread-safe.
 */
public final class EventScorer {
  /** The three scoring levels. */
  public enum Level {
    TYPE, DYAD, BOTH;

    /** The name used in reports. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * The score of one document.
   *
   * @param counts  TP/FP/FN per level
   * @param misses  gold events not matched at {@link Level#BOTH}
   */
  public record DocumentScore(Map<Level, Counts> counts, List<Miss> misses) {
    public DocumentScore {
      counts = Map.copyOf(counts);
      misses = List.copyOf(misses);
    }

    /** The counts at one level. */
    public Counts at(Level level) {
      return counts.get(level);
    }
  }

  private record Candidate(int gold, int pred, boolean type, boolean dyad, int actors, int exact,
                           double confidence) {}

  private static final Comparator<Candidate> BEST_FIRST =
      Comparator.comparingInt((Candidate c) -> c.type && c.dyad ? 0 : 1)
          .thenComparingInt(c -> c.type ? 0 : 1)
          .thenComparingInt(c -> c.dyad ? 0 : 1)
          .thenComparingInt(c -> -c.actors)
          .thenComparingInt(c -> -c.exact)
          .thenComparingDouble(c -> -c.confidence)
          .thenComparingInt(Candidate::gold)
          .thenComparingInt(Candidate::pred);

  private static final int EXCERPT = 160;

  private final CameoOntology cameo;
  private final Map<Level, Counts> totals = new EnumMap<>(Level.class);
  private final ConfusionTable confusion = new ConfusionTable();
  private final List<Miss> misses = new ArrayList<>();
  private int documents;
  private final Map<String, String> versionTypes;
  private int goldEvents;
  private int predictedEvents;
  private int countedEvents;

  /** Uses {@code cameo} to give predictions without a PLOVER type the type of their CAMEO code. */
  public EventScorer(CameoOntology cameo) {
    this(cameo, Map.of());
  }

  /**
   * As {@link #EventScorer(CameoOntology)}, typing the CAMEO codes in {@code versionTypes} as the
   * gold set's PLOVER version does ({@link PloverTypes#V05_BY_CAMEO}) instead of by Dyad's table.
   */
  public EventScorer(CameoOntology cameo, Map<String, String> versionTypes) {
    this.cameo = cameo;
    this.versionTypes = Map.copyOf(versionTypes);
    for (Level l : Level.values()) {
      totals.put(l, Counts.ZERO);
    }
  }

  /** True when a predicted event counts: its modality is not negated or hypothetical. */
  public static boolean counts(Event e) {
    return e.modality() != Modality.NEGATED && e.modality() != Modality.HYPOTHETICAL;
  }

  /**
   * The part of an actor code the dyad level compares: the whole code for IGOs, else its first
   * three letters (the country, or IGO/NGO-style group); {@code null} for no code or {@code ---}.
   */
  public static String actorKey(String code) {
    if (code == null || code.isBlank() || code.strip().equals(GoldEvent.ANY)) {
      return null;
    }
    String c = code.strip().toUpperCase(Locale.ROOT);
    return c.startsWith("IGO") || c.length() <= 3 ? c : c.substring(0, 3);
  }

  /** True when a predicted actor code matches a gold actor field (see the class comment). */
  public static boolean actorMatches(String gold, String predicted) {
    List<String> alternatives = GoldEvent.alternatives(gold);
    if (alternatives.isEmpty() || alternatives.contains(GoldEvent.ANY)) {
      return true;
    }
    String p = actorKey(predicted);
    if (p == null) {
      return false;
    }
    for (String alternative : alternatives) {
      String g = actorKey(alternative);
      if (g != null && (g.startsWith("IGO") ? p.startsWith(g) : p.equals(g))) {
        return true;
      }
    }
    return false;
  }

  /** Scores one document: its gold events against all events Dyad coded in it. */
  public DocumentScore score(GoldDocument doc, List<Event> predicted) {
    List<GoldEvent> gold = doc.events();
    // PLOVER has no statement category: against PLOVER-typed gold, CAMEO 01 statements are neither
    // right nor wrong, so they are left out rather than counted as spurious.
    boolean ploverTyped = gold.stream().noneMatch(GoldEvent::hasRoot);
    List<Event> counted = predicted.stream().filter(EventScorer::counts)
        .filter(e -> !(ploverTyped && e.cameo() != null && e.cameo().startsWith("01"))).toList();
    boolean docRoots = gold.isEmpty() || gold.stream().anyMatch(GoldEvent::hasRoot);

    List<Candidate> candidates = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      for (int p = 0; p < counted.size(); p++) {
        candidates.add(candidate(g, gold.get(g), p, counted.get(p)));
      }
    }
    candidates.sort(BEST_FIRST);

    Map<Level, Counts> counts = new EnumMap<>(Level.class);
    List<Candidate> both = List.of();
    for (Level level : Level.values()) {
      Predicate<Candidate> fits = switch (level) {
        case TYPE -> c -> c.type;
        case DYAD -> c -> c.dyad;
        case BOTH -> c -> c.type && c.dyad;
      };
      List<Candidate> matched = greedy(candidates, fits, gold.size(), counted.size());
      if (level == Level.BOTH) {
        both = matched;
      }
      Counts c = new Counts(matched.size(), counted.size() - matched.size(), gold.size() - matched.size());
      counts.put(level, c);
      totals.merge(level, c, Counts::plus);
    }

    // Confusion: pair events that share the type or the dyad; the rest are misses and spurious.
    List<Candidate> paired = greedy(candidates, c -> c.type || c.dyad, gold.size(), counted.size());
    boolean[] goldPaired = new boolean[gold.size()];
    boolean[] predPaired = new boolean[counted.size()];
    for (Candidate c : paired) {
      GoldEvent g = gold.get(c.gold);
      confusion.add(g.typeLabel(), predictedLabel(counted.get(c.pred), g.hasRoot()));
      goldPaired[c.gold] = true;
      predPaired[c.pred] = true;
    }
    for (int g = 0; g < gold.size(); g++) {
      if (!goldPaired[g]) {
        confusion.add(gold.get(g).typeLabel(), ConfusionTable.NONE);
      }
    }
    for (int p = 0; p < counted.size(); p++) {
      if (!predPaired[p]) {
        confusion.add(ConfusionTable.NONE, predictedLabel(counted.get(p), docRoots));
      }
    }

    boolean[] found = new boolean[gold.size()];
    both.forEach(c -> found[c.gold] = true);
    List<Miss> docMisses = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      if (!found[g]) {
        int gi = g;
        boolean partial = candidates.stream().anyMatch(c -> c.gold == gi && (c.type || c.dyad));
        docMisses.add(new Miss(doc.id(), excerpt(doc.text()), goldType(gold.get(g)),
            gold.get(g).dyadLabel(), partial, predicted.stream().map(this::describe).toList(),
            goldEvents + g));
      }
    }
    misses.addAll(docMisses);
    documents++;
    goldEvents += gold.size();
    predictedEvents += predicted.size();
    countedEvents += counted.size();
    return new DocumentScore(counts, docMisses);
  }

  private Candidate candidate(int gi, GoldEvent g, int pi, Event p) {
    boolean type = g.typeLabel().equals(predictedLabel(p, g.hasRoot()));
    boolean source = actorMatches(g.source(), p.sourceCode());
    boolean target = actorMatches(g.target(), p.targetCode());
    int actors = (g.source() != null && source ? 1 : 0) + (g.target() != null && target ? 1 : 0);
    int exact = (exact(g.source(), p.sourceCode()) ? 1 : 0) + (exact(g.target(), p.targetCode()) ? 1 : 0);
    return new Candidate(gi, pi, type, source && target, actors, exact, p.confidence());
  }

  private static boolean exact(String gold, String predicted) {
    return predicted != null && GoldEvent.alternatives(gold).stream().anyMatch(predicted.strip()::equalsIgnoreCase);
  }

  private static List<Candidate> greedy(List<Candidate> sorted, Predicate<Candidate> fits, int golds, int preds) {
    boolean[] goldUsed = new boolean[golds];
    boolean[] predUsed = new boolean[preds];
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : sorted) {
      if (fits.test(c) && !goldUsed[c.gold] && !predUsed[c.pred]) {
        goldUsed[c.gold] = true;
        predUsed[c.pred] = true;
        out.add(c);
      }
    }
    return out;
  }

  /**
   * A predicted event's type in the gold set's terms: its CAMEO root, or its PLOVER type (from the
   * event, else from its CAMEO code); a statement (root 01), which has no PLOVER type, keeps its root.
   */
  String predictedLabel(Event e, boolean root) {
    String code = e.cameo() == null ? null : e.cameo().strip();
    String r = code != null && code.length() >= 2 ? code.substring(0, 2) : null;
    if (root) {
      return r != null ? r : "?";
    }
    String p = ploverOf(e);
    return p != null ? p : r != null ? r : "?";
  }

  private String goldType(GoldEvent g) {
    if (!g.hasRoot()) {
      return g.plover();
    }
    String plover = g.plover() != null ? g.plover() : PloverTypes.of(cameo, g.code() != null ? g.code() : g.root());
    return (g.code() != null ? g.code() : g.root()) + (plover != null ? " " + plover : "");
  }

  /** The event's PLOVER type: the gold's version's for the codes it types otherwise, else the event's own. */
  private String ploverOf(Event e) {
    String code = e.cameo() == null ? null : e.cameo().strip();
    String p = code == null ? null : versionTypes.get(code);
    if (p == null) {
      p = PloverTypes.normalize(e.plover());
    }
    return p != null ? p : PloverTypes.of(cameo, code);
  }

  private String describe(Event e) {
    String p = ploverOf(e);
    StringBuilder b = new StringBuilder()
        .append(e.sourceCode() == null ? "?" : e.sourceCode()).append('→')
        .append(e.targetCode() == null ? "?" : e.targetCode()).append(' ')
        .append(e.cameo() == null ? "?" : e.cameo());
    if (p != null) {
      b.append(' ').append(p);
    }
    if (e.trigger() != null && !e.trigger().isBlank()) {
      b.append(" \"").append(e.trigger().strip()).append('"');
    }
    if (!counts(e)) {
      b.append(" [").append(e.modality().label()).append(", not counted]");
    } else if (e.modality() != null && e.modality() != Modality.ASSERTED) {
      b.append(" [").append(e.modality().label()).append(']');
    }
    return b.toString();
  }

  static String excerpt(String text) {
    String t = text.replaceAll("\\s+", " ").strip();
    return t.length() <= EXCERPT ? t : t.substring(0, EXCERPT - 1).stripTrailing() + "…";
  }

  /** Totals at one level over all documents scored. */
  public Counts total(Level level) {
    return totals.get(level);
  }

  /** The type confusion table over all documents scored. */
  public ConfusionTable confusion() {
    return confusion;
  }

  /** Number of gold events not matched at {@link Level#BOTH}. */
  public int missCount() {
    return misses.size();
  }

  /**
   * The worst misses, at most {@code limit}: those where no prediction matched the type or the dyad
   * come first, then partial misses, each in file order.
   */
  public List<Miss> worstMisses(int limit) {
    return misses.stream()
        .sorted(Comparator.comparing(Miss::partial).thenComparingInt(Miss::order))
        .limit(limit).toList();
  }

  /** Documents scored. */
  public int documents() {
    return documents;
  }

  /** Gold events in them. */
  public int goldEvents() {
    return goldEvents;
  }

  /** Events Dyad coded in them, counted or not. */
  public int predictedEvents() {
    return predictedEvents;
  }

  /** Events that counted (not negated or hypothetical). */
  public int countedEvents() {
    return countedEvents;
  }
}
