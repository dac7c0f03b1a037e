package org.dyad.model.analysis;

import java.util.List;

/**
 * Where a value came from: the one home of the basis words Dyad stores and prints beside an event's
 * actors ({@link Event#sourceBasis()}, {@link Event#targetBasis()}: {@link #TEXT} or
 * {@link #CONTEXT}), beside its date ({@link Event#dateBasis()}: {@link #TEXT}, {@link #CONTEXT} or
 * {@link #PUBLISHED}) and beside a document's reference date
 * ({@link DocumentAnalysis#referenceBasis()}: {@link #PUBLISHED}, {@link #OPTION} or {@link #TODAY}).
 * Strings rather than an enum because they are the stored values themselves and SQL compares them.
 */
public final class Basis {
  /** From the event's own sentence: the actor named there, or a temporal expression dating it. */
  public static final String TEXT = "text";
  /** From the surrounding article: an actor or a date carried over from other sentences. */
  public static final String CONTEXT = "context";
  /** The article's publication date. */
  public static final String PUBLISHED = "published";
  /** The date the user gave (the {@code --date} option). */
  public static final String OPTION = "option";
  /** Nothing else was known: the day of the run. */
  public static final String TODAY = "today";

  /** The bases of an event's source and target, when it has one. */
  public static final List<String> ACTOR = List.of(TEXT, CONTEXT);
  /** The bases of an event's date. */
  public static final List<String> DATE = List.of(TEXT, PUBLISHED, CONTEXT);
  /** The bases of a document's reference date. */
  public static final List<String> REFERENCE = List.of(PUBLISHED, OPTION, TODAY);

  private Basis() {}
}
