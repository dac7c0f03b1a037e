package org.dyad.pipeline.analyze;

import java.nio.file.Path;
import org.dyad.nlp.NlpConfig;

/**
 * How Dyad analyses articles, built once at start-up.
 *
 * @param nlp          CoreNLP annotators and limits ({@link NlpConfig#defaults()})
 * @param dictionaries a directory whose files replace the built-in dictionaries of the same
 *                     relative path ({@code actors/countries.tsv}), or {@code null} for none
 */
public record AnalyzerConfig(NlpConfig nlp, Path dictionaries) {
  /** Built-in defaults: the default NLP configuration and the shipped dictionaries. */
  public static AnalyzerConfig defaults() {
    return new AnalyzerConfig(NlpConfig.defaults(), null);
  }
}
