package org.dyad.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sentence budget on CoreNLP's own tokenize and ssplit output (no tagging models). */
class RunOnSentenceSplitterTest {
  private static final int MAX = NlpConfig.DEFAULT_MAX_SENTENCE_TOKENS;
  private static StanfordCoreNLP splitter;

  @BeforeAll
  static void load() {
    Properties p = NlpConfig.defaults().toProperties();
    p.setProperty("annotators", "tokenize,ssplit");
    splitter = new StanfordCoreNLP(p);
  }

  /**
   * A made-up 1,000-word text on one line with no sentence end: commas now and then in the first
   * half, none at all in the second, so both kinds of cut happen; one real sentence at the end.
   */
  static String runOn() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 1000; i++) {
      b.append(i % 2 == 0 ? "talks" : "envoys").append(i);
      b.append(i < 500 && i % 37 == 36 ? ", " : " ");
    }
    return b.append("ended. The ministers met in Geneva on Monday.").toString();
  }

  private static List<CoreMap> sentences(Annotation a) {
    splitter.annotate(a);
    return a.get(CoreAnnotations.SentencesAnnotation.class);
  }

  @Test
  void aRunOnSentenceIsCutIntoPiecesUnderTheMaximumLosingNoToken() {
    String text = runOn();
    Annotation a = new Annotation(text);
    List<CoreMap> before = sentences(a);
    List<CoreLabel> all = new ArrayList<>(a.get(CoreAnnotations.TokensAnnotation.class));
    assertEquals(2, before.size(), "CoreNLP sees one run-on sentence and one real one");
    assertTrue(before.get(0).get(CoreAnnotations.TokensAnnotation.class).size() > 1000);

    RunOnSentenceSplitter.Result r = RunOnSentenceSplitter.split(before, text, MAX);

    assertEquals(1, r.cut(), "only the run-on sentence is cut, and the cut is counted");
    assertTrue(r.sentences().size() >= 1001 / MAX + 1, "pieces: " + r.sentences().size());
    assertSame(before.get(1), r.sentences().get(r.sentences().size() - 1), "a short sentence is kept as is");
    List<CoreLabel> after = new ArrayList<>();
    int tokenBegin = 0;
    for (int i = 0; i < r.sentences().size(); i++) {
      CoreMap s = r.sentences().get(i);
      List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
      assertTrue(tokens.size() <= MAX, "piece " + i + " has " + tokens.size() + " tokens");
      int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      assertEquals(tokens.get(0).beginPosition(), begin, "piece " + i + " begins at its first token");
      assertEquals(tokens.get(tokens.size() - 1).endPosition(), end, "piece " + i + " ends at its last token");
      assertEquals(text.substring(begin, end), s.get(CoreAnnotations.TextAnnotation.class));
      assertEquals(tokenBegin, s.get(CoreAnnotations.TokenBeginAnnotation.class));
      assertEquals(i, s.get(CoreAnnotations.SentenceIndexAnnotation.class));
      for (int t = 0; t < tokens.size(); t++) {
        assertEquals(t + 1, tokens.get(t).index(), "1-based index within the piece");
        assertEquals(i, tokens.get(t).sentIndex());
      }
      tokenBegin += tokens.size();
      after.addAll(tokens);
    }
    assertEquals(all.size(), after.size(), "no token lost or added");
    for (int t = 0; t < all.size(); t++) {
      assertSame(all.get(t), after.get(t), "token " + t + " in place");
      assertEquals(text.substring(all.get(t).beginPosition(), all.get(t).endPosition()),
          after.get(t).originalText(), "token " + t + " keeps its offsets");
    }
  }

  @Test
  void piecesEndAtPunctuationWhereThereIsSomeAndAreCutHardWhereThereIsNone() {
    String text = runOn();
    RunOnSentenceSplitter.Result r = RunOnSentenceSplitter.split(sentences(new Annotation(text)), text, MAX);
    int commaEnds = 0;
    int hardCuts = 0;
    for (CoreMap s : r.sentences().subList(0, r.sentences().size() - 2)) {
      List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
      String last = tokens.get(tokens.size() - 1).word();
      if (last.equals(",")) {
        commaEnds++;
        assertTrue(tokens.size() >= MAX / 2, "a break is never taken early: " + tokens.size());
      } else {
        hardCuts++;
        assertEquals(MAX, tokens.size(), "with no punctuation in reach, a piece is cut at the maximum");
      }
    }
    assertTrue(commaEnds >= 3, "the first 500 words have a comma every 37: " + commaEnds);
    assertTrue(hardCuts >= 3, "the last 500 words have none: " + hardCuts);
  }

  @Test
  void theParsersFrontStageCutsRunOnsAndStopsADocumentOverTheTokenBudget() {
    String text = runOn();
    Annotation a = new Annotation(text);
    RunOnSentenceSplitter.Result r = CoreNlpParser.splitWithin(splitter, a, 0, MAX);
    assertEquals(1, r.cut());
    assertSame(r.sentences(), a.get(CoreAnnotations.SentencesAnnotation.class), "the taggers see the pieces");

    DocumentBudgetException e = org.junit.jupiter.api.Assertions.assertThrows(DocumentBudgetException.class,
        () -> CoreNlpParser.splitWithin(splitter, new Annotation(text), 1000, MAX));
    int tokens = a.get(CoreAnnotations.TokensAnnotation.class).size();
    assertEquals("over the token budget of 1000 tokens per document (" + tokens + " tokens)", e.getMessage());
    assertEquals(1, CoreNlpParser.splitWithin(splitter, new Annotation(text), tokens, MAX).cut(),
        "a document of exactly the budget goes on");
  }

  @Test
  void noMaximumOrShortSentencesLeaveTheSentencesAlone() {
    String text = "The ministers met in Geneva. They agreed on a ceasefire.";
    List<CoreMap> s = sentences(new Annotation(text));
    assertSame(s, RunOnSentenceSplitter.split(s, text, MAX).sentences());
    assertEquals(0, RunOnSentenceSplitter.split(s, text, MAX).cut());
    String run = runOn();
    List<CoreMap> r = sentences(new Annotation(run));
    assertEquals(0, RunOnSentenceSplitter.split(r, run, 0).cut(), "0 is no limit");
  }
}
