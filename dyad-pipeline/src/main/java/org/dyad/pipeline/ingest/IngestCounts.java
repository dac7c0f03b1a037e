package org.dyad.pipeline.ingest;

/** Running counts of one ingest, kept by the writer thread only. */
final class IngestCounts {
  long read;
  long stored;
  long duplicates;
  long errors;
  long mentions;
  long newEvents;

  IngestReport report(double seconds) {
    return new IngestReport(read, stored, duplicates, errors, mentions, newEvents, seconds);
  }
}
