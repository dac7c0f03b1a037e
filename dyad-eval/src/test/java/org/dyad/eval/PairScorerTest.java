package org.dyad.eval;

import static org.dyad.eval.EvalFixtures.mention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.model.analysis.Basis;
import org.dyad.model.analysis.Event;
import org.dyad.model.analysis.Modality;
import org.dyad.model.analysis.Span;
import org.junit.jupiter.api.Test;

/** Mention matching and the pair scorer, on events built by hand. */
class PairScorerTest {
  private final PairScorer scorer = new PairScorer(EvalFixtures.CAMEO);

  /** A one-pair sentence: source and target are found in the text by their first occurrence. */
  private static PairSentence sentence(String id, String text, String type, String source, String target) {
    int s = text.indexOf(source);
    int t = text.indexOf(target);
    return new PairSentence(id, text, type, List.of(new Span(s, s + source.length())),
        List.of(new Span(t, t + target.length())), List.of());
  }

  @Test
  void mentionsMatchByWordsInsideEachOther() {
    assertTrue(MentionMatch.matches("Iranian Foreign Minister Mohammad Javad Zarif", "Mohammad Javad Zarif"));
    assertTrue(MentionMatch.matches("a U.S. Supreme Court decision", "U.S. Supreme Court"));
    assertTrue(MentionMatch.matches("The American Civil Liberties Union", "the American Civil Liberties Union"));
    assertTrue(MentionMatch.matches("Russia", "Russia's army")); // the gold inside the mention
    assertTrue(MentionMatch.matches("the Croatian government’s request", "Croatian government"));
    assertTrue(MentionMatch.matches("US", "the U.S."));
    assertFalse(MentionMatch.matches("Russia", "US"), "words, not letters");
    assertFalse(MentionMatch.matches("Russian President Vladimir Putin", "Putin's aide"));
    assertFalse(MentionMatch.matches("the man and his son", "his"), "a stopword alone matches nothing");
    assertFalse(MentionMatch.matches("Group A", "A"), "a one-letter word alone matches nothing");
    assertFalse(MentionMatch.matches("Ukraine", null));
    assertFalse(MentionMatch.matches("The", "the"));
  }

  @Test
  void typeAndPairRecallCountSentencesAndPairs() {
    PairSentence zarif = sentence("1", "Zarif condemned the court decision.", "ACCUSE", "Zarif", "the court decision");
    PairSentence aclu = sentence("2", "The ACLU is suing the FBI.", "ACCUSE", "The ACLU", "FBI");
    PairSentence libya = sentence("3", "Libya freed 37 prisoners.", "YIELD", "Libya", "37 prisoners");
    // right type, right pair, though only hypothetical: every modality counts
    scorer.score(zarif, List.of(mention("Zarif", "court", "111", "ACCUSE", "hypothetical")));
    // right type, source right, target wrong
    scorer.score(aclu, List.of(mention("ACLU", "records", "112", "ACCUSE", "asserted"),
        mention("FBI", "ACLU", "010", null, "asserted")));
    // YIELD is CONCEDE or RETREAT; the pair matches on actors but a REQUEST type does not count
    scorer.score(libya, List.of(mention("Libya", "prisoners", "0841", "CONCEDE", "asserted")));
    assertEquals(3, scorer.sentences());
    assertEquals(3, scorer.typeHits());
    assertEquals(2, scorer.pairHits());
    assertEquals(3, scorer.pairs());
    assertEquals(3, scorer.sourceHits());
    assertEquals(2, scorer.targetHits());
    assertEquals(3, scorer.typeSourceHits());
    assertEquals(4, scorer.events());
    assertEquals(3, scorer.nonStatements()); // the 010 statement is left out
    assertEquals(3, scorer.withTarget());
    assertEquals(3, scorer.withCodedTarget());
    assertEquals(1, scorer.missCount());
    assertEquals("2", scorer.worstMisses(5).get(0).documentId());
    assertTrue(scorer.worstMisses(5).get(0).partial());
  }

  @Test
  void aPairNeedsOneEventWithBothSidesAndTheType() {
    PairSentence s = sentence("1", "Ukraine accuses Russia.", "ACCUSE", "Ukraine", "Russia");
    // source and target right but on different events, and the both-sided one has the wrong type
    scorer.score(s, List.of(mention("Ukraine", "NATO", "112", "ACCUSE", "asserted"),
        mention("Kremlin", "Russia", "112", "ACCUSE", "asserted"),
        mention("Ukraine", "Russia", "042", "CONSULT", "asserted")));
    assertEquals(1, scorer.typeHits());
    assertEquals(0, scorer.pairHits());
    assertEquals(1, scorer.sourceHits());
    assertEquals(1, scorer.targetHits());
    PairScorer none = new PairScorer(EvalFixtures.CAMEO);
    none.score(s, List.of(mention("Kremlin", null, "173", "COERCE", "asserted")));
    assertEquals(0, none.withTarget());
    assertEquals(1, none.nonStatements());
    // "Police arrested a California man": a target phrase naming no known actor is a target, not a coded one
    none.score(s, List.of(Event.builder().id("e").span(new Span(0, 1)).trigger("arrested").sourceCode("COP")
        .sourceText("Police").targetText("a California man").cameo("173").plover("COERCE").quadClass(4)
        .modality(Modality.ASSERTED).dateBasis(Basis.PUBLISHED).confidence(0.5).sourceBasis(Basis.TEXT)
        .targetBasis(Basis.TEXT).build()));
    assertEquals(1, none.withTarget());
    assertEquals(0, none.withCodedTarget());
    assertEquals(2, none.nonStatements());
    assertFalse(none.worstMisses(1).get(0).partial(), "nothing matched: among the worst");
    assertEquals(List.of("\"Kremlin\" → \"?\" 173 COERCE \"trigger\""), none.worstMisses(1).get(0).predicted());
  }

  @Test
  void untypedAndReciprocalPairs() {
    PairSentence met = new PairSentence("r", "Erdogan met Mattarella.", null, List.of(), List.of(),
        List.of(new Span(0, 7), new Span(12, 22)));
    scorer.score(met, List.of(mention("Mattarella", "Erdogan", "040", "CONSULT", "asserted")));
    assertEquals(0, scorer.typed());
    assertEquals(1, scorer.pairHits(), "reciprocal pairs match either way round");
    PairSentence two = new PairSentence("m", "Police detained Eser and others.", null, List.of(new Span(0, 6)),
        List.of(new Span(16, 20), new Span(25, 31)), List.of());
    scorer.score(two, List.of(mention("Police", "Eser", "173", "COERCE", "asserted")));
    assertEquals(3, scorer.pairs());
    assertEquals(2, scorer.pairHits());
    assertEquals(1, scorer.missCount(), "the sentence with an unmatched pair");
  }

  @Test
  void reportShowsTheFiguresAndTheTypeTable() {
    scorer.score(sentence("1", "Ukraine accuses Russia.", "ACCUSE", "Ukraine", "Russia"),
        List.of(mention("Ukraine", "Russia", "112", "ACCUSE", "asserted")));
    scorer.score(sentence("2", "Kiev hit Moscow.", "ASSAULT", "Kiev", "Moscow"), List.<Event>of());
    PairReport r = new PairReport(new EvalReport("g.tsv", GoldFormat.PLV, List.of(), 0, 0));
    String text = r.text(scorer, 5);
    assertTrue(text.contains("type recall                1 of     2 = 0.500"), text);
    assertTrue(text.contains("pair recall                1 of     2 = 0.500"), text);
    assertTrue(text.contains("events with a target       1 of     1 = 1.000"), text);
    assertTrue(text.contains("ACCUSE         1       1.000      1       1.000"), text);
    assertTrue(text.indexOf("ACCUSE    ") < text.indexOf("ASSAULT   "), "PLOVER order: " + text);
    assertTrue(text.contains("gold: ASSAULT  \"Kiev\" → \"Moscow\"\n     Dyad: nothing"), text);
    String json = r.json(scorer, 5);
    assertTrue(json.contains("\"pair_recall\" : {\n    \"n\" : 1,\n    \"of\" : 2,\n    \"share\" : 0.5"), json);
  }
}
