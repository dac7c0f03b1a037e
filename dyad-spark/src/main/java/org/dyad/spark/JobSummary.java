package org.dyad.spark;

import java.util.Map;

/**
 * What one run of {@link CorpusJob} did.
 *
 * @param run        the run's number in its output folder (1 for the first)
 * @param read       documents read, articles and skipped ones
 * @param coded      articles coded and written
 * @param duplicates articles not coded because their text came earlier in the input or in an earlier run
 * @param skipped    skipped documents and failed articles by reason (the reason up to its first colon)
 * @param mentions   event mentions written by this run
 * @param events     events in the output after this run (all runs' mentions merged)
 * @param seconds    wall time of the run, Spark's start-up not included
 */
public record JobSummary(int run, long read, long coded, long duplicates, Map<String, Long> skipped,
                         long mentions, long events, double seconds) {
  /** The summary as one line for a person. */
  public String line() {
    long errors = skipped.values().stream().mapToLong(Long::longValue).sum();
    return String.format(java.util.Locale.ROOT, "dyad spark: run %d: %d read, %d coded, %d already coded, %d skipped%s;"
        + " %d event mentions, %d events in all; %.1f s (%.2f articles/s)", run, read, coded, duplicates, errors,
        skipped.isEmpty() ? "" : " " + skipped, mentions, events, seconds, seconds > 0 ? coded / seconds : 0);
  }
}
