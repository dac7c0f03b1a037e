package org.dyad.coder.event;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.coder.actor.ActorResolver;
import org.dyad.coder.dict.DictionaryException;
import org.dyad.coder.dict.DictionaryRow;
import org.dyad.coder.dict.DictionaryTable;
import org.dyad.coder.tree.SentenceTree;
import org.dyad.model.analysis.Actor;

/**
 * The learned last step of target finding: when the sentence's structure gave an act no target, ranks
 * the other actors the sentence names by a logistic model over where they stand from the trigger
 * (dependency path, preposition, order, distance, clause) and what they are (kind, coded, placed,
 * the source's own country), and takes the best one when its probability reaches the model's
 * threshold. Takes the weights of {@code dyad/rank/target-ranker.tsv} (overridable from the user's
 * dictionary directory; trained by {@code dyad train-ranker}); gives candidates with their features and
 * probability. A table without weights ranks nothing. Immutable and thread-safe.
 */
final class TargetRanker {
  static final String RESOURCE = "rank/target-ranker.tsv";

  private final Map<String, Double> weights;
  private final double threshold;
  private final String where;

  private TargetRanker(Map<String, Double> weights, double threshold, String where) {
    this.weights = weights;
    this.threshold = threshold;
    this.where = where;
  }

  /** A ranker that never picks (no weights): used when training and by tests of the rules alone. */
  static TargetRanker none() {
    return new TargetRanker(Map.of(), 2, "no model");
  }

  /** Reads the weights; the header's {@code threshold} is the probability a pick needs. */
  static TargetRanker load(Path overrides) {
    DictionaryTable t = DictionaryTable.load(RESOURCE, overrides, List.of("feature", "weight"));
    String th = t.header().get("threshold");
    if (th == null) {
      throw new DictionaryException(t.origin(), "the header names no 'threshold'");
    }
    double threshold;
    try {
      threshold = Double.parseDouble(th.strip());
    } catch (NumberFormatException e) {
      throw new DictionaryException(t.origin(), "threshold '" + th + "' is not a number");
    }
    Map<String, Double> w = new HashMap<>();
    for (DictionaryRow r : t.rows()) {
      String f = r.required(0, "feature");
      String v = r.required(1, "weight");
      try {
        if (w.put(f, Double.parseDouble(v)) != null) {
          throw new DictionaryException(r.where(), "feature '" + f + "' is listed twice");
        }
      } catch (NumberFormatException e) {
        throw new DictionaryException(r.where(), "weight '" + v + "' is not a number");
      }
    }
    return new TargetRanker(Map.copyOf(w), threshold, t.origin());
  }

  /** One actor the sentence names besides the sources, with its features and probability. */
  record Candidate(MentionIndex.Ref ref, List<String> features, double probability) {}

  /** The candidates for the act at {@code trigger} with code {@code base}, best first. */
  List<Candidate> rank(SentenceTree tree, MentionIndex index, int trigger, String base,
                       List<MentionIndex.Ref> sources) {
    Set<String> sourceIds = MentionIndex.ids(sources);
    Set<String> sourceCountries = MentionIndex.countries(sources);
    int s = tree.sentence().index();
    List<Integer> heads = new ArrayList<>(); // the head token of each mention, in text order
    for (int i = 0; i < tree.size(); i++) {
      Actor a = index.at(s, i);
      if (a == null || sourceIds.contains(a.id())) {
        continue;
      }
      int end = i;
      while (end + 1 < tree.size() && index.at(s, end + 1) == a) {
        end++;
      }
      int head = tree.headOf(i, end + 1);
      i = end;
      if (index.modifies(tree, head, sourceIds)) {
        continue; // part of how the source is named ("Serbian high school students")
      }
      heads.add(head); // mentions are disjoint runs, so each head comes once
    }
    List<Candidate> out = new ArrayList<>();
    Set<String> actors = new HashSet<>();
    for (int h : heads) {
      MentionIndex.Ref ref = index.resolve(tree, h);
      if (ref == null || sourceIds.contains(ref.actor().id()) || !actors.add(ref.actor().id())) {
        continue; // each actor once, at its first mention
      }
      if (ref.actor().kind().equals(ActorResolver.PLACE) && !TargetSearch.placeTarget(base)) {
        continue; // where a statement or a meeting happened is not whom it concerns
      }
      List<String> f = RankFeatures.of(tree, trigger, base, h, ref, sourceCountries, heads.size());
      out.add(new Candidate(ref, f, weights.isEmpty() ? 0 : RankerScore.probability(weights, f)));
    }
    out.sort((a, b) -> Double.compare(b.probability(), a.probability()));
    return out;
  }

  /** The best candidate when it reaches the threshold, else {@code null}. */
  Candidate pick(List<Candidate> ranked) {
    return ranked.isEmpty() || ranked.get(0).probability() < threshold ? null : ranked.get(0);
  }

  /** How the trace names the model. */
  String describe() {
    return where + " (threshold " + threshold + ")";
  }

}
