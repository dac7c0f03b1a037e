package org.dyad.eval;

import static org.dyad.eval.EvalFixtures.event;
import static org.dyad.eval.EvalFixtures.readAll;
import static org.dyad.eval.EvalFixtures.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.analysis.Event;
import org.junit.jupiter.api.Test;

/** Five-class scoring: the strongest-event choice, the shares and the reader. */
class PentaclassTest {
  /** An event of that QuadClass with a code of a root in the same five-class group. */
  private static Event ev(double goldstein, int quad, String modality) {
    String code = switch (quad) {
      case 1 -> "040";
      case 2 -> "070";
      case 3 -> "111";
      default -> "190";
    };
    return event("USA", "CHN", code, null, modality, goldstein, quad);
  }

  @Test
  void classesFollowThePhoenixRootGroups() {
    // GDELT puts appeals in verbal cooperation and reducing relations in material conflict; the
    // five-class labels put them in 0 and 3
    assertEquals(0, PentaclassScorer.classOf(List.of(event("USA", "CHN", "020", "REQUEST", "asserted", 3.0, 1))));
    assertEquals(3, PentaclassScorer.classOf(List.of(event("USA", "CHN", "1623", "SANCTION", "asserted", -5.6, 4))));
    assertEquals(3, PentaclassScorer.classOf(List.of(event("USA", "CHN", "166", "SANCTION", "asserted", -7.0, 4))));
    assertEquals(4, PentaclassScorer.classOf(List.of(event("USA", "CHN", "141", "PROTEST", "asserted", -6.5, 4))));
    assertEquals(4, PentaclassScorer.classOf(List.of(event("USA", "CHN", "173", "COERCE", "asserted", -5.0, 4))));
    assertEquals(1, PentaclassScorer.classOf(List.of(event("USA", "CHN", "057", "AGREE", "asserted", 8.0, 1))));
    assertEquals(2, PentaclassScorer.classOf(List.of(event("USA", "CHN", "0841", "CONCEDE", "asserted", 7.0, 2))));
  }

  @Test
  void strongestIsTheLargestAbsoluteGoldstein() {
    Event consult = ev(1.0, 1, "asserted");
    Event fight = ev(-10.0, 4, "asserted");
    Event aid = ev(7.0, 2, "future");
    assertSame(fight, PentaclassScorer.strongest(List.of(consult, fight, aid)).orElseThrow());
    assertEquals(4, PentaclassScorer.classOf(List.of(consult, fight, aid)));
    assertEquals(2, PentaclassScorer.classOf(List.of(consult, aid)));
  }

  @Test
  void ownEventsWinOverReportedOnes() {
    Event accusation = event("RUS", "UKR", "112", "ACCUSE", "asserted", -3.0, 3);
    Event shelling = event("UKR", "RUS", "194", "ASSAULT", "reported", -10.0, 4);
    assertEquals(3, PentaclassScorer.classOf(List.of(accusation, shelling)));
    assertEquals(4, PentaclassScorer.classOf(List.of(shelling)));
  }

  @Test
  void statementsAreClassZero() {
    Event statement = event("RUS", "UKR", "010", null, "asserted", 0.0, 1);
    assertEquals(0, PentaclassScorer.classOf(List.of(statement)));
    Event criticism = event("RUS", "UKR", "111", "ACCUSE", "asserted", -2.0, 3);
    assertEquals(3, PentaclassScorer.classOf(List.of(statement, criticism)));
  }

  @Test
  void tiesGoToTheHigherQuadClass() {
    Event verbal = ev(-4.0, 3, "asserted");
    Event material = ev(-4.0, 4, "asserted");
    assertSame(material, PentaclassScorer.strongest(List.of(verbal, material)).orElseThrow());
    assertSame(material, PentaclassScorer.strongest(List.of(material, verbal)).orElseThrow());
  }

  @Test
  void negatedAndHypotheticalEventsAreIgnored() {
    Event weak = ev(1.0, 1, "asserted");
    assertEquals(1, PentaclassScorer.classOf(List.of(ev(-10.0, 4, "negated"), weak, ev(-9.0, 4, "hypothetical"))));
    assertEquals(0, PentaclassScorer.classOf(List.of(ev(-10.0, 4, "hypothetical"))));
    assertEquals(0, PentaclassScorer.classOf(List.of()));
  }

  @Test
  void sharesOverallAndPerLabel() {
    PentaclassScorer s = new PentaclassScorer();
    s.score(new PentaclassSentence("a", "a", 4), List.of(ev(-10.0, 4, "asserted"))); // right
    s.score(new PentaclassSentence("b", "b", 4), List.of(ev(-2.0, 3, "asserted"))); // 4 read as 3
    s.score(new PentaclassSentence("c", "c", 0), List.of()); // right: nothing coded
    s.score(new PentaclassSentence("d", "d", 1), List.of()); // 1 read as 0
    assertEquals(4, s.total());
    assertEquals(2, s.correct());
    assertEquals(0.5, s.share(), 1e-9);
    assertEquals(0.5, s.share(4), 1e-9);
    assertEquals(1.0, s.share(0), 1e-9);
    assertEquals(0.0, s.share(1), 1e-9);
    assertEquals(0.0, s.share(2), 1e-9); // no sentences: 0, not NaN
    assertEquals(1, s.count(4, 3));
    assertEquals(1, s.count(1, 0));
    assertEquals(0, s.count(0, 1));
  }

  @Test
  void readerReportsBadLinesAndKeepsTheRest() throws IOException {
    List<String> problems = new ArrayList<>();
    List<PentaclassSentence> s = readAll(new PentaclassReader(), resource("pentaclass-small.tsv"), problems);
    assertEquals(List.of(1, 4, 2, 0), s.stream().map(PentaclassSentence::label).toList());
    assertEquals("pentaclass-small.tsv:2", s.get(0).id());
    assertEquals("Workers rebuilt the bridge\twith donated steel.", s.get(2).text());
    assertEquals(2, problems.size(), problems.toString());
    assertTrue(problems.get(0).endsWith("pentaclass-small.tsv:4: expected sentence<TAB>label, found no tab"),
        problems.get(0));
    assertTrue(problems.get(1).endsWith("pentaclass-small.tsv:5: label '7' is not 0-4"), problems.get(1));
  }
}
