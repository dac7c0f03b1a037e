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
 * ({@code Wed, 04 Jun 2025 09:30:00 GMT}); and dates written out in English ({@link #WRITTEN}:
 * {@code June 12, 2025}, {@code Thursday 12 June 2025}, {@code Jun. 12 2025}).
 *
 * <p>Gives the calendar date as written, without converting time zones: a story dated
 * 2025-06-04T01:00+03:00 was published on the 4th where it was written. Stateless and thread-safe.
 */
public final class Dates {
  private static final Pattern ISO = Pattern.compile("^(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?!\\d)");
  private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:$|[T\\s])");

  private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
      + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final String WEEKDAY = "(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday"
      + "|urday)?\\.?,?\\s+)?";
  /**
   * A date written out in English, month first or day first, with an optional weekday before it:
   * the form of datelines and of the date lines under headlines. One expression for both, so the
   * dateline finder ({@link Datelines}) and {@link #parse} agree on what a date is.
   */
  static final String WRITTEN = WEEKDAY + "(?:" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})"
      + "|(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4}))";
  private static final Pattern WRITTEN_ONLY = Pattern.compile("^" + WRITTEN + "(?!\\d)",
      Pattern.CASE_INSENSITIVE);
  private static final java.util.List<String> MONTHS = java.util.List.of("jan", "feb", "mar", "apr", "may",
      "jun", "jul", "aug", "sep", "oct", "nov", "dec");

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
      m = WRITTEN_ONLY.matcher(s);
      if (m.find()) {
        return written(m, 0);
      }
      return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  /**
   * The date of a match of {@link #WRITTEN} whose groups start after {@code offset} other groups.
   *
   * @throws DateTimeException for a day the month does not have
   */
  static LocalDate written(Matcher m, int offset) {
    boolean monthFirst = m.group(offset + 1) != null;
    String month = m.group(offset + (monthFirst ? 1 : 5));
    int day = Integer.parseInt(m.group(offset + (monthFirst ? 2 : 4)));
    int year = Integer.parseInt(m.group(offset + (monthFirst ? 3 : 6)));
    int number = MONTHS.indexOf(month.substring(0, 3).toLowerCase(java.util.Locale.ROOT)) + 1;
    return LocalDate.of(year, number, day);
  }

  private static LocalDate of(Matcher m) {
    return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
        Integer.parseInt(m.group(3)));
  }
}
