package org.dyad.eval;

import static org.dyad.eval.EvalFixtures.event;
import static org.dyad.eval.EvalFixtures.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.dyad.model.analysis.DocumentAnalysis;
import org.dyad.model.analysis.Event;
import org.junit.jupiter.api.Test;

/** A whole evaluation run with a stub in place of Dyad's analyzer, and its reports. */
class EvalRunTest {
  private final StringWriter err = new StringWriter();
  private final List<LocalDate> datesSeen = new ArrayList<>();

  private Evaluation.Analyzer stub(Map<String, List<Event>> events) {
    return (article, optionDate) -> {
      datesSeen.add(article.published() != null ? article.published() : optionDate);
      List<Event> e = events.get(article.id());
      if (e == null) {
        throw new IllegalStateException("stub has nothing for " + article.id());
      }
      return new DocumentAnalysis(article.id(), null, null, article.published(), "en", DocumentAnalysis.OK,
          null, LocalDate.of(2024, 1, 1), "option", List.of(), List.of(), List.of(), e, null);
    };
  }

  @Test
  void scoresTheSmallGoldSetAndReportsIt() throws Exception {
    Path gold = resource("gold-small.jsonl");
    Evaluation run = new Evaluation(() -> stub(Map.of(
        "d1", List.of(event("RUSGOV", "UKR", "112", "ACCUSE", "asserted")),
        "d2", List.of(event("USA", null, "141", "PROTEST", "asserted"),
            event("IGOWSTNAT", "GBR", "100", "REQUEST", "hypothetical")),
        "d5", List.of())), LocalDate.of(2024, 6, 1), 0, new PrintWriter(err, true));
    List<String> problems = new ArrayList<>();
    EventScorer s = run.events(gold.toString(), new DyadGoldReader(EvalFixtures.CAMEO).read(gold, problems::add),
        new EventScorer(EvalFixtures.CAMEO));

    assertEquals(4, run.documents());
    assertEquals(1, run.skipped()); // the stub fails on the last document: its gold event is a miss
    assertTrue(err.toString().contains("gold-small.jsonl:11: analysis failed"), err.toString());
    assertEquals(List.of(LocalDate.of(2024, 3, 5), LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 1),
        LocalDate.of(2024, 6, 1)), datesSeen);
    // d1 matched; d2: the protest matched, the request only came as hypothetical; last doc missed.
    assertEquals(new Counts(2, 0, 2), s.total(EventScorer.Level.BOTH));

    EvalReport report = new EvalReport(gold.toString(), GoldFormat.DYAD, List.of("a note"), problems.size(),
        run.skipped());
    JsonNode j = new ObjectMapper().readTree(report.json(s, 15));
    assertEquals(2, j.at("/levels/both/tp").asInt());
    assertEquals(2, j.at("/levels/both/fn").asInt());
    assertEquals(1.0, j.at("/levels/both/precision").asDouble());
    assertEquals(0.5, j.at("/levels/both/recall").asDouble());
    assertEquals(6, j.get("bad_gold_records").asInt());
    assertEquals(1, j.get("documents_skipped_by_dyad").asInt());
    assertEquals(1, j.at("/confusion/14/14").asInt());
    assertEquals(1, j.at("/confusion/REQUEST/none").asInt());
    assertEquals("d2", j.at("/worst_misses/0/id").asText());
    assertEquals("IGOWSTNAT→USA|GBR", j.at("/worst_misses/0/gold_dyad").asText());
    assertTrue(j.at("/worst_misses/0/predicted/1").asText().contains("hypothetical, not counted"), j.toString());
    assertEquals("gold-small.jsonl:11", j.at("/worst_misses/1/id").asText());

    String text = report.text(s, 1);
    assertTrue(text.contains("note: a note"), text);
    assertTrue(text.matches("(?s).*both\\s+2\\s+0\\s+2\\s+1\\.000\\s+0\\.500\\s+0\\.667.*"), text);
    assertTrue(text.contains("worst misses (1 of 2"), text);
    assertTrue(text.contains("bad gold records skipped: 6"), text);
  }

  @Test
  void progressEveryFiftyDocumentsAndLimitStopsEarly() {
    Stream<GoldDocument> docs = IntStream.range(0, 120)
        .mapToObj(i -> EvalFixtures.doc("n" + i, EvalFixtures.gold("USA", "CHN", "04")));
    Evaluation run = new Evaluation(() -> (a, d) -> new DocumentAnalysis(a.id(), null, null, null, "en",
        DocumentAnalysis.OK, null, LocalDate.of(2024, 1, 1), "today", List.of(), List.of(), List.of(),
        List.of(), null), null, 110, new PrintWriter(err, true));
    EventScorer s = run.events("mem", docs, new EventScorer(EvalFixtures.CAMEO));
    assertEquals(110, s.documents());
    assertTrue(err.toString().contains("dyad eval: 50 documents analysed"), err.toString());
    assertTrue(err.toString().contains("dyad eval: 100 documents analysed"), err.toString());
    assertFalse(err.toString().contains("150"), err.toString());
  }

  @Test
  void skippedDocumentsCountAsFindingNothing() {
    Evaluation run = new Evaluation(() -> (a, d) -> new DocumentAnalysis(a.id(), null, null, null, null,
        DocumentAnalysis.SKIPPED, "not English (de)", null, null, List.of(), List.of(), List.of(),
        List.of(), null), null, 0, new PrintWriter(err, true));
    EventScorer s = run.events("mem", Stream.of(EvalFixtures.doc("x", EvalFixtures.gold("USA", "CHN", "04"))),
        new EventScorer(EvalFixtures.CAMEO));
    assertEquals(new Counts(0, 0, 1), s.total(EventScorer.Level.TYPE));
    assertEquals(1, run.skipped());
    assertTrue(err.toString().contains("mem: x: skipped: not English (de)"), err.toString());
  }

  @Test
  void theAnalyzerIsNotBuiltWhenTheGoldSetIsEmpty() {
    Evaluation run = new Evaluation(() -> {
      throw new AssertionError("analyzer built for nothing");
    }, null, 0, new PrintWriter(err, true));
    assertEquals(0, run.events("mem", Stream.empty(), new EventScorer(EvalFixtures.CAMEO)).documents());
  }

  @Test
  void pentaclassReportGivesSharesAndMatrix() throws Exception {
    PentaclassScorer s = new PentaclassScorer();
    s.score(new PentaclassSentence("a", "a", 4), List.of(event("A", "B", "190", "ASSAULT", "asserted", -10, 4)));
    s.score(new PentaclassSentence("b", "b", 3), List.of());
    EvalReport r = new EvalReport("p.tsv", GoldFormat.PENTACLASS, List.of(), 0, 0);
    JsonNode j = new ObjectMapper().readTree(r.json(s));
    assertEquals(0.5, j.get("share").asDouble());
    assertEquals(1, j.at("/labels/4/correct").asInt());
    assertEquals(1, j.at("/confusion/3/0").asInt());
    assertTrue(r.text(s).contains("same class as the label: 1 of 2 = 0.500"), r.text(s));
  }
}
