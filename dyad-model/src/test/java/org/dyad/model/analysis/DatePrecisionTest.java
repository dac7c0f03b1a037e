package org.dyad.model.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Each ISO date form Dyad writes keeps its precision; its first day is computed by hand here. */
class DatePrecisionTest {
  @Test
  void eachFormHasItsPrecisionAndFirstDay() {
    check("2025-06-04", DatePrecision.DAY, LocalDate.of(2025, 6, 4));
    check("2025-06-04T09:30", DatePrecision.DAY, LocalDate.of(2025, 6, 4));
    // ISO week 23 of 2025 runs Monday 2 June to Sunday 8 June; its weekend starts Saturday 7 June.
    check("2025-W23", DatePrecision.WEEK, LocalDate.of(2025, 6, 2));
    check("2025-W23-WE", DatePrecision.WEEK, LocalDate.of(2025, 6, 7));
    // Week 1 of 2026 starts Monday 29 December 2025 (the week holding the year's first Thursday).
    check("2026-W01", DatePrecision.WEEK, LocalDate.of(2025, 12, 29));
    check("2025-03", DatePrecision.MONTH, LocalDate.of(2025, 3, 1));
    check("2025-Q3", DatePrecision.QUARTER, LocalDate.of(2025, 7, 1));
    check("2023-SP", DatePrecision.SEASON, LocalDate.of(2023, 3, 1));
    check("2023-WI", DatePrecision.SEASON, LocalDate.of(2023, 12, 1));
    check("2024-H2", DatePrecision.HALF, LocalDate.of(2024, 7, 1));
    check("2022", DatePrecision.YEAR, LocalDate.of(2022, 1, 1));
    check("2022-01-24/2024-12-31", DatePrecision.RANGE, LocalDate.of(2022, 1, 24));
    assertEquals("year", DatePrecision.YEAR.label());
  }

  private static void check(String iso, DatePrecision precision, LocalDate first) {
    assertEquals(precision, DatePrecision.of(iso), iso);
    assertEquals(first, DatePrecision.firstDay(iso), iso);
  }

  @Test
  void valuesThatNameNoPeriodHaveNone() {
    for (String bad : new String[] {null, "", "20x5", "2025-13", "2025-02-30", "2025-W54", "2025-Q5", "June 2025",
        "2025-06-04 and more"}) {
      assertNull(DatePrecision.of(bad), bad);
      assertNull(DatePrecision.firstDay(bad), bad);
    }
  }

  @Test
  void aTimelineDrawsAPeriodOnlyInBucketsAtLeastAsCoarse() {
    assertTrue(DatePrecision.DAY.fits("day"));
    assertFalse(DatePrecision.WEEK.fits("day"));
    assertTrue(DatePrecision.WEEK.fits("week"));
    assertFalse(DatePrecision.MONTH.fits("week"));
    assertTrue(DatePrecision.MONTH.fits("month"));
    for (DatePrecision coarse : new DatePrecision[] {DatePrecision.QUARTER, DatePrecision.SEASON, DatePrecision.HALF,
        DatePrecision.YEAR, DatePrecision.RANGE}) {
      assertFalse(coarse.fits("month"), coarse.label());
    }
  }
}
