package org.dyad.pipeline.ingest;

/**
 * What one {@code dyad ingest} run did.
 *
 * @param read       documents read (articles and skipped ones)
 * @param stored     articles stored
 * @param duplicates articles whose text was already stored (nothing written)
 * @param errors     documents that could not be stored (skipped at reading, or failed analysis)
 * @param mentions   event mentions stored
 * @param newEvents  events created (the rest of the mentions joined existing events)
 * @param seconds    wall time of the run; models loaded before it started are not included
 */
public record IngestReport(long read, long stored, long duplicates, long errors, long mentions, long newEvents,
                           double seconds) {
  /** This run's counts and another's added up, the seconds too. */
  public IngestReport plus(IngestReport o) {
    return new IngestReport(read + o.read, stored + o.stored, duplicates + o.duplicates, errors + o.errors,
        mentions + o.mentions, newEvents + o.newEvents, seconds + o.seconds);
  }

  /** Articles stored per second. */
  public double articlesPerSecond() {
    return seconds > 0 ? stored / seconds : 0;
  }
}
