package org.dyad.coder.event;

import java.util.List;
import java.util.Map;

/**
 * The learned target ranking's score, one formula for the coder that applies the model and the
 * trainer that fits it: the probability of a candidate is 1 / (1 + e^-(bias + the sum of its
 * features' weights)). Takes weights by feature name ({@link #BIAS} the intercept; a feature
 * without a weight counts 0) and a candidate's features; gives a probability in (0, 1). Stateless.
 */
public final class RankerScore {
  /** The feature that is always on: the model's intercept. */
  public static final String BIAS = "bias";

  private RankerScore() {}

  /** The logistic model's probability for one candidate. */
  public static double probability(Map<String, Double> weights, List<String> features) {
    double z = weights.getOrDefault(BIAS, 0.0);
    for (String f : features) {
      z += weights.getOrDefault(f, 0.0);
    }
    return 1 / (1 + Math.exp(-z));
  }
}
