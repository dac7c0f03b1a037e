package org.dyad.app.cli;

import java.nio.file.Path;
import java.time.Duration;
import org.dyad.pipeline.analyze.AnalyzerConfig;
import org.dyad.nlp.NlpConfig;
import picocli.CommandLine.Option;

/**
 * The options every analysing command shares ({@code --nlp}, {@code --dictionaries} and the
 * per-document budgets {@code --max-sentence-tokens}, {@code --max-document-tokens},
 * {@code --analysis-deadline}), mixed into analyze, ingest, explain, eval and bench; gives the
 * {@link AnalyzerConfig} built once at start-up. The budgets' defaults are {@link NlpConfig}'s.
 */
public final class AnalyzerOptions {
  /** CoreNLP configurations a user can choose. */
  public enum NlpProfile {
    /** CoreNLP's CRF NER with Dyad's own title and nationality phrases: the default. */
    fast,
    /** CoreNLP's fine-grained KBP NER as well: slower and heavier, same events on the dev sets. */
    complete;

    NlpConfig config() {
      return this == complete ? NlpConfig.complete() : NlpConfig.defaults();
    }
  }

  @Option(names = "--nlp", defaultValue = "fast",
      description = "CoreNLP configuration: fast (CRF NER and Dyad's own title and nationality "
          + "tags) or complete (CoreNLP's fine-grained NER too). Default: ${DEFAULT-VALUE}.")
  NlpProfile nlp = NlpProfile.fast;

  @Option(names = "--dictionaries", paramLabel = "DIR",
      description = "Directory whose files replace built-in dictionaries of the same path, "
          + "e.g. DIR/actors/office-holders.tsv or DIR/cameo/event-patterns.tsv.")
  Path dictionaries;

  @Option(names = "--max-sentence-tokens", paramLabel = "N", converter = InputOptions.Positive.class,
      description = "Sentence budget: a sentence longer than N tokens is cut into pieces at its best "
          + "break points before NER, SUTime and the parser, with a warning. Default: ${DEFAULT-VALUE}.")
  long maxSentenceTokens = NlpConfig.DEFAULT_MAX_SENTENCE_TOKENS;

  @Option(names = "--max-document-tokens", paramLabel = "N", converter = InputOptions.Positive.class,
      description = "Token budget: a document of more than N tokens is skipped with its reason. "
          + "Default: ${DEFAULT-VALUE}.")
  long maxDocumentTokens = NlpConfig.DEFAULT_MAX_DOCUMENT_TOKENS;

  @Option(names = "--analysis-deadline", paramLabel = "SECONDS", converter = InputOptions.Positive.class,
      description = "Time budget: a document whose analysis takes longer is stopped and skipped with "
          + "its reason; the batch goes on. Default: ${DEFAULT-VALUE}.")
  long analysisDeadlineSeconds = NlpConfig.DEFAULT_ANALYSIS_DEADLINE.toSeconds();

  /** The analyzer configuration these options give. */
  public AnalyzerConfig config() {
    return new AnalyzerConfig(nlp.config().withBudgets(tokens(maxSentenceTokens), tokens(maxDocumentTokens),
        Duration.ofSeconds(analysisDeadlineSeconds)), dictionaries);
  }

  /** The shared converter reads longs; a budget past an int's range is as good as none. */
  private static int tokens(long n) {
    return (int) Math.min(n, Integer.MAX_VALUE);
  }
}
