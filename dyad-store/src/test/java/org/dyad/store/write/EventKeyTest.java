package org.dyad.store.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.dyad.model.analysis.Event;
import org.dyad.model.analysis.Modality;
import org.dyad.model.analysis.Span;
import org.junit.jupiter.api.Test;

class EventKeyTest {
  private static Event event(String source, String target, String cameo, String modality) {
    return Event.builder().id("e1").sourceCode(source).targetCode(target).cameo(cameo)
        .modality(Modality.parse(modality)).build();
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

  @Test
  void anArticlesKeysMergeKnownActorsLinkRepeatsAndKeepTheRestApart() {
    org.dyad.model.analysis.Actor rus = new org.dyad.model.analysis.Actor("a1", "Russia", "COUNTRY", "RUS", "RUS",
        java.util.List.of(), null, null, java.util.List.of(new Span(0, 6)));
    org.dyad.model.analysis.Actor ukr = new org.dyad.model.analysis.Actor("a2", "Ukraine", "COUNTRY", "UKR", "UKR",
        java.util.List.of(), null, null, java.util.List.of(new Span(7, 14)));
    Event known = Event.builder().id("e1").source("a1").target("a2").sourceCode("RUS").targetCode("UKR")
        .cameo("112").modality(Modality.ASSERTED).build();
    Event again = known.relinked("e2", "2025-06", "text", "e1");
    Event officials = Event.builder().id("e3").target("a2").targetCode("UKR").sourceText("officials")
        .cameo("112").modality(Modality.ASSERTED).build();
    org.dyad.model.analysis.DocumentAnalysis doc = new org.dyad.model.analysis.DocumentAnalysis("d", null, null,
        LocalDate.of(2025, 6, 4), "en", "ok", null, LocalDate.of(2025, 6, 4), "published",
        java.util.List.of(rus, ukr), java.util.List.of(), java.util.List.of(), java.util.List.of(known, again, officials),
        null);

    String[] keys = EventKey.keys(doc, 42);

    assertEquals("2025-06-04|RUS|UKR|112|asserted", keys[0]);
    assertEquals(keys[0], keys[1], "a mention linked to an earlier one keeps its key, though dated otherwise");
    assertEquals("2025-06-04||UKR|112|asserted|42#2", keys[2], "no known source: this article's event only");
    assertEquals(java.util.List.of(keys), java.util.List.of(RowRules.eventKeys(doc, 42)));
  }
}
