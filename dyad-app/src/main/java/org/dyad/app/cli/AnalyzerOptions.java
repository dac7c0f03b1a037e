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

  /** The analyzer configuration these options give. */
  public AnalyzerConfig config() {
    return new AnalyzerConfig(nlp.config(), dictionaries);
  }
}
