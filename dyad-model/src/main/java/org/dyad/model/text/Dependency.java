package org.dyad.model.text;

/**
 * One arc of a sentence's Universal Dependencies parse.
 *
 * @param relation  relation name, e.g. {@code nsubj}, {@code obj}, {@code nmod:of}, {@code root}
 * @param governor  index of the head token in its sentence, {@code -1} for the root arc
 * @param dependent index of the dependent token in its sentence
 */
public record Dependency(String relation, int governor, int dependent) {}
