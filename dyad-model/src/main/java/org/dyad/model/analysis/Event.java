package org.dyad.model.analysis;

/**
 * A coded political event: a source actor doing something to a target actor.
 *
 * @param id          document-local identifier
 * @param sentence    the sentence text the event was coded from
 * @param span        the sentence's position in the text
 * @param trigger     the word or phrase that fired the pattern
 * @param source      source actor id or {@code null}
 * @param target      target actor id or {@code null}
 * @param sourceCode  source actor code
 * @param targetCode  target actor code
 * @param sourceText  the source mention as written
 * @param targetText  the target mention as written
 * @param cameo       CAMEO event code, e.g. {@code 112}
 * @param plover      PLOVER event type, a {@link PloverType} name, or {@code null}
 * @param ploverMode  PLOVER mode or {@code null}
 * @param goldstein   Goldstein scale value
 * @param quadClass   the {@link QuadClass} number, 1 verbal cooperation .. 4 material conflict
 * @param modality    whether it happened as told ({@link Modality}: asserted, negated, ...)
 * @param date        ISO date at the precision known
 * @param dateBasis   {@link Basis#TEXT} when a temporal expression dated it, {@link Basis#CONTEXT} when
 *                    it was carried from another sentence or mention, else {@link Basis#PUBLISHED}
 * @param rule        the dictionary entry that fired, with file:line
 * @param confidence  in [0,1]
 * @param sourceBasis {@link Basis#TEXT} when the source was found in the event's own sentence,
 *                    {@link Basis#CONTEXT} when it was taken from the surrounding article (lower
 *                    confidence), {@code null} when there is no source
 * @param targetBasis the same for the target; {@code null} when there is no target
 * @param sameAs      the id of the article's first event this one mentions again (same source and
 *                    target actors, code and date: "the arrest" told four times is one event with four
 *                    mentions), or {@code null} for an event's first mention
 * @param location    where it happened, or {@code null} when the text does not say (see {@link Location})
 */
public record Event(String id, String sentence, Span span, String trigger, String source, String target,
                    String sourceCode, String targetCode, String sourceText, String targetText,
                    String cameo, String plover, String ploverMode, double goldstein, int quadClass,
                    Modality modality, String date, String dateBasis, String rule, double confidence,
                    String sourceBasis, String targetBasis, String sameAs, Location location) {
  /** An event with no location yet. */
  public Event(String id, String sentence, Span span, String trigger, String source, String target,
               String sourceCode, String targetCode, String sourceText, String targetText,
               String cameo, String plover, String ploverMode, double goldstein, int quadClass,
               Modality modality, String date, String dateBasis, String rule, double confidence,
               String sourceBasis, String targetBasis, String sameAs) {
    this(id, sentence, span, trigger, source, target, sourceCode, targetCode, sourceText, targetText, cameo,
        plover, ploverMode, goldstein, quadClass, modality, date, dateBasis, rule, confidence, sourceBasis,
        targetBasis, sameAs, null);
  }

  /** An event's first (or only) mention: {@code sameAs} is {@code null}. */
  public Event(String id, String sentence, Span span, String trigger, String source, String target,
               String sourceCode, String targetCode, String sourceText, String targetText,
               String cameo, String plover, String ploverMode, double goldstein, int quadClass,
               Modality modality, String date, String dateBasis, String rule, double confidence,
               String sourceBasis, String targetBasis) {
    this(id, sentence, span, trigger, source, target, sourceCode, targetCode, sourceText, targetText, cameo,
        plover, ploverMode, goldstein, quadClass, modality, date, dateBasis, rule, confidence, sourceBasis,
        targetBasis, null, null);
  }

  /** This event with a location (or none); everything else as it is. */
  public Event located(Location where) {
    return new Event(id, sentence, span, trigger, source, target, sourceCode, targetCode, sourceText,
        targetText, cameo, plover, ploverMode, goldstein, quadClass, modality, date, dateBasis, rule,
        confidence, sourceBasis, targetBasis, sameAs, where);
  }

  /** This mention with another id, date and "same as" link; everything else as it is. */
  public Event relinked(String newId, String newDate, String newDateBasis, String lead) {
    return new Event(newId, sentence, span, trigger, source, target, sourceCode, targetCode, sourceText,
        targetText, cameo, plover, ploverMode, goldstein, quadClass, modality, newDate, newDateBasis, rule,
        confidence, sourceBasis, targetBasis, lead, location);
  }
}
