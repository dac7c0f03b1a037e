package org.dyad.eval.rank;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.pipeline.analyze.ArticleAnalyzer;
import org.dyad.eval.MentionMatch;
import org.dyad.eval.PairScorer;
import org.dyad.eval.PairSentence;
import org.dyad.eval.PloverTypes;
import org.dyad.coder.event.TargetChoice;
import org.dyad.model.analysis.Event;

/**
 * Turns gold sentences into the ranker's training choices. Codes each sentence; a choice the ranker
 * saw is labelled when its event is the gold event: its source matches a gold pair's source (or
 * either side of a reciprocal pair) and, where the set gives a type, its PLOVER type is the gold one.
 * Its candidates are then positive when they match that pair's target ({@link MentionMatch}, the rule
 * {@code dyad eval} scores by). Choices of other events say nothing about the gold target and are
 * left out. A sentence Dyad cannot analyse is reported and skipped. Not thread-safe.
 */
public final class RankerSamples {
  private final ArticleAnalyzer analyzer;
  private final PairScorer types;
  private final LocalDate date;
  private final List<RankerTrainer.Sample> samples = new ArrayList<>();
  private int sentences;

  public RankerSamples(ArticleAnalyzer analyzer, LocalDate date) {
    this.analyzer = analyzer;
    this.types = new PairScorer(analyzer.ontology().cameo());
    this.date = date;
  }

  /** Codes one gold sentence of set {@code set} and keeps its labelled choices. */
  public void add(String set, PairSentence s, PrintWriter err) {
    sentences++;
    List<TargetChoice> choices = new ArrayList<>();
    try {
      analyzer.codeWithChoices(s.text(), date, choices::add);
    } catch (RuntimeException e) {
      err.println("dyad: " + set + ": " + s.id() + ": analysis failed, skipped: " + e);
      return;
    }
    List<String> accepted = PloverTypes.accepted(s.type());
    for (TargetChoice c : choices) {
      Event e = c.event();
      if (s.type() != null && !accepted.contains(String.valueOf(types.typeOf(e)))) {
        continue;
      }
      List<String> targets = new ArrayList<>();
      for (PairSentence.GoldPair p : s.pairs()) {
        if (MentionMatch.matches(p.source(), e.sourceText())) {
          targets.add(p.target());
        }
        if (p.reciprocal() && MentionMatch.matches(p.target(), e.sourceText())) {
          targets.add(p.source());
        }
      }
      if (targets.isEmpty()) {
        continue;
      }
      List<List<String>> options = new ArrayList<>();
      List<Boolean> positive = new ArrayList<>();
      for (TargetChoice.Option o : c.options()) {
        options.add(o.features());
        positive.add(targets.stream().anyMatch(t -> MentionMatch.matches(t, o.text())));
      }
      samples.add(new RankerTrainer.Sample(set + ":" + s.id(), options, positive));
    }
  }

  /** The labelled choices so far. */
  public List<RankerTrainer.Sample> samples() {
    return samples;
  }

  /** Gold sentences read so far. */
  public int sentences() {
    return sentences;
  }
}
