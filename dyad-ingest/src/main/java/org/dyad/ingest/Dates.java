package org.dyad.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads publication dates as sources write them: ISO dates and date-times ({@code 2025-06-04},
 * {@code 2025-06-04T09:30:00+03:00}), {@code 2025/06/04}, compact {@code 20250604} and RFC 1123
 * ({@code Wed, 04 Jun 2025 09:30:00 GMT}).
 *
 * <p>Gives the calendar date as written, without converting time zones: a story dated
 * 2025-06-04T01:00+03:00 was published on the 4th where it was written. Stateless and thread-safe.
 */
public final class Dates {
  private static final Pattern ISO = Pattern.compile("^(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?!\\d)");
  private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:$|[T\\s])");

  private Dates() {
  }

  /**
   * Parses a date.
   *
   * @param value a date as found in metadata, or {@code null}
   * @return the date, or {@code null} when absent or not understood (never throws)
   */
  public static LocalDate parse(String value) {
    if (value == null) {
      return null;
    }
    String s = value.strip();
    try {
      Matcher m = ISO.matcher(s);
      if (m.find()) {
        return of(m);
      }
      m = COMPACT.matcher(s);
      if (m.find()) {
        return of(m);
      }
      return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static LocalDate of(Matcher m) {
    return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
        Integer.parseInt(m.group(3)));
  }
}
