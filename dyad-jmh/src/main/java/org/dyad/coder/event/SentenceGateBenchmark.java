package org.dyad.coder.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dyad.model.text.Sentence;
import org.dyad.model.text.Token;
import org.dyad.nlp.CoreNlpParser;
import org.dyad.nlp.NewsSentences;
import org.dyad.nlp.NlpConfig;
import org.dyad.nlp.TemporalCues;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The two cheap pre-filters that decide where the expensive annotators run, over twenty tagged
 * news sentences: the parse gate (dictionary look-ups per token) and the time gate (cue words).
 * They must cost microseconds where the annotators they save cost milliseconds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class SentenceGateBenchmark {
  private List<List<Token>> tokens;
  private List<List<String>> words;
  private EventSentenceGate gate;
  private TemporalCues cues;

  @Setup
  public void setUp() {
    NlpConfig config = NlpConfig.defaults().withParseGate(false).withTimeGate(false);
    tokens = new ArrayList<>();
    words = new ArrayList<>();
    for (Sentence s : new CoreNlpParser(config).parse(NewsSentences.text(), LocalDate.of(2025, 6, 4))
        .sentences()) {
      tokens.add(s.tokens());
      words.add(s.tokens().stream().map(Token::word).toList());
    }
    gate = new EventSentenceGate(EventDictionary.load(null, CameoOntology.load(null)));
    cues = TemporalCues.load();
  }

  @Benchmark
  public boolean[] parseGate() {
    return gate.select(tokens);
  }

  @Benchmark
  public void timeGate(Blackhole bh) {
    for (List<String> w : words) {
      bh.consume(cues.mayHoldTime(w));
    }
  }
}
