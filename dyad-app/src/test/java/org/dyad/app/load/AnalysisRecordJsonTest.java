package org.dyad.app.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.analysis.Actor;
import org.dyad.model.analysis.DateMention;
import org.dyad.model.analysis.DocumentAnalysis;
import org.dyad.model.analysis.Event;
import org.dyad.model.analysis.Location;
import org.dyad.model.analysis.Modality;
import org.dyad.model.analysis.Quote;
import org.dyad.model.analysis.Span;
import org.junit.jupiter.api.Test;

class AnalysisRecordJsonTest {
  private static DocumentAnalysis sample() {
    Actor putin = new Actor("a1", "Vladimir Putin", "PERSON", "RUSGOV", "RUS", List.of("GOV"), "President",
        "office-holders.tsv:12", List.of(new Span(0, 5), new Span(40, 45)));
    Actor ukr = new Actor("a2", "Ukraine", "COUNTRY", "UKR", "UKR", List.of(), null, null, List.of(new Span(20, 27)));
    Location kyiv = new Location("Kyiv", 703448L, "UKR", "12", "Kyiv City", 50.45, 30.52, "PPLC", "sentence",
        new Span(50, 54));
    // Every component set: the round trip must carry each one.
    Event first = Event.builder().id("e1").sentence("Putin accused Ukraine.").span(new Span(0, 22))
        .trigger("accused").source("a1").target("a2").sourceCode("RUSGOV").targetCode("UKR").sourceText("Putin")
        .targetText("Ukraine").cameo("112").plover("ACCUSE").ploverMode("disapprove").goldstein(-2.0).quadClass(3)
        .modality(Modality.ASSERTED).date("2025-06-04").dateBasis("text").rule("cameo/event-patterns.tsv:9")
        .confidence(0.8).sourceBasis("text").targetBasis("context").location(kyiv).build();
    Event again = first.relinked("e2", "2025-06", "published", "e1");
    return new DocumentAnalysis("doc", "Title", null, LocalDate.of(2025, 6, 4), "en", DocumentAnalysis.OK, null,
        LocalDate.of(2025, 6, 4), "published", List.of(putin, ukr),
        List.of(new DateMention("Wednesday", "2025-06-04", new Span(60, 69))),
        List.of(new Quote("\"No\"", new Span(70, 74), "a1", null, "said")), List.of(first, again), null);
  }

  @Test
  void readsBackWhatItWrites() {
    DocumentAnalysis a = sample();
    String json = AnalysisRecordJson.write(a);
    assertTrue(json.contains("\"published\":\"2025-06-04\""), json);
    assertTrue(json.contains("\"modality\":\"asserted\""), "the stored label, as outputs of earlier versions hold it: " + json);
    assertEquals(a, AnalysisRecordJson.read(json));
  }

  @Test
  void aModalityThatIsNoneIsNamed() {
    String json = AnalysisRecordJson.write(sample()).replace("\"modality\":\"asserted\"", "\"modality\":\"likely\"");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AnalysisRecordJson.read(json));
    assertTrue(e.getMessage().contains("likely"), e.getMessage());
  }

  @Test
  void rejectsOtherJson() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AnalysisRecordJson.read("{\"id\":\"x\",\"colour\":\"red\"}"));
    assertTrue(e.getMessage().startsWith("not a Dyad analysis"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> AnalysisRecordJson.read("[1, 2]"));
  }
}
