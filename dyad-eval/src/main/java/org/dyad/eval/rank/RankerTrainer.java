package org.dyad.eval.rank;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.dyad.coder.event.RankerScore;

/**
 * Fits the target ranker: an L2-regularised logistic regression (LIBLINEAR) over the candidates of
 * labelled choices, each candidate one instance (1 when it is the gold target), and the probability a
 * pick needs, chosen on held-out folds where picks that are right outnumber wrong ones the most.
 *
 * <p>Takes the choices and the number of folds; folds are whole sentences ({@link Sample#group}), so
 * the held-out figures never score a sentence the model was fitted on. Gives the weights fitted on all
 * choices, the threshold and the held-out figures at that threshold. Defaults: C = 0.5, 5 folds.
 */
public final class RankerTrainer {
  /** Regularisation: small, since the features are few and the sets small. */
  public static final double DEFAULT_C = 0.5;

  /**
   * One labelled choice: the features of each candidate and whether it is the gold target.
   *
   * @param group     the gold sentence it comes from (folds keep a sentence's choices together)
   * @param options   each candidate's features
   * @param positive  for each candidate, whether it matches the gold target
   */
  public record Sample(String group, List<List<String>> options, List<Boolean> positive) {
    public Sample {
      options = List.copyOf(options);
      positive = List.copyOf(positive);
      if (options.size() != positive.size()) {
        throw new IllegalArgumentException("one label per option");
      }
    }

    boolean answerable() {
      return positive.contains(true);
    }
  }

  /**
   * Held-out figures at one threshold.
   *
   * @param choices     choices scored
   * @param answerable  choices where the gold target is among the candidates
   * @param picks       choices where the best candidate reached the threshold
   * @param right       picks that are the gold target
   */
  public record Figures(double threshold, int choices, int answerable, int picks, int right) {
    public double precision() {
      return picks == 0 ? 0 : (double) right / picks;
    }
  }

  /** The fitted model: weights by feature ({@link RankerScore#BIAS} the intercept), threshold, held-out figures. */
  public record Trained(Map<String, Double> weights, double threshold, Figures heldOut, int instances) {}

  private final double c;

  public RankerTrainer(double c) {
    this.c = c;
  }

  /** Cross-validates over {@code folds} folds, then fits on all samples. */
  public Trained train(List<Sample> samples, int folds) {
    if (samples.isEmpty()) {
      throw new IllegalArgumentException("no labelled choices to learn from");
    }
    Linear.disableDebugOutput();
    List<String> groups = new ArrayList<>(new TreeSet<>(samples.stream().map(Sample::group).toList()));
    Map<String, Integer> foldOf = new HashMap<>();
    for (int i = 0; i < groups.size(); i++) {
      foldOf.put(groups.get(i), i % folds);
    }
    List<double[]> scored = new ArrayList<>(); // {best probability, best is right, answerable}
    for (int f = 0; f < folds; f++) {
      int fold = f;
      List<Sample> train = samples.stream().filter(s -> foldOf.get(s.group()) != fold).toList();
      List<Sample> test = samples.stream().filter(s -> foldOf.get(s.group()) == fold).toList();
      if (train.isEmpty() || test.isEmpty()) {
        continue;
      }
      Map<String, Double> w = fit(train);
      for (Sample s : test) {
        int best = -1;
        double bestP = -1;
        for (int i = 0; i < s.options().size(); i++) {
          double p = RankerScore.probability(w, s.options().get(i));
          if (p > bestP) {
            bestP = p;
            best = i;
          }
        }
        scored.add(new double[] {bestP, s.positive().get(best) ? 1 : 0, s.answerable() ? 1 : 0});
      }
    }
    Figures chosen = null;
    for (int k = 95; k >= 5; k -= 5) {
      Figures fig = figures(scored, k / 100.0);
      if (chosen == null || fig.right() - (fig.picks() - fig.right()) > chosen.right() - (chosen.picks() - chosen.right())) {
        chosen = fig;
      }
    }
    Map<String, Double> all = fit(samples);
    int instances = samples.stream().mapToInt(s -> s.options().size()).sum();
    return new Trained(all, chosen.threshold(), chosen, instances);
  }

  /** Held-out figures at {@code threshold} over scored choices. */
  private static Figures figures(List<double[]> scored, double threshold) {
    int picks = 0;
    int right = 0;
    int answerable = 0;
    for (double[] s : scored) {
      answerable += (int) s[2];
      if (s[0] >= threshold) {
        picks++;
        right += (int) s[1];
      }
    }
    return new Figures(threshold, scored.size(), answerable, picks, right);
  }

  private Map<String, Double> fit(List<Sample> samples) {
    Map<String, Integer> index = new HashMap<>();
    List<Feature[]> x = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    for (Sample s : samples) {
      for (int i = 0; i < s.options().size(); i++) {
        TreeSet<Integer> ids = new TreeSet<>();
        for (String f : s.options().get(i)) {
          ids.add(index.computeIfAbsent(f, k -> index.size() + 1));
        }
        x.add(ids.stream().map(id -> new FeatureNode(id, 1.0)).toArray(Feature[]::new));
        y.add(s.positive().get(i) ? 1.0 : 0.0);
      }
    }
    Problem p = new Problem();
    p.l = x.size();
    p.n = index.size() + 1;
    p.bias = 1;
    p.x = new Feature[p.l][];
    p.y = new double[p.l];
    for (int i = 0; i < p.l; i++) {
      Feature[] row = x.get(i);
      Feature[] withBias = java.util.Arrays.copyOf(row, row.length + 1);
      withBias[row.length] = new FeatureNode(p.n, 1.0);
      p.x[i] = withBias;
      p.y[i] = y.get(i);
    }
    Model m = Linear.train(p, new Parameter(SolverType.L2R_LR, c, 0.001));
    double[] w = m.getFeatureWeights();
    // LIBLINEAR's weights are for its first label; make them the positive class's
    double sign = m.getLabels()[0] == 1 ? 1 : -1;
    Map<String, Double> out = new HashMap<>();
    index.forEach((f, id) -> out.put(f, sign * w[id - 1]));
    out.put(RankerScore.BIAS, sign * w[p.n - 1]);
    return out;
  }
}
