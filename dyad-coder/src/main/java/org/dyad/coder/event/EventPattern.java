package org.dyad.coder.event;

import java.util.List;

/**
 * One row of the event-pattern dictionary: a trigger word with its argument frame and CAMEO code.
 *
 * @param lemma    head lemma of the trigger, lower case
 * @param particle verb particle ("out" of "speak out"), or {@code null}
 * @param noun     true for nominal triggers ("talks", "sanctions"), false for verbs
 * @param source   slots giving the source actor, tried in order ({@code subj}, {@code poss}, a preposition)
 * @param target   slots giving the target actor ({@code obj}, {@code iobj}, {@code subj}, a preposition)
 * @param object   constraint on the object: {@code null}, {@code =lemma} or {@code @CLASS}
 * @param code     CAMEO code
 * @param where    {@code file:line} of the row
 */
public record EventPattern(String lemma, String particle, boolean noun, List<String> source,
                           List<String> target, String object, String code, String where) {
  public EventPattern {
    source = List.copyOf(source);
    target = List.copyOf(target);
  }

  /** The trigger as written in the dictionary. */
  public String trigger() {
    return particle == null ? lemma : lemma + " " + particle;
  }
}
