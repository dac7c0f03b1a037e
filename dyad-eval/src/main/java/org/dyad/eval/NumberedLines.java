package org.dyad.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.function.Consumer;

/**
 * A gold file's lines with their numbers, for the readers that report problems as
 * {@code name:line: reason}. A read error is reported once, as {@code name:line: cannot read: ...},
 * and ends the lines. Not thread-safe.
 */
final class NumberedLines {
  private final String name;
  private final BufferedReader in;
  private final Consumer<String> problems;
  private int number;
  private boolean failed;

  NumberedLines(String name, Reader in, Consumer<String> problems) {
    this.name = name;
    this.in = in instanceof BufferedReader b ? b : new BufferedReader(in);
    this.problems = problems;
  }

  /** The next line, or {@code null} at the end or after a read error. */
  String next() {
    if (failed) {
      return null;
    }
    try {
      String line = in.readLine();
      if (line != null) {
        number++;
      }
      return line;
    } catch (IOException e) {
      failed = true;
      problems.accept(name + ":" + (number + 1) + ": cannot read: " + e.getMessage());
      return null;
    }
  }

  /** The number of the line {@link #next} gave last (1 for the first). */
  int number() {
    return number;
  }

  /** The reader, for closing. */
  Reader reader() {
    return in;
  }
}
