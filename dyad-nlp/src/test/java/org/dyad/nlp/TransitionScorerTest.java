package org.dyad.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link TransitionScorer} against the forward pass written the plain way CoreNLP writes it (a dot
 * product per hidden unit and per transition), on small random weights: the scores must be equal
 * to the last bit, with and without float rounding of rare features, on first and cached calls.
 */
class TransitionScorerTest {
  private static final int SLOTS = 4;
  private static final int EMB = 6;
  private static final int HIDDEN = 9;
  private static final int TRANSITIONS = 5;
  private static final int IDS = 12;

  private final Random random = new Random(20261126);
  private final float[][] e = matrix(IDS, EMB);
  private final float[][] w1 = matrix(HIDDEN, EMB * SLOTS);
  private final float[] b1 = matrix(1, HIDDEN)[0];
  private final float[][] w2 = matrix(TRANSITIONS, HIDDEN);
  private final Map<Integer, Integer> pre = new HashMap<>();
  private final double[][] saved = new double[3][HIDDEN];

  TransitionScorerTest() {
    // Three precomputed (id, slot) pairs with arbitrary rows; the scorer only adds them.
    int[][] keys = {{2, 0}, {5, 1}, {7, 3}};
    for (int r = 0; r < keys.length; r++) {
      pre.put(keys[r][0] * SLOTS + keys[r][1], r);
      for (int i = 0; i < HIDDEN; i++) {
        saved[r][i] = random.nextGaussian();
      }
    }
  }

  private float[][] matrix(int rows, int cols) {
    float[][] m = new float[rows][cols];
    for (float[] row : m) {
      for (int c = 0; c < cols; c++) {
        row[c] = (float) (random.nextGaussian() * 0.3);
      }
    }
    return m;
  }

  @Test
  void equalsThePlainPassWithFloatRounding() {
    check(true);
  }

  @Test
  void equalsThePlainPassWithoutRounding() {
    check(false);
  }

  private void check(boolean round) {
    TransitionScorer scorer = new TransitionScorer(SLOTS, e, w1, b1, w2, pre, saved, round);
    TransitionScorer.Scratch scratch = scorer.scratch();
    int[][] configurations = {{2, 5, 1, 7}, {0, 1, 3, 4}, {2, 5, 9, 7}, {0, 1, 3, 4}, {11, 11, 11, 11}};
    for (int[] features : configurations) {
      double[] expected = plain(features, round);
      // Twice: the second call takes rare features from the thread's cache.
      assertArrayEquals(expected, scorer.score(features, scratch).clone(), 0.0);
      assertArrayEquals(expected, scorer.score(features, scratch).clone(), 0.0);
    }
  }

  /** The pass as CoreNLP's Classifier computes it, loop for loop. */
  private double[] plain(int[] features, boolean round) {
    double[] hidden = new double[HIDDEN];
    for (int slot = 0; slot < SLOTS; slot++) {
      int id = features[slot];
      Integer row = pre.get(id * SLOTS + slot);
      if (row != null) {
        for (int i = 0; i < HIDDEN; i++) {
          hidden[i] += saved[row][i];
        }
      } else if (round) {
        float[] slice = new float[HIDDEN];
        for (int i = 0; i < HIDDEN; i++) {
          double s = 0;
          for (int k = 0; k < EMB; k++) {
            s += w1[i][slot * EMB + k] * e[id][k];
          }
          slice[i] = (float) s;
        }
        for (int i = 0; i < HIDDEN; i++) {
          hidden[i] += slice[i];
        }
      } else {
        for (int i = 0; i < HIDDEN; i++) {
          double s = hidden[i];
          for (int k = 0; k < EMB; k++) {
            s += w1[i][slot * EMB + k] * e[id][k];
          }
          hidden[i] = s;
        }
      }
    }
    for (int i = 0; i < HIDDEN; i++) {
      hidden[i] += b1[i];
      hidden[i] = hidden[i] * hidden[i] * hidden[i];
    }
    double[] scores = new double[TRANSITIONS];
    for (int t = 0; t < TRANSITIONS; t++) {
      double s = 0;
      for (int i = 0; i < HIDDEN; i++) {
        s += hidden[i] * w2[t][i];
      }
      scores[t] = s;
    }
    return scores;
  }

  @Test
  void rareCacheEmptiesWhenFull() {
    TransitionScorer.RareCache cache = new TransitionScorer.RareCache(4);
    float[][] v = new float[5][1];
    for (int k = 0; k < 4; k++) {
      cache.put(k * 1000, v[k]);
    }
    for (int k = 0; k < 4; k++) {
      assertSame(v[k], cache.get(k * 1000));
    }
    cache.put(4000, v[4]);
    assertNull(cache.get(0));
    assertNotNull(cache.get(4000));
  }
}
