package org.dyad.pipeline.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dyad.ingest.FormatSniffer;

/**
 * How many documents some inputs hold, for a progress bar's ETA: JSON Lines count their non-blank
 * lines, pages and texts count one, folders their files, each format known by its name as the reader
 * knows it ({@link FormatSniffer}, {@code InputFormat}). Unknown (-1) when any input is a URL, a
 * feed or a crawl, whose size shows only while reading.
 */
final class InputEstimate {
  private InputEstimate() {}

  /** The documents in the inputs plus {@code extra}; -1 when either is unknown. */
  static long count(List<String> inputs, long extra) {
    if (extra < 0) {
      return -1;
    }
    long total = extra;
    for (String input : inputs) {
      long n = one(input);
      if (n < 0) {
        return -1;
      }
      total += n;
    }
    return total;
  }

  /** Non-blank lines of a JSON Lines resource on the class path (the built-in example), -1 if absent. */
  static long resourceLines(String resource) {
    java.io.InputStream in = InputEstimate.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      return -1;
    }
    try (BufferedReader r = new BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8))) {
      return r.lines().filter(l -> !l.isBlank()).count();
    } catch (IOException | java.io.UncheckedIOException e) {
      return -1;
    }
  }

  private static long one(String input) {
    if (input.contains("://") || input.equals("-")) {
      return -1;
    }
    Path p;
    try {
      p = Path.of(input);
    } catch (java.nio.file.InvalidPathException e) {
      return 1; // reading reports it
    }
    if (Files.isDirectory(p)) {
      long total = 0;
      try (Stream<Path> files = Files.walk(p)) {
        for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
          long n = file(f);
          if (n < 0) {
            return -1;
          }
          total += n;
        }
      } catch (IOException | java.io.UncheckedIOException e) {
        return -1;
      }
      return total;
    }
    return Files.isRegularFile(p) ? Math.max(file(p), -1) : 1;
  }

  /**
   * What one file holds by its name, as the reader will take it ({@link FormatSniffer}): JSON Lines
   * their lines, pages and texts one, crawls and feeds (and {@code .xml} files, which may be feeds)
   * an unknown number, other files none (a folder's reading passes them over).
   */
  private static long file(Path f) {
    String name = f.getFileName().toString();
    if (name.startsWith(".")) {
      return 0;
    }
    if (!FormatSniffer.isArticleFileName(name)) {
      return FormatSniffer.mayHoldFeed(name) ? -1 : 0;
    }
    return switch (FormatSniffer.fromName(name)) {
      case JSONL -> lines(f);
      case AUTO, TEXT, HTML -> 1;
      case WARC, FEED -> -1;
    };
  }

  private static long lines(Path f) {
    try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
      return r.lines().filter(l -> !l.isBlank()).count();
    } catch (IOException | java.io.UncheckedIOException e) {
      return -1;
    }
  }
}
