package org.dyad.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Gold set layouts {@code dyad eval} reads, by their option names.
 *
 * <ul>
 *   <li>{@code dyad}: JSON lines, {@code {"id", "date"?, "text", "events": [...]}};</li>
 *   <li>{@code plover-gsr}: the PLOVER gold-standard JSON array, one event per record;</li>
 *   <li>{@code pentaclass}: TSV of sentence and label 0-4;</li>
 *   <li>{@code plv}: TSV with a header naming {@code marked_sentence} and {@code gold_root}
 *       ({@link PlvReader});</li>
 *   <li>{@code conflibert-ner}: one {@code token tag} per line, BIO source/target tags
 *       ({@link ConflibertNerReader});</li>
 *   <li>{@code locations}: where events took place, by corpus article and sentence offset
 *       ({@link LocationGold}); recognised by its first line {@code # Dyad location gold}</li>
 *   <li>{@code auto}: one of them, by file name, else by the first line.</li>
 * </ul>
 */
public enum GoldFormat {
  AUTO("auto"), DYAD("dyad"), PLOVER_GSR("plover-gsr"), PENTACLASS("pentaclass"), PLV("plv"),
  CONFLIBERT_NER("conflibert-ner"), LOCATIONS("locations");

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

  /** How a location gold file ({@link LocationGold}) starts. */
  static final String LOCATION_HEADER = "# Dyad location gold";

  /** A first line of a token-per-line BIO file: a token, blanks, a tag. */
  private static final Pattern TOKEN_TAG = Pattern.compile("\\S+\\s+(O|[BI]-[A-Z]+)");

  /**
   * Tells a file's format: {@code .jsonl} is dyad; {@code .tsv} plv when its first line names a
   * {@code marked_sentence} column, else pentaclass; {@code conflibert-cameo-ner*} conflibert-ner.
   * Otherwise (and for {@code .json}, which either could be) by the first non-blank line: {@code [}
   * plover-gsr, <code>{</code> dyad, a {@code marked_sentence} header plv, a tab pentaclass, a token and
   * a BIO tag conflibert-ner. Gives {@code null} when none fits.
   */
  public static GoldFormat detect(Path file) throws IOException {
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return DYAD;
    }
    if (name.startsWith("conflibert-cameo-ner")) {
      return CONFLIBERT_NER;
    }
    String first = firstLine(file);
    if (first != null && first.startsWith(LOCATION_HEADER)) {
      return LOCATIONS;
    }
    if (name.endsWith(".tsv")) {
      return first != null && isPlvHeader(first) ? PLV : PENTACLASS;
    }
    if (first == null) {
      return null;
    }
    String s = first.strip();
    if (s.startsWith("[")) {
      return PLOVER_GSR;
    }
    if (s.startsWith("{")) {
      return DYAD;
    }
    if (isPlvHeader(first)) {
      return PLV;
    }
    if (first.indexOf('\t') >= 0) {
      return PENTACLASS;
    }
    return TOKEN_TAG.matcher(s).matches() ? CONFLIBERT_NER : null;
  }

  private static boolean isPlvHeader(String line) {
    return Arrays.stream(line.split("\t")).anyMatch(c -> c.strip().equalsIgnoreCase(PlvReader.MARKED));
  }

  /** The first non-blank line, or {@code null} for an empty file. */
  private static String firstLine(Path file) throws IOException {
    try (BufferedReader r = GoldReader.open(file)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank()) {
          return line;
        }
      }
    }
    return null;
  }
}
