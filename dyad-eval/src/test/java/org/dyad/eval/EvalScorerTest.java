package org.dyad.eval;

import static org.dyad.eval.EvalFixtures.doc;
import static org.dyad.eval.EvalFixtures.event;
import static org.dyad.eval.EvalFixtures.gold;
import static org.dyad.eval.EvalFixtures.goldPlover;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.model.analysis.Event;
import org.dyad.eval.EventScorer.DocumentScore;
import org.dyad.eval.EventScorer.Level;
import org.junit.jupiter.api.Test;

/** Event scoring on hand-made gold and predicted events; every expected count is worked out by hand. */
class EvalScorerTest {
  private final EventScorer scorer = new EventScorer(EvalFixtures.CAMEO);

  private static void assertCounts(DocumentScore s, Level level, int tp, int fp, int fn) {
    assertEquals(new Counts(tp, fp, fn), s.at(level), level.label());
  }

  @Test
  void sameRootAndCountryMatchAtEveryLevel() {
    DocumentScore s = scorer.score(doc("d", gold("RUSGOV", "UKR", "11")),
        List.of(event("RUSGOV", "UKRMIL", "112", "ACCUSE", "asserted")));
    for (Level l : Level.values()) {
      assertCounts(s, l, 1, 0, 0);
    }
  }

  @Test
  void negatedAndHypotheticalPredictionsDoNotCount() {
    DocumentScore s = scorer.score(doc("d", gold("USA", "CHN", "17")), List.of(
        event("USA", "CHN", "173", "COERCE", "negated"),
        event("USA", "CHN", "172", "COERCE", "HYPOTHETICAL")));
    for (Level l : Level.values()) {
      assertCounts(s, l, 0, 0, 1);
    }
    assertEquals(2, scorer.predictedEvents());
    assertEquals(0, scorer.countedEvents());
    // The miss shows what Dyad said, marked as not counted.
    assertTrue(s.misses().get(0).predicted().get(0).contains("[negated, not counted]"),
        s.misses().toString());

    DocumentScore future = scorer.score(doc("d2", gold("USA", "CHN", "17")), List.of(
        event("USA", "CHN", "173", "COERCE", "negated"),
        event("USA", "CHN", "171", "COERCE", "future")));
    assertCounts(future, Level.BOTH, 1, 0, 0);
  }

  @Test
  void wildcardActorsMatchAnything() {
    DocumentScore s = scorer.score(doc("d", gold("---", "UKR", "18"), gold(null, null, "04")), List.of(
        event("USA", "UKRMIL", "190", "ASSAULT", "asserted"),
        event("FRA", "DEU", "040", "CONSULT", "asserted")));
    // type: only 04 = 04.  dyad: ---→UKR takes USA→UKRMIL, any→any takes FRA→DEU.  both: 04 with FRA→DEU.
    assertCounts(s, Level.TYPE, 1, 1, 1);
    assertCounts(s, Level.DYAD, 2, 0, 0);
    assertCounts(s, Level.BOTH, 1, 1, 1);
  }

  @Test
  void igoCodesCompareWholeAndPlainIgoMatchesAnyIgo() {
    assertEquals("IGOWSTNAT", EventScorer.actorKey("IGOWSTNAT"));
    assertEquals("RUS", EventScorer.actorKey("rusgov"));
    assertNull(EventScorer.actorKey("---"));
    assertTrue(EventScorer.actorMatches("IGO", "IGOWSTNAT"));
    assertTrue(EventScorer.actorMatches("IGOWSTNAT", "IGOWSTNATMIL"));
    assertFalse(EventScorer.actorMatches("IGOWSTNAT", "IGOEUREEC"));
    assertFalse(EventScorer.actorMatches("IGO", "IRQ"));
    assertFalse(EventScorer.actorMatches("USA", null));
    assertTrue(EventScorer.actorMatches(null, null));

    DocumentScore plain = scorer.score(doc("a", gold("IGO", "IRQ", "04")),
        List.of(event("IGOWSTNAT", "IRQGOV", "042", "CONSULT", "asserted")));
    assertCounts(plain, Level.DYAD, 1, 0, 0);
    DocumentScore other = scorer.score(doc("b", gold("IGOWSTNAT", null, "04")),
        List.of(event("IGOEUREEC", "IRQ", "040", "CONSULT", "asserted")));
    assertCounts(other, Level.DYAD, 0, 1, 1);
    assertCounts(other, Level.TYPE, 1, 0, 0);
  }

  @Test
  void compoundGoldActorsMatchAnyAlternative() {
    assertTrue(EventScorer.actorMatches("HUNGOV|ROUGOV", "ROU"));
    assertFalse(EventScorer.actorMatches("HUNGOV|ROUGOV", "SRB"));
    DocumentScore s = scorer.score(doc("d", goldPlover("HUNGOV|ROUGOV", null, "AGREE")),
        List.of(event("ROUGOV", "HUN", "057", "AGREE", "asserted")));
    assertCounts(s, Level.BOTH, 1, 0, 0);
  }

  @Test
  void duplicatesAreMatchedOneToOne() {
    DocumentScore twoPredictions = scorer.score(doc("a", gold("USA", "IRN", "13")), List.of(
        event("USA", "IRN", "138", "THREATEN", "asserted"),
        event("USAGOV", "IRN", "138", "THREATEN", "asserted")));
    assertCounts(twoPredictions, Level.BOTH, 1, 1, 0);
    DocumentScore twoGold = scorer.score(doc("b", gold("USA", "IRN", "13"), gold("USA", "IRN", "13")),
        List.of(event("USA", "IRN", "138", "THREATEN", "asserted")));
    assertCounts(twoGold, Level.BOTH, 1, 0, 1);
    // Totals: TP 2, FP 1, FN 1.
    Counts total = scorer.total(Level.BOTH);
    assertEquals(new Counts(2, 1, 1), total);
    assertEquals(2.0 / 3, total.precision(), 1e-9);
    assertEquals(2.0 / 3, total.recall(), 1e-9);
    assertEquals(2.0 / 3, total.f1(), 1e-9);
  }

  @Test
  void bestMatchGoesFirst() {
    // Both gold events accept the one prediction; the one naming its actors must get it.
    DocumentScore s = scorer.score(doc("d", gold(null, null, "11"), gold("RUS", "UKR", "11")),
        List.of(event("RUSGOV", "UKR", "111", "ACCUSE", "asserted")));
    assertCounts(s, Level.TYPE, 1, 0, 1);
    assertCounts(s, Level.BOTH, 1, 0, 1);
    assertEquals(1, s.misses().size());
    assertEquals("---→---", s.misses().get(0).goldDyad());
    assertTrue(s.misses().get(0).partial());
    assertEquals(1, scorer.confusion().count("11", "11"));
    assertEquals(1, scorer.confusion().count("11", ConfusionTable.NONE));
  }

  @Test
  void ploverGoldComparesPloverTypesTakingThemFromTheCameoCodeWhenMissing() {
    DocumentScore s = scorer.score(doc("a", goldPlover("RUS", "UKR", "ACCUSE")),
        List.of(event("RUSGOV", "UKR", "111", null, "asserted")));
    assertCounts(s, Level.TYPE, 1, 0, 0);
    DocumentScore statement = scorer.score(doc("b", goldPlover(null, null, "REQUEST")),
        List.of(event("USA", "CHN", "010", "-", "asserted")));
    // PLOVER has no statement type: a CAMEO 01 statement is neither a hit nor spurious there.
    assertCounts(statement, Level.TYPE, 0, 0, 1);
    assertCounts(statement, Level.DYAD, 0, 0, 1);
    assertEquals(1, scorer.confusion().count("REQUEST", ConfusionTable.NONE));
    assertEquals(1, scorer.confusion().count("ACCUSE", "ACCUSE"));
  }

  @Test
  void confusionHasNoneForMissesAndSpuriousPredictions() {
    scorer.score(doc("empty"), List.of(event("USA", "CHN", "112", "ACCUSE", "asserted")));
    scorer.score(doc("missed", gold("USA", null, "14")), List.of());
    scorer.score(doc("confused", gold("USA", "CHN", "12")),
        List.of(event("USA", "CHN", "111", "ACCUSE", "asserted")));
    ConfusionTable t = scorer.confusion();
    assertEquals(1, t.count(ConfusionTable.NONE, "11"));
    assertEquals(1, t.count("14", ConfusionTable.NONE));
    assertEquals(1, t.count("12", "11"));
    assertEquals(List.of("12", "14", "none"), t.rows());
    assertEquals(List.of("11", "none"), t.columns());
    assertEquals(new Counts(0, 2, 2), scorer.total(Level.BOTH));
    assertEquals(new Counts(1, 1, 1), scorer.total(Level.DYAD));
  }

  @Test
  void worstMissesPutTotalMissesFirst() {
    scorer.score(doc("partial", gold("USA", "CHN", "14")),
        List.of(event("USA", "CHN", "112", "ACCUSE", "asserted")));
    scorer.score(doc("total", gold("RUS", "UKR", "19")), List.of());
    List<Miss> worst = scorer.worstMisses(5);
    assertEquals(List.of("total", "partial"), worst.stream().map(Miss::documentId).toList());
    assertEquals("19 ASSAULT", worst.get(0).goldType());
    assertEquals(List.of(), worst.get(0).predicted());
    assertEquals(1, scorer.worstMisses(1).size());
    assertEquals(2, scorer.missCount());
  }

  @Test
  void emptyCountsGiveZeroNotNaN() {
    assertEquals(0.0, Counts.ZERO.precision());
    assertEquals(0.0, Counts.ZERO.recall());
    assertEquals(0.0, Counts.ZERO.f1());
    assertEquals(0.5, new Counts(1, 1, 0).precision(), 1e-9);
    assertEquals(1.0, new Counts(1, 1, 0).recall(), 1e-9);
  }

  @Test
  void aSetAnnotatedUnderPlover05TypesTheCodesThatVersionTypedOtherwiseItsWay() {
    // A kidnapping (181) is ASSAULT in Dyad's PLOVER 1.0 table and COERCE in PLOVER 0.5b1; a
    // meeting (040) is CONSULT in both.
    Event kidnap = event("AFGREB", "RUSCVL", "181", "ASSAULT", "asserted");
    Event meeting = event("FRA", "DEU", "040", "CONSULT", "asserted");
    DocumentScore byOne = scorer.score(doc("a", goldPlover("AFG", "RUS", "COERCE")), List.of(kidnap));
    assertCounts(byOne, Level.TYPE, 0, 1, 1);
    EventScorer v05 = new EventScorer(EvalFixtures.CAMEO, PloverTypes.V05_BY_CAMEO);
    assertCounts(v05.score(doc("a", goldPlover("AFG", "RUS", "COERCE")), List.of(kidnap)), Level.TYPE, 1, 0, 0);
    assertCounts(v05.score(doc("b", goldPlover("FRA", "DEU", "CONSULT")), List.of(meeting)), Level.TYPE, 1, 0, 0);
  }
}
