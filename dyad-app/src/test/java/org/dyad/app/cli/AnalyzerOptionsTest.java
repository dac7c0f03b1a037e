package org.dyad.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.dyad.nlp.NlpConfig;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The per-document budget options reach the NLP configuration; no models are loaded. */
class AnalyzerOptionsTest {
  private static NlpConfig parse(String... args) {
    AnalyzerOptions options = new AnalyzerOptions();
    new CommandLine(options).parseArgs(args);
    return options.config().nlp();
  }

  @Test
  void budgetsDefaultToNlpConfigsAndTheOptionsChangeThem() {
    NlpConfig defaults = parse();
    assertEquals(NlpConfig.DEFAULT_MAX_SENTENCE_TOKENS, defaults.maxSentenceTokens());
    assertEquals(NlpConfig.DEFAULT_MAX_DOCUMENT_TOKENS, defaults.maxDocumentTokens());
    assertEquals(NlpConfig.DEFAULT_ANALYSIS_DEADLINE, defaults.analysisDeadline());

    NlpConfig set = parse("--max-sentence-tokens", "80", "--max-document-tokens", "5000",
        "--analysis-deadline", "30", "--nlp", "complete");
    assertEquals(80, set.maxSentenceTokens());
    assertEquals(5000, set.maxDocumentTokens());
    assertEquals(Duration.ofSeconds(30), set.analysisDeadline());
    assertEquals(true, set.fineGrainedNer(), "the budgets apply to either profile");
  }

  @Test
  void aBudgetOfZeroOrWordsIsAUsageError() {
    assertThrows(CommandLine.ParameterException.class, () -> parse("--analysis-deadline", "0"));
    assertThrows(CommandLine.ParameterException.class, () -> parse("--max-sentence-tokens", "many"));
  }
}
