package org.dyad.coder.event;

import java.util.List;
import org.dyad.model.analysis.Event;

/**
 * What the learned target ranking saw for one coded event whose target the sentence's structure did
 * not give: the event (with the target picked, or none) and every candidate actor with its features
 * and probability, best first. {@code dyad train-ranker} learns from these; nothing else needs them.
 *
 * @param event    the event as coded
 * @param options  the candidates, best first; never empty
 */
public record TargetChoice(Event event, List<Option> options) {
  public TargetChoice {
    options = List.copyOf(options);
  }

  /**
   * One candidate target.
   *
   * @param text         the words that name it in the sentence
   * @param features     the features the model scores ({@code path=↑obj↓obl}, {@code case=with} ...)
   * @param probability  the model's probability that it is the target (0 without a model)
   */
  public record Option(String text, List<String> features, double probability) {
    public Option {
      features = List.copyOf(features);
    }
  }
}
