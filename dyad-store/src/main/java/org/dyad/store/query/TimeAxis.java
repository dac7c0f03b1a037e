package org.dyad.store.query;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes a timeline's axis continuous: the periods without events, which a GROUP BY leaves out, put
 * back as empty points, so that a chart's bars stand at their true distance in time.
 *
 * <p>Takes the points of the periods with events (first days, ascending), the bucket (day, week
 * starting Monday, month) and the filter's optional from and to; gives every period from the first
 * to the last, widened to from and to when the whole stays within the limit.
 */
final class TimeAxis {
  private TimeAxis() {}

  static List<ChartQueries.Point> continuous(List<ChartQueries.Point> points, String bucket, LocalDate from,
                                             LocalDate to, int maxPeriods) {
    if (points.isEmpty()) {
      return points;
    }
    Map<LocalDate, ChartQueries.Point> byStart = new HashMap<>();
    for (ChartQueries.Point p : points) {
      byStart.put(LocalDate.parse(p.period()), p);
    }
    LocalDate first = LocalDate.parse(points.get(0).period());
    LocalDate last = LocalDate.parse(points.get(points.size() - 1).period());
    long span = periods(first, last, bucket);
    if (span > maxPeriods) {
      throw new IllegalArgumentException("bucket: the events span " + span + " " + bucket + "s, more than the "
          + maxPeriods + " a timeline draws; use a longer bucket or a from/to range");
    }
    LocalDate wideFirst = from == null ? first : min(first, start(from, bucket));
    LocalDate wideLast = to == null ? last : max(last, start(to, bucket));
    if (periods(wideFirst, wideLast, bucket) <= maxPeriods) {
      first = wideFirst;
      last = wideLast;
    }
    List<ChartQueries.Point> out = new ArrayList<>();
    for (LocalDate d = first; !d.isAfter(last); d = next(d, bucket)) {
      ChartQueries.Point p = byStart.get(d);
      out.add(p != null ? p : new ChartQueries.Point(d.toString(), 0, 0, 0, 0, 0, null));
    }
    return out;
  }

  /** The first day of the period holding a day. */
  static LocalDate start(LocalDate day, String bucket) {
    return switch (bucket) {
      case "week" -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case "month" -> day.withDayOfMonth(1);
      default -> day;
    };
  }

  private static LocalDate next(LocalDate d, String bucket) {
    return switch (bucket) {
      case "week" -> d.plusWeeks(1);
      case "month" -> d.plusMonths(1);
      default -> d.plusDays(1);
    };
  }

  /** Periods from first to last, both counted. */
  private static long periods(LocalDate first, LocalDate last, String bucket) {
    ChronoUnit unit = switch (bucket) {
      case "week" -> ChronoUnit.WEEKS;
      case "month" -> ChronoUnit.MONTHS;
      default -> ChronoUnit.DAYS;
    };
    return unit.between(first, last) + 1;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
