package org.dyad.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dyad.model.text.ParsedDocument;
import org.junit.jupiter.api.Test;

/**
 * The time gate gives the same parse as running SUTime everywhere: the same tokens, tags, lemmas,
 * dependencies and time expressions, and the same entities of the kinds Dyad reads (the numeric
 * classifiers' NUMBER, MONEY, PERCENT and ORDINAL tags, which Dyad does not use, are the only thing
 * a gated sentence can lack). Real CoreNLP models.
 */
class TimeGateIT {
  /** Written for this test: dated and undated sentences, relative dates, a range, numbers. */
  static final String TEXT = "Envoys from both governments met in Vienna on Tuesday, the foreign ministry said."
      + " The delegation accused the rebels of shelling the town.\n\nThe rebels rejected the charge two days"
      + " later and demanded the release of 40 prisoners. Talks ran from March 3 to March 9, 2025."
      + " The minister promised more aid. Police arrested three men near the border last week."
      + " The rebels may march on the capital now, officials said recently.";

  private static final Set<String> READ = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC", "COUNTRY",
      "NATIONALITY", "TITLE", "CITY", "STATE_OR_PROVINCE");

  @Test
  void gatedAndUngatedParsesAgreeOnWhatDyadReads() {
    LocalDate reference = LocalDate.of(2025, 6, 4);
    ParsedDocument gated = new CoreNlpParser(NlpConfig.defaults()).parse(TEXT, reference);
    ParsedDocument full = new CoreNlpParser(NlpConfig.defaults().withTimeGate(false)).parse(TEXT, reference);
    // Dyad keeps calendar values only (DateExtractor); "now" or "recently" in a gated-out sentence
    // may lose a reference value nobody reads.
    assertEquals(calendar(full), calendar(gated));
    assertTrue(calendar(gated).size() >= 3, "Tuesday, two days later, last week: " + gated.times());
    assertEquals(full.sentences().size(), gated.sentences().size());
    for (int i = 0; i < full.sentences().size(); i++) {
      assertEquals(full.sentences().get(i).dependencies(), gated.sentences().get(i).dependencies());
      assertEquals(words(full, i), words(gated, i));
    }
    assertEquals(full.entities().stream().filter(e -> READ.contains(e.type())).collect(Collectors.toList()),
        gated.entities().stream().filter(e -> READ.contains(e.type())).collect(Collectors.toList()));
  }

  /**
   * On the first shared insightcrime articles, where present: the same entities, and the same
   * calendar values except some SUTime builds from words off the cue list, which the gate drops:
   * "this may" read as May from the verb, a month misspelt "Marchs". None with a digit is lost.
   */
  @Test
  void sharedNewsGatedAndUngatedAgree() throws Exception {
    List<String> texts = SharedNews.texts(40);
    CoreNlpParser gated = new CoreNlpParser(NlpConfig.defaults());
    CoreNlpParser full = new CoreNlpParser(NlpConfig.defaults().withTimeGate(false));
    int articles = 0;
    int dates = 0;
    List<String> dropped = new java.util.ArrayList<>();
    for (String text : texts) {
      articles++;
      LocalDate reference = LocalDate.of(2020, 3, 4);
      ParsedDocument g = gated.parse(text, reference);
      ParsedDocument f = full.parse(text, reference);
      List<org.dyad.model.text.TimeExpression> kept = calendar(g);
      List<org.dyad.model.text.TimeExpression> all = calendar(f);
      assertTrue(all.containsAll(kept), "article " + articles + ": the gate added " + kept);
      for (org.dyad.model.text.TimeExpression t : all) {
        if (!kept.contains(t)) {
          assertFalse(t.text().matches(".*[0-9].*"), "article " + articles + " lost " + t);
          dropped.add(t.text());
        }
      }
      assertEquals(read(f), read(g), "article " + articles);
      dates += calendar(g).size();
    }
    assertTrue(dates > articles, "too few dates to compare: " + dates);
    System.out.printf("TimeGateIT: %d articles, %d calendar values kept, %d values without a digit"
        + " dropped: %s%n", articles, dates, dropped.size(), dropped);
  }

  private static List<org.dyad.model.text.EntityMention> read(ParsedDocument d) {
    return d.entities().stream().filter(e -> READ.contains(e.type())).collect(Collectors.toList());
  }

  private static List<org.dyad.model.text.TimeExpression> calendar(ParsedDocument d) {
    return d.times().stream().filter(t -> t.value() != null && t.value().matches("\\d{4}.*"))
        .collect(Collectors.toList());
  }

  private static List<String> words(ParsedDocument d, int sentence) {
    return d.sentences().get(sentence).tokens().stream()
        .map(t -> t.word() + "/" + t.pos() + "/" + t.lemma() + "/" + (READ.contains(t.ner()) ? t.ner() : "-"))
        .collect(Collectors.toList());
  }
}
