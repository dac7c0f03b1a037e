package org.dyad.bench;

/**
 * The stock CoreNLP pipeline's figures on the benchmark's timed articles (single thread).
 *
 * @param annotators    the pipeline's annotators; every other property had CoreNLP's default
 * @param articles      articles annotated in the timed phase
 * @param sentences     sentences CoreNLP found in them (its own splitter, so the count can differ
 *                      from Dyad's, which also breaks at blank lines)
 * @param annotateNanos time spent inside {@code annotate()} on those articles
 * @param loadNanos     time to build the pipeline and annotate a first tiny text
 * @param heap          heap used from the pipeline's load to the end of its timed phase
 */
public record BaselineResult(String annotators, int articles, long sentences, long annotateNanos,
                             long loadNanos, HeapPeak heap) {
  /** Seconds inside {@code annotate()}. */
  public double seconds() {
    return annotateNanos / 1e9;
  }

  /** Sentences per second of annotation. */
  public double sentencesPerSecond() {
    return BenchResult.rate(sentences, annotateNanos);
  }

  /** Articles per second of annotation. */
  public double articlesPerSecond() {
    return BenchResult.rate(articles, annotateNanos);
  }
}
