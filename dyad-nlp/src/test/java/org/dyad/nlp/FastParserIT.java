package org.dyad.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.text.ParsedDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link FastDependencyParser} gives, sentence for sentence, the basic dependencies CoreNLP's
 * {@code depparse} annotator gives: the same arcs, labels and order. Real models; on our own
 * sentences always, and on the first articles of the shared news corpus where it is present.
 */
class FastParserIT {
  /** Written for this test: passives, names, coordination, a quotation, a question, a fragment. */
  private static final String TEXT = "The ceasefire was signed by both commanders in Doha on Monday."
      + " President Maria Lopez and her Brazilian counterpart, Joao Silva, met the envoys and"
      + " promised that aid would reach the border towns.\n\n\"We will not be intimidated,\" the"
      + " interior minister told reporters after three soldiers were killed near the dam."
      + " Who ordered the raid? Protesters blocked roads, burned tyres and demanded new elections,"
      + " while police fired tear gas. Sanctions on oil exports.";

  private static CoreNlpParser fast;
  private static CoreNlpParser stock;

  @BeforeAll
  static void load() {
    NlpConfig all = NlpConfig.defaults().withParseGate(false);
    fast = new CoreNlpParser(all);
    stock = new CoreNlpParser(all.withFastParser(false));
  }

  @Test
  void ownSentencesParseAlike() {
    int compared = compare(TEXT, LocalDate.of(2025, 6, 4));
    assertEquals(6, compared);
  }

  @Test
  void sharedCorpusParsesAlike() throws Exception {
    List<String> texts = SharedNews.texts(25);
    int sentences = 0;
    for (String text : texts) {
      sentences += compare(text, LocalDate.of(2025, 1, 1));
    }
    assertTrue(sentences > 300, "compared only " + sentences + " sentences");
  }

  /** Parses with both; asserts equal dependencies sentence by sentence; gives the parsed-sentence count. */
  private static int compare(String text, LocalDate reference) {
    ParsedDocument a = fast.parse(text, reference);
    ParsedDocument b = stock.parse(text, reference);
    assertEquals(b.sentences().size(), a.sentences().size());
    int parsed = 0;
    for (int i = 0; i < a.sentences().size(); i++) {
      int s = i;
      assertEquals(b.sentences().get(i).dependencies(), a.sentences().get(i).dependencies(),
          () -> "sentence " + s + ": " + b.sentences().get(s).tokens().stream()
              .map(t -> t.word()).toList());
      if (!a.sentences().get(i).dependencies().isEmpty()) {
        parsed++;
      }
    }
    return parsed;
  }
}
