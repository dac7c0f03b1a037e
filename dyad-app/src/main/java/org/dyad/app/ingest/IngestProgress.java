package org.dyad.app.ingest;

import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows an ingest's progress: a progress bar with articles/s and ETA on a terminal, else a plain
 * log line at most every few seconds (for logs and pipes).
 */
final class IngestProgress implements AutoCloseable {
  private final ProgressBar bar;
  private final PrintWriter log;
  private final long intervalNanos;
  private final long start = System.nanoTime();
  private long lastLine = start;

  /**
   * @param expected documents expected, or -1 when unknown
   * @param terminal whether to draw a bar
   * @param log      where plain lines go
   * @param seconds  the least time between plain lines
   */
  IngestProgress(long expected, boolean terminal, PrintWriter log, double seconds) {
    this.log = log;
    this.intervalNanos = (long) (seconds * 1e9);
    this.bar = terminal ? new ProgressBarBuilder().setTaskName("ingest").setInitialMax(expected)
        .setStyle(ProgressBarStyle.ASCII).setUnit(" doc", 1).showSpeed().build() : null;
  }

  /** After each document. */
  void update(long done, long stored, long duplicates, long errors) {
    if (bar != null) {
      bar.stepTo(done);
      bar.setExtraMessage(stored + " stored, " + duplicates + " dup, " + errors + " err");
      return;
    }
    long now = System.nanoTime();
    if (now - lastLine >= intervalNanos) {
      lastLine = now;
      double secs = (now - start) / 1e9;
      log.printf("dyad ingest: %d stored (%.2f articles/s), %d duplicates, %d errors, %d read%n", stored,
          stored / secs, duplicates, errors, done);
      log.flush();
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
