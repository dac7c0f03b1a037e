package org.dyad.app.live;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.dyad.pipeline.ingest.IngestReport;
import org.dyad.ingest.WatchState;
import org.dyad.model.article.IngestItem;
import org.dyad.model.article.Skipped;

/**
 * {@code dyad serve --watch}: polls sources on an interval and ingests what is new through
 * {@link LiveIngest} while the server answers.
 *
 * <p>A source is a folder (its new and changed article files; write a file under a hidden name and
 * rename it, so a half-written file is never read), a feed or page URL (fetched with a conditional
 * GET: an unchanged feed costs one 304), a local file, or a URL list: a file ending in {@code .urls}
 * holding one URL per line ({@code #} starts a comment), read again at every poll. Requests to one
 * host are spaced by the source's {@link org.dyad.ingest.IngestConfig#hostInterval()}. A source that
 * fails (its URL or file unreachable, or the ingest failing) is logged with the reason and retried
 * after twice the interval, then four times, up to {@value #MAX_BACKOFF} times; nothing a source does
 * stops the watch or the server. Takes the sources, the interval, the date for articles without one
 * (or {@code null}) and where its lines go.
 */
public final class SourceWatcher implements AutoCloseable {
  /** The most a failing source's interval is multiplied by. */
  static final int MAX_BACKOFF = 16;

  private final LiveIngest ingest;
  private final List<Watched> sources = new ArrayList<>();
  private final Duration interval;
  private final LocalDate date;
  private final PrintWriter err;
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "dyad-watch");
    t.setDaemon(true);
    return t;
  });

  /** One watched source and how it has been doing. */
  private static final class Watched {
    final String input;
    final WatchState state = new WatchState();
    int failures;
    long nextPollNanos;

    Watched(String input) {
      this.input = input;
    }
  }

  /** Watches the sources; nothing is polled before {@link #start()}. */
  public SourceWatcher(LiveIngest ingest, List<String> inputs, Duration interval, LocalDate date,
                       PrintWriter err) {
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("the poll interval must be positive, was " + interval);
    }
    this.ingest = ingest;
    inputs.forEach(i -> sources.add(new Watched(i)));
    this.interval = interval;
    this.date = date;
    this.err = err;
  }

  /** Polls every source now, then every interval (a failing one less often). */
  public void start() {
    long tick = Math.max(50, interval.toMillis() / 4);
    timer.scheduleWithFixedDelay(this::pollDue, 0, Math.min(tick, 5_000), TimeUnit.MILLISECONDS);
  }

  private void pollDue() {
    for (Watched w : sources) {
      if (System.nanoTime() - w.nextPollNanos >= 0) {
        poll(w);
      }
    }
  }

  /** Polls one source; never throws, so the timer keeps running. */
  private void poll(Watched w) {
    String failure;
    try {
      List<String> problems = new ArrayList<>();
      IngestReport r = ingest.ingest(sink -> read(w, failuresOf(w.input, problems, sink)), date);
      failure = problems.isEmpty() ? null : String.join("; ", problems);
      if (r.stored() > 0 || r.errors() > 0) {
        err.printf("dyad watch: %s: %d new article%s, %d new event%s, %d error%s%n", w.input, r.stored(),
            r.stored() == 1 ? "" : "s", r.newEvents(), r.newEvents() == 1 ? "" : "s", r.errors(),
            r.errors() == 1 ? "" : "s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    } catch (IOException | RuntimeException e) {
      failure = String.valueOf(e.getMessage());
    }
    w.failures = failure == null ? 0 : w.failures + 1;
    long factor = Math.min(MAX_BACKOFF, 1L << Math.min(w.failures, 30));
    Duration wait = interval.multipliedBy(factor);
    w.nextPollNanos = System.nanoTime() + wait.toNanos();
    if (failure != null) {
      err.printf(Locale.ROOT, "dyad watch: %s failed (%s); next try in %.1f s%n", w.input, failure,
          wait.toMillis() / 1000.0);
    }
    err.flush();
  }

  /** Reads a source, or each URL of a URL list. */
  private void read(Watched w, Consumer<IngestItem> sink) throws IOException {
    if (w.input.toLowerCase(Locale.ROOT).endsWith(".urls") && !w.input.contains("://")) {
      for (String line : Files.readAllLines(Path.of(w.input))) {
        String url = line.strip();
        if (!url.isEmpty() && !url.startsWith("#")) {
          ingest.source().poll(url, w.state, sink);
        }
      }
    } else {
      ingest.source().poll(w.input, w.state, sink);
    }
  }

  /**
   * Passes every document on, noting the ones that say the source itself failed: a skipped document
   * named by the input (a URL that cannot be fetched, a file that is gone), not one bad article in it.
   */
  private static Consumer<IngestItem> failuresOf(String input, List<String> problems, Consumer<IngestItem> sink) {
    return item -> {
      if (item instanceof Skipped s && s.source().equals(input)) {
        problems.add(s.reason());
      }
      sink.accept(item);
    };
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
