package org.dyad.eval.rank;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a fitted ranker as the dictionary file the coder reads ({@code dyad/rank/target-ranker.tsv}):
 * a header with version, provenance, held-out figures and threshold, then one feature and weight per
 * line, strongest first; weights too small to matter are left out.
 */
public final class RankerWeightsWriter {
  private static final double NEGLIGIBLE = 1e-4;

  private RankerWeightsWriter() {}

  /** The file's text. */
  public static String write(RankerTrainer.Trained t, List<String> sets, String figures, double c) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Dyad model: learned ranking of target candidates (logistic regression, LIBLINEAR L2R_LR, C=")
        .append(c).append(")\n");
    sb.append("# version: ").append(LocalDate.now()).append('\n');
    sb.append("# source: written by `dyad train-ranker` from Dyad's own coding of ").append(String.join(", ", sets))
        .append("; gold labels only, no text of the sets is kept here\n");
    sb.append("# held-out: ").append(figures).append('\n');
    sb.append("# instances: ").append(t.instances()).append('\n');
    sb.append(String.format(Locale.ROOT, "# threshold: %.2f%n", t.threshold()));
    sb.append("# notes\n");
    sb.append("#  A candidate's probability is 1/(1+exp(-(bias + the sum of its features' weights))); the best\n");
    sb.append("#  candidate becomes the target when it reaches the threshold. Features: see RankFeatures.\n");
    sb.append("# columns: feature\tweight\n");
    t.weights().entrySet().stream()
        .filter(e -> Math.abs(e.getValue()) >= NEGLIGIBLE)
        .sorted(Comparator.comparingDouble((Map.Entry<String, Double> e) -> -Math.abs(e.getValue()))
            .thenComparing(Map.Entry::getKey))
        .forEach(e -> sb.append(e.getKey()).append('\t')
            .append(String.format(Locale.ROOT, "%.4f", e.getValue())).append('\n'));
    return sb.toString();
  }
}
