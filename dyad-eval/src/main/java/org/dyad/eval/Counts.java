package org.dyad.eval;

/**
 * True positives, false positives and false negatives at one scoring level, with the micro
 * precision, recall and F1 they give (0 where a ratio has nothing to divide by).
 *
 * @param tp gold events matched by a prediction
 * @param fp counted predictions that matched no gold event
 * @param fn gold events no prediction matched
 */
public record Counts(int tp, int fp, int fn) {
  /** No events. */
  public static final Counts ZERO = new Counts(0, 0, 0);

  /** The sum of two counts. */
  public Counts plus(Counts o) {
    return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
  }

  /** tp / (tp + fp). */
  public double precision() {
    return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
  }

  /** tp / (tp + fn). */
  public double recall() {
    return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
  }

  /** The harmonic mean of precision and recall. */
  public double f1() {
    return 2 * tp + fp + fn == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);
  }
}
