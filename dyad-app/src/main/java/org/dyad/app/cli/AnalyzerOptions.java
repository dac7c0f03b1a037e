package org.dyad.app.cli;

import java.nio.file.Path;
import org.dyad.app.analyze.AnalyzerConfig;
import org.dyad.nlp.NlpConfig;
import picocli.CommandLine.Option;

/**
 * The options every analysing command shares ({@code --nlp}, {@code --dictionaries}), mixed into
 * analyze, explain, eval and bench; gives the {@link AnalyzerConfig} built once at start-up.
 */
public final class AnalyzerOptions {
  /** CoreNLP configurations a user can choose. */
  public enum NlpProfile {
    /** Fine-grained NER (TITLE, NATIONALITY, ...) on: the most complete, the default. */
    complete,
    /** No fine-grained NER pass: Dyad's own dictionaries give titles and nationalities. */
    fast;

    NlpConfig config() {
      return this == complete ? NlpConfig.defaults() : NlpConfig.fast();
    }
  }

  @Option(names = "--nlp", defaultValue = "complete",
      description = "CoreNLP configuration: complete (fine-grained NER too) or fast. Default: ${DEFAULT-VALUE}.")
  NlpProfile nlp = NlpProfile.complete;

  @Option(names = "--dictionaries", paramLabel = "DIR",
      description = "Directory whose files replace built-in dictionaries of the same path, "
          + "e.g. DIR/actors/office-holders.tsv or DIR/cameo/event-patterns.tsv.")
  Path dictionaries;

  /** The analyzer configuration these options give. */
  public AnalyzerConfig config() {
    return new AnalyzerConfig(nlp.config(), dictionaries);
  }
}
