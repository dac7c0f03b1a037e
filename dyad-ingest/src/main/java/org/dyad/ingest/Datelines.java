package org.dyad.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an article's publication date in its own text when the input gave none: a wire-style
 * dateline ({@code TOKYO, June 12, 2025 — ...}, {@code GENEVA (Reuters), 12 June 2025 - ...}) or a
 * line that is a date under the headline ({@code June 12, 2025}, {@code Published: Thursday 12 June
 * 2025 09:30 BST}, {@code 2025-06-12}). Only the first {@value #LINES} non-blank lines are looked at:
 * a date further down is something the article speaks of, not when it was written. A date that does
 * not exist (June 31) is no date. Dates are read by {@link Dates}. Stateless and thread-safe.
 */
public final class Datelines {
  static final int LINES = 4;
  private static final int MAX_LINE = 160;
  /**
   * A place in capitals or title case, perhaps with its region or country, an optional agency in
   * brackets, a comma, then the date and a dash.
   */
  private static final Pattern DATELINE = Pattern.compile("^\\p{Lu}[\\p{L}.'’ -]{1,40}"
      + "(?:,\\s*\\p{Lu}[\\p{L}.'’ -]{1,30})?(?:\\s*\\([^)]{1,40}\\))?"
      + ",\\s+(" + Dates.WRITTEN + ")\\s*(?:[—–-]|--)", Pattern.CASE_INSENSITIVE);
  /** A line that is a date, after an optional label, before an optional time of day. */
  private static final Pattern DATE_LINE = Pattern.compile("^(?:(?:published|posted|updated|date|dated)\\b"
      + "[\\s:]*(?:on\\s+)?)?(.{6,40}?)(?:[\\s,|]+(?:at\\s+)?\\d{1,2}[:.]\\d{2}.*)?$", Pattern.CASE_INSENSITIVE);

  private Datelines() {
  }

  /**
   * The publication date the top of a text gives.
   *
   * @param text an article's text
   * @return the date, or {@code null} when the first lines hold none
   */
  public static LocalDate find(String text) {
    if (text == null) {
      return null;
    }
    int seen = 0;
    for (String raw : text.split("\\R", LINES * 4)) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      LocalDate date = inLine(line.length() > MAX_LINE ? line.substring(0, MAX_LINE) : line);
      if (date != null || ++seen >= LINES) {
        return date;
      }
    }
    return null;
  }

  private static LocalDate inLine(String line) {
    Matcher m = DATELINE.matcher(line);
    if (m.find()) {
      try {
        return Dates.written(m, 1);
      } catch (DateTimeException | NumberFormatException e) {
        return null;
      }
    }
    m = DATE_LINE.matcher(line);
    if (m.matches()) {
      String candidate = m.group(1).strip();
      LocalDate date = Dates.parse(candidate);
      // The whole candidate must be the date: "2025 budget talks" is no date line.
      return date != null && dateOnly(candidate) ? date : null;
    }
    return null;
  }

  private static boolean dateOnly(String s) {
    return s.matches("(?i)" + Dates.WRITTEN + "|\\d{4}[-/]\\d{1,2}[-/]\\d{1,2}");
  }
}
