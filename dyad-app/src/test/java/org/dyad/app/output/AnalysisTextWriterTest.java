package org.dyad.app.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.analysis.Basis;
import org.dyad.model.analysis.Actor;
import org.dyad.model.analysis.DocumentAnalysis;
import org.dyad.model.analysis.Event;
import org.dyad.model.analysis.Modality;
import org.dyad.model.analysis.Quote;
import org.dyad.model.analysis.Span;
import org.junit.jupiter.api.Test;

/** The text summary shows each event's sentence and rule, writes no "null", and counts in words. */
class AnalysisTextWriterTest {
  private static final LocalDate DAY = LocalDate.of(2025, 6, 4);

  /** An event missing what an analysis may lack: a target, a date, a PLOVER type, a trigger. */
  private static DocumentAnalysis sparse() {
    Actor russia = new Actor("a1", "Russia", "COUNTRY", "RUS", "RUS", List.of(), null, "country names",
        List.of(new Span(0, 6)));
    Actor nameless = new Actor("a2", null, "PERSON", null, null, List.of(), null, null,
        List.of(new Span(10, 12), new Span(20, 22)));
    Event e = Event.builder().id("e1").sentence("Russia warned on Tuesday.").span(new Span(0, 25)).source("a1")
        .sourceCode("RUS").sourceText("Russia").cameo("010").quadClass(1).modality(Modality.ASSERTED)
        .rule("cameo/event-patterns.tsv:17").confidence(0.5).sourceBasis(Basis.TEXT).build();
    return new DocumentAnalysis("doc", null, null, null, "en", DocumentAnalysis.OK, null, DAY, null,
        List.of(russia, nameless), List.of(), List.of(new Quote("We will answer.", new Span(30, 45), null, null,
        "said")), List.of(e), null);
  }

  @Test
  void eachEventShowsItsSentenceAndRule() {
    String out = new AnalysisTextWriter().write(sparse());
    assertTrue(out.contains("      sentence: Russia warned on Tuesday.\n"), out);
    assertTrue(out.contains("      rule: cameo/event-patterns.tsv:17\n"), out);
  }

  @Test
  void missingValuesAreDashesNeverNull() {
    String out = new AnalysisTextWriter().write(sparse());
    assertFalse(out.contains("null"), out);
    assertTrue(out.contains("  - RUS -> -  010 asserted\n"), out);
  }

  @Test
  void countsAgreeWithTheirNouns() {
    String out = new AnalysisTextWriter().write(sparse());
    assertTrue(out.contains(" 1 mention\n") || out.contains(" 1 mention;"), out);
    assertTrue(out.contains(" 2 mentions"), out);
    assertFalse(out.contains(" 1 mentions"), out);
    assertEquals("1 event", Counted.of(1, "event"));
    assertEquals("0 events", Counted.of(0, "event"));
    assertEquals("2 entries", Counted.of(2, "entry", "entries"));
  }
}
