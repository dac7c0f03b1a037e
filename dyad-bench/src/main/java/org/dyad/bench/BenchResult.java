package org.dyad.bench;

/**
 * What one {@code dyad bench} run measured.
 *
 * @param corpus         the corpus as given
 * @param threads        analysis threads in the timed phase
 * @param warmup         articles analysed before timing
 * @param articles       articles analysed in the timed phase, failures included
 * @param failed         of those, articles whose analysis threw (reported on standard error)
 * @param skippedRecords corpus records skipped while reading (empty, not English, malformed...)
 * @param sentences      sentences the parser gave for the timed articles
 * @param parsedSentences of those, sentences that got a dependency parse (the parse gate and the
 *                       length limit pass the others by)
 * @param tokens         tokens in those sentences
 * @param wallNanos      wall-clock time of the timed phase, from the first article handed to the
 *                       threads to the last one done
 * @param modelLoadNanos time to build the analyzer (dictionaries, CoreNLP models) and analyse a
 *                       first tiny text, which makes CoreNLP load what it loads lazily
 * @param heap           heap used from the model load to the end of the timed phase
 * @param cpus           processors available to the JVM
 * @param java           the Java runtime version
 * @param baseline       the stock pipeline's figures, or {@code null} without {@code --baseline}
 */
public record BenchResult(String corpus, int threads, int warmup, int articles, int failed,
                          int skippedRecords, long sentences, long parsedSentences, long tokens, long wallNanos,
                          long modelLoadNanos, HeapPeak heap, int cpus, String java,
                          BaselineResult baseline) {
  /** Wall time of the timed phase in seconds. */
  public double seconds() {
    return wallNanos / 1e9;
  }

  /** Timed articles per second of wall time. */
  public double articlesPerSecond() {
    return rate(articles, wallNanos);
  }

  /** Sentences per second of wall time. */
  public double sentencesPerSecond() {
    return rate(sentences, wallNanos);
  }

  /** Tokens per second of wall time. */
  public double tokensPerSecond() {
    return rate(tokens, wallNanos);
  }

  /** Dyad's sentences/s divided by the stock pipeline's; NaN without a baseline. */
  public double sentenceSpeedup() {
    return baseline == null ? Double.NaN : sentencesPerSecond() / baseline.sentencesPerSecond();
  }

  /** Dyad's articles/s divided by the stock pipeline's; NaN without a baseline. */
  public double articleSpeedup() {
    return baseline == null ? Double.NaN : articlesPerSecond() / baseline.articlesPerSecond();
  }

  /** Count per second; 0 when no time passed (a rate cannot be measured then). */
  static double rate(long count, long nanos) {
    return nanos <= 0 ? 0 : count * 1e9 / nanos;
  }
}
