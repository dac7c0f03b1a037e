package org.dyad.pipeline.ingest;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.Locale;

/**
 * Shows an ingest's progress on standard error: on a terminal one line redrawn in place, else a plain
 * log line at most every few seconds (for logs and pipes, with no control characters at all).
 *
 * <p>The line has a fixed width: counts are padded with leading zeros to the digits of the expected
 * total, the rate always has two decimals, and a shorter line is padded with spaces over the longer
 * one it replaces, so nothing of an earlier line is left behind. The rate counts from this object's
 * creation, which the ingester puts after the models have loaded. On a terminal the only control
 * character is a carriage return; lines written through {@link #messages()} first blank the bar, so
 * a warning never runs into it.
 */
final class IngestProgress implements AutoCloseable {
  /** Bar cells: with four-digit counts the whole line stays under 80 columns, so it never wraps. */
  private static final int BAR = 8;

  private final long expected;
  private final boolean terminal;
  private final PrintWriter log;
  private final long intervalNanos;
  private final long start = System.nanoTime();
  private final int digits;
  private long lastLine = start;
  /** Characters of the bar now on screen (0: none drawn, or a message came since). */
  private int drawn;
  private boolean atLineStart = true;
  private String last;

  /**
   * @param expected documents expected (a guess: counts may pass it), or -1 when unknown
   * @param terminal whether standard error is a terminal, to redraw one line in place
   * @param log      where the lines go
   * @param seconds  the least time between plain lines
   */
  IngestProgress(long expected, boolean terminal, PrintWriter log, double seconds) {
    this.expected = expected;
    this.terminal = terminal;
    this.log = log;
    this.intervalNanos = (long) (seconds * 1e9);
    this.digits = Math.max(4, Long.toString(Math.max(expected, 0)).length());
  }

  /** Where other messages of the run go: on a terminal they blank the bar first. */
  PrintWriter messages() {
    return terminal ? new PrintWriter(new BarClearingWriter(), true) : log;
  }

  /** After each document. */
  synchronized void update(long done, long stored, long duplicates, long errors) {
    long now = System.nanoTime();
    double secs = (now - start) / 1e9;
    if (terminal) {
      last = barLine(done, stored, duplicates, errors, secs);
      if (atLineStart) {
        draw(last);
      }
      return;
    }
    if (now - lastLine >= intervalNanos) {
      lastLine = now;
      log.println(logLine(done, stored, duplicates, errors, secs));
      log.flush();
    }
  }

  private void draw(String line) {
    int pad = Math.max(0, drawn - line.length());
    log.print('\r' + line + " ".repeat(pad));
    log.flush();
    drawn = line.length() + pad;
  }

  /** The terminal's line: counts, share, bar, rate and time left. */
  String barLine(long done, long stored, long duplicates, long errors, double secs) {
    StringBuilder b = new StringBuilder(pad(done));
    if (expected > 0) {
      double share = Math.min(1, done / (double) expected);
      int full = (int) Math.round(share * BAR);
      b.append('/').append(pad(expected)).append(String.format(Locale.ROOT, " %3d%% [", Math.round(share * 100)))
          .append("#".repeat(full)).append(".".repeat(BAR - full)).append(']');
    }
    b.append(' ').append(pad(stored)).append(" stored ").append(pad(duplicates)).append(" dup ")
        .append(pad(errors)).append(" err ").append(String.format(Locale.ROOT, "%5.2f art/s",
            secs > 0 ? stored / secs : 0.0));
    if (expected > 0 && done > 0 && done < expected) {
      b.append(" ETA ").append(clock(secs / done * (expected - done)));
    } else {
      b.append(" in  ").append(clock(secs));
    }
    return b.toString();
  }

  /** A line for a log: the same counts, no bar. */
  String logLine(long done, long stored, long duplicates, long errors, double secs) {
    return "dyad ingest: " + pad(done) + (expected > 0 ? "/" + pad(expected) : "") + " read, " + pad(stored)
        + " stored, " + pad(duplicates) + " duplicates, " + pad(errors) + " errors, " + rate(stored, secs);
  }

  private String pad(long n) {
    return String.format(Locale.ROOT, "%0" + digits + "d", n);
  }

  private static String rate(long n, double secs) {
    return String.format(Locale.ROOT, "%7.2f articles/s", secs > 0 ? n / secs : 0.0);
  }

  /** h:mm:ss. */
  static String clock(double seconds) {
    long s = Math.max(0, Math.round(seconds));
    return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
  }

  @Override
  public synchronized void close() {
    if (terminal && drawn > 0) {
      log.println();
      log.flush();
      drawn = 0;
    }
  }

  /** Blanks the bar before a message, and lets it be drawn again after the message's line ends. */
  private final class BarClearingWriter extends Writer {
    @Override
    public void write(char[] cbuf, int off, int len) {
      if (len == 0) {
        return;
      }
      synchronized (IngestProgress.this) {
        if (drawn > 0) {
          log.print('\r' + " ".repeat(drawn) + '\r');
          drawn = 0;
        }
        log.write(cbuf, off, len);
        atLineStart = cbuf[off + len - 1] == '\n';
      }
    }

    @Override
    public void flush() {
      synchronized (IngestProgress.this) {
        log.flush();
        if (atLineStart && last != null && drawn == 0) {
          draw(last);
        }
      }
    }

    @Override
    public void close() {
      flush();
    }
  }
}
