package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatesTest {
  private static final LocalDate JUNE_4 = LocalDate.of(2025, 6, 4);

  @Test
  void readsCommonForms() {
    assertEquals(JUNE_4, Dates.parse("2025-06-04"));
    assertEquals(JUNE_4, Dates.parse("2025-06-04T01:30:00+03:00"));
    assertEquals(JUNE_4, Dates.parse(" 2025-06-04 23:10:00 "));
    assertEquals(JUNE_4, Dates.parse("2025/6/4"));
    assertEquals(JUNE_4, Dates.parse("20250604"));
    assertEquals(JUNE_4, Dates.parse("Wed, 4 Jun 2025 09:30:00 GMT"));
  }

  @Test
  void rejectsNonsense() {
    assertNull(Dates.parse(null));
    assertNull(Dates.parse("yesterday"));
    assertNull(Dates.parse("2025-13-40"));
    assertNull(Dates.parse("123456789"));
  }
}
