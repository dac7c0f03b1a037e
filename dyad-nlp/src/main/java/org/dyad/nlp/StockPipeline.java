package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * A stock CoreNLP pipeline, for comparing Dyad's speed with what CoreNLP does out of the box
 * ({@code dyad bench --baseline}). Not used for analysis.
 *
 * <p>Takes a comma-separated annotator list, e.g. {@link #FULL}, and sets nothing else: every other
 * property keeps CoreNLP's default, so the figures are those of "CoreNLP as shipped". The models
 * load in the constructor (about 40 s and 3–4 GB of heap for {@link #FULL}). {@link #annotate} is
 * safe to call from several threads, as CoreNLP's pipeline is.
 */
public final class StockPipeline {
  /** The full stock pipeline that Dyad's own analysis is compared with. */
  public static final String FULL = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

  private final StanfordCoreNLP pipeline;

  /**
   * Loads the models of the given annotators.
   *
   * @param annotators CoreNLP's {@code annotators} property, e.g. {@code "tokenize,ssplit,pos"}
   */
  public StockPipeline(String annotators) {
    Objects.requireNonNull(annotators, "annotators");
    Properties p = new Properties();
    p.setProperty("annotators", annotators);
    this.pipeline = new StanfordCoreNLP(p);
  }

  /**
   * Annotates one text with all annotators, keeping nothing.
   *
   * @return the number of sentences CoreNLP found (0 when the pipeline has no sentence splitter)
   */
  public int annotate(String text) {
    Annotation annotation = new Annotation(text);
    pipeline.annotate(annotation);
    List<?> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    return sentences == null ? 0 : sentences.size();
  }

  /**
   * Empties CoreNLP's process-wide annotator cache and Dyad's ({@link SharedModels}), so that the
   * models of pipelines no longer referenced (e.g. Dyad's own, after its timed run) can be
   * garbage-collected before another pipeline loads, and do not count in its heap. Pipelines
   * already built keep their annotators. CoreNLP logs a warning.
   */
  public static void releaseCachedModels() {
    StanfordCoreNLP.clearAnnotatorPool();
    SharedModels.clear();
  }
}
