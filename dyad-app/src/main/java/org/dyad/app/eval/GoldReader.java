package org.dyad.app.eval;

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
