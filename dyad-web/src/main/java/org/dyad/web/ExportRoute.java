package org.dyad.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.dyad.store.export.EventExporter;
import org.dyad.store.export.ExportFormat;
import org.dyad.store.query.EventFilter;
import org.dyad.store.query.EventQueries;

/**
 * {@code GET /api/export?format=...&<event filters>}: the filter's events as a file to download,
 * written by the store's {@link EventExporter} (the one home of each format, as {@code dyad export}
 * writes it) into a temporary file that is gone once sent.
 *
 * <p>Bounded: at most {@link #MAX_EVENTS} events per download (more is a 400 that says to narrow the
 * filter or use {@code dyad export}) and {@link #CONCURRENT} downloads at a time (another waits up to
 * 30 s, then gets a 503).
 */
final class ExportRoute {
  /** The most events one download holds: about 100 MB of CSV. */
  static final long MAX_EVENTS = 200_000;
  /** Downloads written at once: each is a full pass over the matching events and a temporary file. */
  static final int CONCURRENT = 2;

  private final EventExporter exporter;
  private final EventQueries events;
  private final Semaphore slots = new Semaphore(CONCURRENT);

  ExportRoute(EventExporter exporter, EventQueries events) {
    this.exporter = exporter;
    this.events = events;
  }

  void handle(Context ctx) throws IOException, InterruptedException {
    ExportFormat format = format(ctx.queryParam("format"));
    EventFilter filter = EventFilter.parse(ctx::queryParam);
    long n = events.page(filter, null, true, 1, 1).total();
    if (n > MAX_EVENTS) {
      throw new IllegalArgumentException("export: " + n + " events match, more than the " + MAX_EVENTS
          + " a download holds; narrow the filter, or run 'dyad export' on the store");
    }
    if (!slots.tryAcquire(30, TimeUnit.SECONDS)) {
      ctx.status(HttpStatus.SERVICE_UNAVAILABLE).json(Map.of("error", "export: " + CONCURRENT
          + " downloads are being written; try again in a moment"));
      return;
    }
    Path tmp = Files.createTempFile("dyad-download-", "." + extension(format));
    try {
      exporter.export(filter, format, tmp);
      InputStream in = Files.newInputStream(tmp);
      // Unlinked while open: the bytes stay readable until Javalin closes the stream after sending.
      if (!tmp.toFile().delete()) {
        tmp.toFile().deleteOnExit(); // a system that keeps open files from being deleted
      }
      ctx.header("Content-Disposition", "attachment; filename=\"dyad-events." + extension(format) + "\"")
          .contentType(contentType(format)).result(in);
    } catch (RuntimeException | IOException e) {
      Files.deleteIfExists(tmp);
      throw e;
    } finally {
      slots.release();
    }
  }

  static ExportFormat format(String v) {
    String names = String.join(", ", Arrays.stream(ExportFormat.values())
        .map(f -> f.name().toLowerCase(Locale.ROOT)).toList());
    if (v == null || v.isBlank()) {
      throw new IllegalArgumentException("format: missing; one of " + names);
    }
    try {
      return ExportFormat.valueOf(v.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("format: '" + v + "' is not one of " + names);
    }
  }

  static String extension(ExportFormat f) {
    return switch (f) {
      case CSV -> "csv";
      case JSONL -> "jsonl";
      case PARQUET -> "parquet";
      case GDELT -> "gdelt.tsv"; // GDELT's own files say .CSV but hold tabs
    };
  }

  private static String contentType(ExportFormat f) {
    return switch (f) {
      case CSV -> "text/csv; charset=utf-8";
      case JSONL -> "application/x-ndjson; charset=utf-8";
      case PARQUET -> "application/vnd.apache.parquet";
      case GDELT -> "text/tab-separated-values; charset=utf-8";
    };
  }
}
