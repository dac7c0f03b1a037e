package org.dyad.coder.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.analysis.Event;
import org.dyad.model.analysis.Modality;
import org.junit.jupiter.api.Test;

/**
 * Which mentions of an article are one event: an arrest told three times (once dated by the text)
 * is one event whose mentions all take that date; a different date from the text, another target, a
 * negated mention or a mention with no target are other events.
 */
class RepeatedEventsTest {
  @Test
  void anActToldAgainLinksToItsFirstMentionAndSharesTheDateTheTextGave() {
    List<Event> out = RepeatedEvents.link(numbered(
        event("a1", "a2", "173", "asserted", "2025-06-04", "published"),
        event("a1", "a2", "173", "reported", "2025-06-02", "text"),
        event("a1", "a2", "173", "asserted", "2025-06-04", "published")));
    assertEquals(List.of("e1 - 2025-06-02/context", "e2 e1 2025-06-02/text", "e3 e1 2025-06-02/context"),
        describe(out));
  }

  @Test
  void otherDatesTargetsClaimsOrNoTargetAreOtherEvents() {
    List<Event> out = RepeatedEvents.link(numbered(
        event("a1", "a2", "173", "asserted", "2025-06-02", "text"),
        event("a1", "a2", "173", "asserted", "2025-05-20", "text"),
        event("a1", "a3", "173", "asserted", "2025-06-02", "text"),
        event("a1", "a2", "173", "negated", "2025-06-02", "text"),
        event("a1", null, "173", "asserted", "2025-06-02", "text"),
        event("a1", null, "173", "asserted", "2025-06-02", "text"),
        event("a1", "a2", "190", "asserted", "2025-06-02", "text")));
    assertEquals(List.of("e1 - 2025-06-02/text", "e2 - 2025-05-20/text", "e3 - 2025-06-02/text",
        "e4 - 2025-06-02/text", "e5 - 2025-06-02/text", "e6 - 2025-06-02/text", "e7 - 2025-06-02/text"),
        describe(out));
  }

  private static Event event(String source, String target, String code, String modality, String date,
                             String basis) {
    return Event.builder().id("e?").source(source).target(target).sourceCode("SRC")
        .targetCode(target == null ? null : "TGT").cameo(code).modality(Modality.parse(modality)).date(date)
        .dateBasis(basis).build();
  }

  /** The events numbered e1, e2, ... as the coder numbers them. */
  private static List<Event> numbered(Event... events) {
    List<Event> out = new ArrayList<>();
    for (Event e : events) {
      out.add(e.relinked("e" + (out.size() + 1), e.date(), e.dateBasis(), null));
    }
    return out;
  }

  private static List<String> describe(List<Event> events) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      out.add("e" + (i + 1) + " " + (e.sameAs() == null ? "-" : e.sameAs()) + " " + e.date() + "/" + e.dateBasis());
    }
    return out;
  }
}
