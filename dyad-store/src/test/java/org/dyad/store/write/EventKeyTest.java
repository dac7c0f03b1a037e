package org.dyad.store.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.dyad.model.analysis.Event;
import org.dyad.model.analysis.Span;
import org.junit.jupiter.api.Test;

class EventKeyTest {
  private static Event event(String source, String target, String cameo, String modality) {
    return new Event("e1", "s", new Span(0, 1), "t", null, null, source, target, null, null, cameo, null,
        null, 0, 1, modality, null, null, null, 1, null, null);
  }

  @Test
  void theKeyIsDateSourceTargetCodeAndModality() {
    assertEquals("2025-06-03|RUSGOV|UKR|112|asserted",
        EventKey.of(event("RUSGOV", "UKR", "112", "asserted"), "2025-06-03"));
    assertEquals("||UKR|112|asserted", EventKey.of(event(null, "UKR", "112", "asserted"), null));
    assertNotEquals(EventKey.of(event("RUSGOV", "UKR", "112", "asserted"), "2025-06-03"),
        EventKey.of(event("RUSGOV", "UKR", "112", "negated"), "2025-06-03"));
    assertNotEquals(EventKey.of(event("RUSGOV", "UKR", "112", "asserted"), "2025-06-03"),
        EventKey.of(event("UKR", "RUSGOV", "112", "asserted"), "2025-06-03"));
  }

  @Test
  void theFirstDayOfEachPrecision() {
    assertEquals(LocalDate.of(2025, 6, 4), EventKey.firstDay("2025-06-04"));
    assertEquals(LocalDate.of(2025, 6, 1), EventKey.firstDay("2025-06"));
    assertEquals(LocalDate.of(2024, 1, 1), EventKey.firstDay("2024"));
  }

  @Test
  void noDayForWeeksIntervalsAndNonsense() {
    assertNull(EventKey.firstDay(null));
    assertEquals(LocalDate.of(2025, 6, 2), EventKey.firstDay("2025-W23"), "the Monday of ISO week 23");
    assertEquals(LocalDate.of(2022, 1, 24), EventKey.firstDay("2022-01-24/2024-12-31"), "a range's start");
    assertNull(EventKey.firstDay("20x5"));
    assertNull(EventKey.firstDay("2025-13"));
    assertNull(EventKey.firstDay("2025-02-30"));
  }
}
