package org.dyad.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads a gold set as a lazy stream of records, so a large file is never held in memory and
 * {@code --limit} stops reading early.
 *
 * <p>A bad record is handed to {@code problems} as one line, {@code file:line: reason} or
 * {@code file: record N: reason}, and skipped; the rest is read. Closing the stream closes the input.
 *
 * @param <T> the record type ({@link GoldDocument} or {@link PentaclassSentence})
 */
public interface GoldReader<T> {
  /**
   * Streams the records of {@code in}.
   *
   * @param name     the name used in messages (the file as given)
   * @param in       the input, closed with the stream
   * @param problems receives one message per bad record
   */
  Stream<T> read(String name, Reader in, Consumer<String> problems);

  /** Opens {@code file} as UTF-8 (a byte-order mark is skipped) and streams its records. */
  default Stream<T> read(Path file, Consumer<String> problems) throws IOException {
    return read(file.toString(), open(file), problems);
  }

  /** Notes for the report header about how the gold set was read (mappings applied), once read. */
  default List<String> notes() {
    return List.of();
  }

  /** Opens a file as UTF-8 text without its byte-order mark; undecodable bytes become U+FFFD. */
  static BufferedReader open(Path file) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
        StandardCharsets.UTF_8));
    r.mark(1);
    if (r.read() != '\uFEFF') {
      r.reset();
    }
    return r;
  }

  /** Parses one non-blank line; gives {@code null} to skip it quietly, throws when it is bad. */
  @FunctionalInterface
  interface LineParser<T> {
    T parse(String line, int number, String id) throws BadRecord;
  }

  /**
   * Streams the records of a line-per-record file: blank lines are skipped, a bad line is reported
   * to {@code problems} as {@code name:line: reason} and the rest is read; {@code id} given to the
   * parser is {@code shortName:line}.
   */
  static <T> Stream<T> perLine(String name, Reader in, Consumer<String> problems, LineParser<T> parser) {
    NumberedLines lines = new NumberedLines(name, in, problems);
    String shortName = DyadGoldReader.shortName(name);
    return stream(lines.reader(), () -> {
      for (String line = lines.next(); line != null; line = lines.next()) {
        if (line.isBlank()) {
          continue;
        }
        int number = lines.number();
        try {
          T record = parser.parse(line, number, shortName + ":" + number);
          if (record != null) {
            return record;
          }
        } catch (BadRecord e) {
          problems.accept(name + ":" + number + ": " + e.getMessage());
        }
      }
      return null;
    });
  }

  /**
   * Builds a stream from a function giving the next record or {@code null} at the end; closing the
   * stream closes {@code in}.
   */
  static <T> Stream<T> stream(Reader in, Supplier<T> next) {
    Spliterator<T> s = new Spliterators.AbstractSpliterator<T>(Long.MAX_VALUE,
        Spliterator.ORDERED | Spliterator.NONNULL) {
      @Override
      public boolean tryAdvance(Consumer<? super T> action) {
        T t = next.get();
        if (t == null) {
          return false;
        }
        action.accept(t);
        return true;
      }
    };
    return StreamSupport.stream(s, false).onClose(() -> {
      try {
        in.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
