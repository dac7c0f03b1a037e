package org.dyad.model.analysis;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How precisely an ISO date value, as Dyad's dates carry them ({@link DateMention#value()},
 * {@link Event#date()}), places something on the calendar: {@code 2025-06-04} a day,
 * {@code 2025-W23} a week, {@code 2025-06} a month, {@code 2025-Q2} a quarter, {@code 2025-SU} a
 * season, {@code 2025-H1} a half year, {@code 2025} a year, {@code 2022-01-24/2024-12-31} a range. A
 * year stays a year: nothing here turns {@code 2022} into a day, except {@link #firstDay}, for the
 * places that need one day (GDELT's SQLDATE, sorting, the from/to filters), which then keep the
 * precision beside it. Seasons are the meteorological ones of the northern hemisphere (spring from
 * 1 March, summer from 1 June, autumn from 1 September, winter from 1 December).
 */
public enum DatePrecision {
  DAY, WEEK, MONTH, QUARTER, SEASON, HALF, YEAR, RANGE;

  private static final Pattern POINT = Pattern.compile(
      "(\\d{4})(?:-(?:(\\d{2})(?:-(\\d{2})(?:T[\\d:.]+)?)?|W(\\d{2})(-WE)?|Q([1-4])|H([12])|(SP|SU|FA|WI)))?");

  /** The lower-case name stored and exported ({@code day}, {@code month}, {@code year} ...). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The precision of an ISO date value, or {@code null} for none or one Dyad does not write. */
  public static DatePrecision of(String iso) {
    if (iso == null) {
      return null;
    }
    int slash = iso.indexOf('/');
    if (slash > 0) {
      return firstDay(iso) == null ? null : RANGE;
    }
    Matcher m = POINT.matcher(iso);
    if (!m.matches() || firstDay(iso) == null) {
      return null;
    }
    if (m.group(3) != null) {
      return DAY;
    }
    if (m.group(2) != null) {
      return MONTH;
    }
    if (m.group(4) != null) {
      return WEEK;
    }
    if (m.group(6) != null) {
      return QUARTER;
    }
    if (m.group(7) != null) {
      return HALF;
    }
    return m.group(8) != null ? SEASON : YEAR;
  }

  /**
   * The first day of the period (of a range: of its start), or {@code null} for none or a value that
   * names no real period ({@code 2025-13}, {@code 2025-02-30}).
   */
  public static LocalDate firstDay(String iso) {
    if (iso == null) {
      return null;
    }
    int slash = iso.indexOf('/');
    String start = slash > 0 ? iso.substring(0, slash) : iso;
    Matcher m = POINT.matcher(start);
    if (!m.matches()) {
      return null;
    }
    try {
      int year = Integer.parseInt(m.group(1));
      if (m.group(2) != null) {
        return LocalDate.of(year, Integer.parseInt(m.group(2)), m.group(3) == null ? 1 : Integer.parseInt(m.group(3)));
      }
      if (m.group(4) != null) {
        LocalDate monday = LocalDate.of(year, 6, 1).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(4)))
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return m.group(5) == null ? monday : monday.plusDays(5);
      }
      if (m.group(6) != null) {
        return LocalDate.of(year, 3 * Integer.parseInt(m.group(6)) - 2, 1);
      }
      if (m.group(7) != null) {
        return LocalDate.of(year, m.group(7).equals("1") ? 1 : 7, 1);
      }
      if (m.group(8) != null) {
        int month = switch (m.group(8)) {
          case "SP" -> 3;
          case "SU" -> 6;
          case "FA" -> 9;
          default -> 12;
        };
        return LocalDate.of(year, month, 1);
      }
      return LocalDate.of(year, 1, 1);
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  /**
   * Whether a period of this precision lies within one bucket of a timeline ({@code day},
   * {@code week}, {@code month}): a day in any, a week in a week or a month (the month of its
   * Monday), a month in a month. Coarser periods are not drawn as if they were a bucket's.
   */
  public boolean fits(String bucket) {
    return switch (bucket) {
      case "day" -> this == DAY;
      case "week" -> this == DAY || this == WEEK;
      case "month" -> this == DAY || this == WEEK || this == MONTH;
      default -> false;
    };
  }
}
