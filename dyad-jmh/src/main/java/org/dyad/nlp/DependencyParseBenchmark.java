package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The dependency parse of twenty tagged news sentences: CoreNLP's {@code depparse} annotator (its
 * forward pass and five dependency graphs) against {@link FastDependencyParser} (same model and
 * trees, our forward pass, the basic graph only). One operation parses all twenty.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class DependencyParseBenchmark {
  private List<CoreMap> sentences;
  private String text;
  private StanfordCoreNLP stock;
  private FastDependencyParser fast;

  @Setup
  public void setUp() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos");
    StanfordCoreNLP tagger = new StanfordCoreNLP(p);
    text = NewsSentences.text();
    Annotation a = new Annotation(text);
    tagger.annotate(a);
    sentences = a.get(CoreAnnotations.SentencesAnnotation.class);
    Properties d = new Properties();
    d.setProperty("annotators", "depparse");
    d.setProperty("enforceRequirements", "false");
    stock = new StanfordCoreNLP(d);
    fast = FastDependencyParser.load();
    if (fast == null) {
      throw new IllegalStateException("FastDependencyParser could not read this CoreNLP's parser");
    }
  }

  @Benchmark
  public List<CoreMap> stockAnnotator() {
    CoreNlpParser.annotateSome(stock, sentences, text, LocalDate.of(2025, 6, 4));
    return sentences;
  }

  @Benchmark
  public List<CoreMap> fastParser() {
    for (CoreMap s : sentences) {
      fast.annotate(s);
    }
    return sentences;
  }
}
