package org.dyad.app.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.dyad.model.analysis.Basis;
import org.dyad.model.analysis.Actor;
import org.dyad.model.analysis.DocumentAnalysis;
import org.dyad.model.analysis.Event;
import org.dyad.model.analysis.Modality;
import org.dyad.model.analysis.Span;
import org.junit.jupiter.api.Test;

/** The text and PLOVER writers show which actors were filled from the article, not the sentence. */
class ActorBasisOutputTest {
  /** "Russia accused them of smuggling": "them" is Ukraine, taken from the sentence before. */
  private static DocumentAnalysis accusation() {
    String text = "Ukraine and Russia share a crossing. Russia accused them of smuggling.";
    Actor ukraine = new Actor("a1", "Ukraine", "COUNTRY", "UKR", "UKR", List.of(), null, "country names",
        List.of(new Span(0, 7)));
    Actor russia = new Actor("a2", "Russia", "COUNTRY", "RUS", "RUS", List.of(), null, "country names",
        List.of(new Span(12, 18), new Span(37, 43)));
    Event e = Event.builder().id("e1").sentence("Russia accused them of smuggling.").span(new Span(37, 70))
        .trigger("accused").source("a2").target("a1").sourceCode("RUS").targetCode("UKR").sourceText("Russia")
        .targetText("them").cameo("112").plover("ACCUSE").goldstein(-2.0).quadClass(3).modality(Modality.ASSERTED)
        .date("2025-06-04").dateBasis("published").rule("verbs/accuse.txt:3").confidence(0.6)
        .sourceBasis(Basis.TEXT).targetBasis(Basis.CONTEXT).build();
    LocalDate day = LocalDate.of(2025, 6, 4);
    return new DocumentAnalysis("doc", null, null, day, "en", DocumentAnalysis.OK, null, day, "published",
        List.of(ukraine, russia), List.of(), List.of(), List.of(e), text);
  }

  @Test
  void theTextSummaryMarksAContextActor() {
    String out = new AnalysisTextWriter().write(accusation());
    assertTrue(out.contains(" RUS -> UKR (context)  112 "), out);
  }

  @Test
  void aRepeatIsNoPloverRecordOfItsOwnButTheTextSaysWhichEventItRepeats() {
    DocumentAnalysis d = accusation();
    Event first = d.events().get(0);
    DocumentAnalysis twice = new DocumentAnalysis(d.id(), d.title(), d.url(), d.published(), d.language(),
        d.status(), d.reason(), d.reference(), d.referenceBasis(), d.actors(), d.dates(), d.quotes(),
        List.of(first, first.relinked("e2", first.date(), first.dateBasis(), "e1")), d.text());
    assertEquals(1, new PloverJsonWriter(iso -> null).write(twice).strip().split("\n").length);
    assertTrue(new AnalysisTextWriter().write(twice).contains("(again: same event as e1)"));
  }

  @Test
  void ploverActorsCarryTheirBasis() throws Exception {
    JsonNode line = new ObjectMapper().readTree(new PloverJsonWriter(iso -> null).write(accusation()));
    assertEquals("text", line.at("/source/0/basis").asText());
    assertEquals("context", line.at("/target/0/basis").asText());
    assertEquals("them", line.at("/target/0/actorText").asText());
  }
}
