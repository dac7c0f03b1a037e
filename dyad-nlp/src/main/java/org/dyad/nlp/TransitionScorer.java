package org.dyad.nlp;

import java.util.Arrays;
import java.util.Map;

/**
 * The forward pass of CoreNLP's neural dependency parser (Chen and Manning 2014: 48 feature
 * embeddings, one cube-activated hidden layer, a score per transition), computed from the weights
 * of the loaded CoreNLP model and giving the same scores to the last bit.
 *
 * <p>Why our own: CoreNLP's pass takes a shared, synchronised cache for every rare feature, boxes
 * every feature id to look up its precomputed row, and multiplies the output layer one dot product
 * per transition, a loop the JIT cannot vectorise. Here the weights are laid out transposed so
 * that every inner loop adds a scaled row to a vector (which the JIT does vectorise), rare features
 * are cached per thread without a lock, and precomputed rows are found through a primitive
 * table. Each sum runs over its terms in CoreNLP's order, so the scores are identical.
 *
 * <p>Immutable after construction and thread-safe; callers pass their own scratch arrays.
 */
final class TransitionScorer {
  private final int tokens;
  private final int embedding;
  private final int hidden;
  private final int transitions;
  /** Embeddings by feature id. */
  private final float[][] e;
  /** First-layer weights by input position (feature slot times embedding size plus offset). */
  private final float[][] w1ByInput;
  private final float[] b1;
  /** Output weights by hidden unit, widened to double (exactly) as CoreNLP's dot product does. */
  private final double[][] w2ByHidden;
  /** CoreNLP's precomputed hidden contributions of frequent (feature, slot) pairs. */
  private final double[][] saved;
  private final IntTable savedRow;
  /** CoreNLP's rounding for rare features: through a float vector (its cache) or straight into the sum. */
  private final boolean roundRareToFloat;

  /**
   * @param tokens           feature slots (48 in CoreNLP's models)
   * @param e                embeddings, one row per word, tag or label id
   * @param w1               first layer, hidden units by slot-major inputs
   * @param b1               first-layer bias
   * @param w2               output layer, transitions by hidden units
   * @param precomputed      row in {@code saved} of each precomputed key (id times slots plus slot)
   * @param saved            precomputed hidden contributions
   * @param roundRareToFloat whether CoreNLP rounds a rare feature's contribution to float first
   */
  TransitionScorer(int tokens, float[][] e, float[][] w1, float[] b1, float[][] w2,
                   Map<Integer, Integer> precomputed, double[][] saved, boolean roundRareToFloat) {
    this.tokens = tokens;
    this.embedding = e[0].length;
    this.hidden = w1.length;
    this.transitions = w2.length;
    this.e = e;
    this.b1 = b1.clone();
    this.w1ByInput = new float[w1[0].length][hidden];
    for (int h = 0; h < hidden; h++) {
      for (int in = 0; in < w1[h].length; in++) {
        w1ByInput[in][h] = w1[h][in];
      }
    }
    this.w2ByHidden = new double[hidden][transitions];
    for (int t = 0; t < transitions; t++) {
      for (int h = 0; h < hidden; h++) {
        w2ByHidden[h][t] = w2[t][h];
      }
    }
    this.saved = saved;
    this.savedRow = new IntTable(precomputed);
    this.roundRareToFloat = roundRareToFloat;
  }

  /** Number of transitions scored. */
  int transitions() {
    return transitions;
  }

  /** Fresh scratch space for one thread. */
  Scratch scratch() {
    return new Scratch(new double[hidden], new double[hidden], new double[transitions],
        new RareCache(RARE_CACHE_ENTRIES));
  }

  /**
   * Rare features cached per thread: a name or a rare word recurs across an article's
   * configurations. 4,096 entries of 200 floats are 3.3 MB a thread, small enough to leave the
   * shared cache to the model (16,384 measured no faster on one thread and slower on two).
   */
  private static final int RARE_CACHE_ENTRIES = 4_096;

  /** Scratch vectors (the hidden layer, a rare feature's sum, the scores) and the rare-feature cache. */
  record Scratch(double[] hidden, double[] rare, double[] scores, RareCache cache) {}

  /** Scores every transition for one configuration's features; gives {@code s.scores()}. */
  double[] score(int[] features, Scratch s) {
    double[] h = s.hidden();
    Arrays.fill(h, 0);
    for (int slot = 0; slot < features.length; slot++) {
      int id = features[slot];
      int row = savedRow.get(id * tokens + slot);
      if (row >= 0) {
        double[] pre = saved[row];
        for (int i = 0; i < hidden; i++) {
          h[i] += pre[i];
        }
      } else if (roundRareToFloat) {
        int key = id * tokens + slot;
        float[] v = s.cache().get(key);
        if (v == null) {
          v = rare(s.rare(), e[id], slot * embedding);
          s.cache().put(key, v);
        }
        for (int i = 0; i < hidden; i++) {
          h[i] += v[i];
        }
      } else {
        addRareUnrounded(h, e[id], slot * embedding);
      }
    }
    for (int i = 0; i < hidden; i++) {
      double x = h[i] + b1[i];
      h[i] = x * x * x;
    }
    double[] out = s.scores();
    Arrays.fill(out, 0);
    for (int i = 0; i < hidden; i++) {
      double hi = h[i];
      double[] w = w2ByHidden[i];
      for (int t = 0; t < transitions; t++) {
        out[t] += hi * w[t];
      }
    }
    return out;
  }

  /** A rare feature's first-layer contribution, summed in double and rounded to float as CoreNLP's cache holds it. */
  private float[] rare(double[] acc, float[] emb, int offset) {
    Arrays.fill(acc, 0);
    for (int k = 0; k < embedding; k++) {
      float ek = emb[k];
      float[] w = w1ByInput[offset + k];
      for (int i = 0; i < hidden; i++) {
        acc[i] += (double) (w[i] * ek);
      }
    }
    float[] v = new float[hidden];
    for (int i = 0; i < hidden; i++) {
      v[i] = (float) acc[i];
    }
    return v;
  }

  /** A rare feature added straight into the hidden sums, as CoreNLP does when it caches nothing. */
  private void addRareUnrounded(double[] h, float[] emb, int offset) {
    for (int k = 0; k < embedding; k++) {
      float ek = emb[k];
      float[] w = w1ByInput[offset + k];
      for (int i = 0; i < hidden; i++) {
        h[i] += (double) (w[i] * ek);
      }
    }
  }

  /** One thread's rare-feature vectors by key; emptied when full (cheaper than ordering by use). */
  static final class RareCache {
    private final int[] keys;
    private final float[][] values;
    private final int mask;
    private final int limit;
    private int size;

    RareCache(int entries) {
      int capacity = Integer.highestOneBit(entries) << 2;
      keys = new int[capacity];
      values = new float[capacity][];
      mask = capacity - 1;
      limit = entries;
      Arrays.fill(keys, -1);
    }

    float[] get(int key) {
      for (int slot = IntTable.mix(key) & mask; ; slot = (slot + 1) & mask) {
        int k = keys[slot];
        if (k == key) {
          return values[slot];
        }
        if (k == -1) {
          return null;
        }
      }
    }

    void put(int key, float[] value) {
      if (size == limit) {
        Arrays.fill(keys, -1);
        Arrays.fill(values, null);
        size = 0;
      }
      int slot = IntTable.mix(key) & mask;
      while (keys[slot] != -1) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = key;
      values[slot] = value;
      size++;
    }
  }

  /** A read-only open-addressing map from non-negative int keys to non-negative rows; -1 when absent. */
  private static final class IntTable {
    private final int[] keys;
    private final int[] values;
    private final int mask;

    IntTable(Map<Integer, Integer> map) {
      int capacity = Integer.highestOneBit(Math.max(4, map.size() * 2 - 1)) << 1;
      keys = new int[capacity];
      values = new int[capacity];
      mask = capacity - 1;
      Arrays.fill(keys, -1);
      for (Map.Entry<Integer, Integer> en : map.entrySet()) {
        int k = en.getKey();
        int slot = mix(k) & mask;
        while (keys[slot] != -1) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = k;
        values[slot] = en.getValue();
      }
    }

    int get(int key) {
      int slot = mix(key) & mask;
      while (true) {
        int k = keys[slot];
        if (k == key) {
          return values[slot];
        }
        if (k == -1) {
          return -1;
        }
        slot = (slot + 1) & mask;
      }
    }

    static int mix(int k) {
      int h = k * 0x9E3779B9;
      return h ^ (h >>> 16);
    }
  }
}
