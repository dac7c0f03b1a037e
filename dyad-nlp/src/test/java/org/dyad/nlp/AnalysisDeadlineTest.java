package org.dyad.nlp;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The time budget per document, on a real CoreNLP stage: the part-of-speech tagger (its model is
 * small and loads in a second; no NER, SUTime or parser models) over many tokenized sentences.
 */
class AnalysisDeadlineTest {
  private static final LocalDate DAY = LocalDate.of(2025, 6, 4);
  private static StanfordCoreNLP splitter;
  private static StanfordCoreNLP tagger;

  @BeforeAll
  static void load() {
    Properties all = NlpConfig.defaults().toProperties();
    Properties s = new Properties();
    s.putAll(all);
    s.setProperty("annotators", "tokenize,ssplit");
    splitter = new StanfordCoreNLP(s);
    Properties t = new Properties();
    t.putAll(all);
    t.setProperty("annotators", "pos");
    t.setProperty("enforceRequirements", "false");
    tagger = new StanfordCoreNLP(t);
  }

  private static List<CoreMap> sentences(String text) {
    Annotation a = new Annotation(text);
    splitter.annotate(a);
    return a.get(CoreAnnotations.SentencesAnnotation.class);
  }

  private static String news(int sentences) {
    return "The ministers of both countries met in Geneva on Monday to discuss the ceasefire. "
        .repeat(sentences);
  }

  private static boolean tagged(CoreMap sentence) {
    CoreLabel first = sentence.get(CoreAnnotations.TokensAnnotation.class).get(0);
    return first.tag() != null;
  }

  @Test
  void aDocumentOverItsTimeBudgetStopsBetweenBatchesNamingTheBudget() {
    String text = news(5_000); // about 75,000 tokens: a second of tagging, far over 1 ms
    List<CoreMap> sentences = sentences(text);
    AnalysisDeadline budget = AnalysisDeadline.after(Duration.ofMillis(1));
    DocumentBudgetException e = assertThrows(DocumentBudgetException.class, () ->
        CoreNlpParser.annotateWithin(tagger, sentences, text, DAY, budget, "tagging parts of speech"));
    assertEquals("over the time budget of 1 ms per document (stopped while tagging parts of speech)",
        e.getMessage());
    assertNull(sentences.get(sentences.size() - 1).get(CoreAnnotations.TokensAnnotation.class).get(0).tag(),
        "stopped, not finished and then reported: the last sentence was never tagged");
    long done = sentences.stream().filter(AnalysisDeadlineTest::tagged).count();
    assertTrue(done <= 2 * CoreNlpParser.BATCH_TOKENS / 15,
        "at most a batch or two past the budget: " + done + " sentences tagged");
  }

  @Test
  void aDocumentWithinItsBudgetIsAnnotatedWhole() {
    String text = news(500);
    List<CoreMap> sentences = sentences(text);
    assertDoesNotThrow(() -> CoreNlpParser.annotateWithin(tagger, sentences, text, DAY,
        AnalysisDeadline.after(Duration.ofSeconds(60)), "tagging parts of speech"));
    assertTrue(sentences.stream().allMatch(AnalysisDeadlineTest::tagged));
    assertNotNull(sentences.get(0).get(CoreAnnotations.TokensAnnotation.class).get(0).tag());
  }

  @Test
  void aZeroBudgetIsNoBudgetAndASpentOneThrows() throws InterruptedException {
    AnalysisDeadline none = AnalysisDeadline.after(Duration.ZERO);
    AnalysisDeadline spent = AnalysisDeadline.after(Duration.ofNanos(1));
    Thread.sleep(2);
    assertDoesNotThrow(() -> none.check("parsing"));
    DocumentBudgetException e = assertThrows(DocumentBudgetException.class, () -> spent.check("parsing"));
    assertTrue(e.getMessage().startsWith("over the time budget of "), e.getMessage());
  }

  @Test
  void budgetsAreTypedWithTheirDefaults() {
    NlpConfig c = NlpConfig.defaults();
    assertEquals(150, c.maxSentenceTokens());
    assertEquals(100_000, c.maxDocumentTokens());
    assertEquals(Duration.ofSeconds(120), c.analysisDeadline());
    assertEquals(c.maxSentenceTokens(), NlpConfig.complete().maxSentenceTokens());
    assertThrows(IllegalArgumentException.class, () -> c.withBudgets(-1, 0, Duration.ZERO));
  }
}
