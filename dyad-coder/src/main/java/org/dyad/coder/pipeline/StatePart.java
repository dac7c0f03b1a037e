package org.dyad.coder.pipeline;

/**
 * The parts of an {@link AnalysisState} a {@link Stage} may need or add, in the order the standard
 * pipeline fills them. {@link #PARSED} is there from the start.
 */
public enum StatePart {
  /** The parsed document (tokens, sentences, entities, dependency trees where parsed). */
  PARSED,
  /** The resolved actors. */
  ACTORS,
  /** The date mentions. */
  DATES,
  /** The attributed quotations. */
  QUOTES,
  /** The coded events. */
  EVENTS,
  /** Each event's place, on the events. */
  LOCATIONS
}
