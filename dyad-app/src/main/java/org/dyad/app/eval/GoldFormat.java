package org.dyad.app.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Gold set layouts {@code dyad eval} reads, by their option names.
 *
 * <ul>
 *   <li>{@code dyad}: JSON lines, {@code {"id", "date"?, "text", "events": [...]}};</li>
 *   <li>{@code plover-gsr}: the PLOVER gold-standard JSON array, one event per record;</li>
 *   <li>{@code pentaclass}: TSV of sentence and label 0-4;</li>
 *   <li>{@code auto}: one of them, by file extension, else by the first character.</li>
 * </ul>
 */
public enum GoldFormat {
  AUTO("auto"), DYAD("dyad"), PLOVER_GSR("plover-gsr"), PENTACLASS("pentaclass");

  private final String option;

  GoldFormat(String option) {
    this.option = option;
  }

  /** The name used on the command line. */
  public String option() {
    return option;
  }

  @Override
  public String toString() {
    return option;
  }

  /** Gives the format named {@code name} (any case), or throws with the valid names. */
  public static GoldFormat parse(String name) {
    for (GoldFormat f : values()) {
      if (f.option.equalsIgnoreCase(name.strip())) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown gold format '" + name + "' (valid: "
        + String.join(", ", Arrays.stream(values()).map(GoldFormat::option).toList()) + ")");
  }

  /**
   * Tells a file's format: {@code .jsonl} is dyad, {@code .tsv} pentaclass; otherwise (and for
   * {@code .json}, which either could be) a file starting with {@code [} is plover-gsr, one starting
   * with <code>{</code> dyad, one whose first line has a tab pentaclass. Gives {@code null} when none fits.
   */
  public static GoldFormat detect(Path file) throws IOException {
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return DYAD;
    }
    if (name.endsWith(".tsv")) {
      return PENTACLASS;
    }
    try (BufferedReader r = GoldReader.open(file)) {
      String line;
      while ((line = r.readLine()) != null) {
        String s = line.strip();
        if (s.isEmpty()) {
          continue;
        }
        if (s.startsWith("[")) {
          return PLOVER_GSR;
        }
        if (s.startsWith("{")) {
          return DYAD;
        }
        return line.indexOf('\t') >= 0 ? PENTACLASS : null;
      }
    }
    return null;
  }
}
