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
 * @param cameoName   the code's name in the CAMEO table the event was coded with ({@code Accuse}), or
 *                    {@code null} when not known
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
                    String cameo, String cameoName, String plover, String ploverMode, double goldstein,
                    int quadClass,
                    Modality modality, String date, String dateBasis, String rule, double confidence,
                    String sourceBasis, String targetBasis, String sameAs, Location location) {
  /** An empty builder: every component {@code null}, {@code 0} or {@code 0.0} until set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding every component of this event, to change a few and {@link Builder#build()}. */
  public Builder toBuilder() {
    return new Builder().id(id).sentence(sentence).span(span).trigger(trigger).source(source).target(target)
        .sourceCode(sourceCode).targetCode(targetCode).sourceText(sourceText).targetText(targetText)
        .cameo(cameo).cameoName(cameoName).plover(plover).ploverMode(ploverMode).goldstein(goldstein)
        .quadClass(quadClass)
        .modality(modality).date(date).dateBasis(dateBasis).rule(rule).confidence(confidence)
        .sourceBasis(sourceBasis).targetBasis(targetBasis).sameAs(sameAs).location(location);
  }

  /** This event with a location (or none); everything else as it is. */
  public Event located(Location where) {
    return toBuilder().location(where).build();
  }

  /** This mention with another id, date and "same as" link; everything else as it is. */
  public Event relinked(String newId, String newDate, String newDateBasis, String lead) {
    return toBuilder().id(newId).date(newDate).dateBasis(newDateBasis).sameAs(lead).build();
  }

  /**
   * Builds an {@link Event} by component name, so a caller sets only what it knows instead of a row of
   * 24 positional values. Takes one setter per record component (same name, same meaning, see
   * {@link Event}); gives the event from {@link #build()}. Defaults: {@code null} for objects,
   * {@code 0} for {@code quadClass}, {@code 0.0} for {@code goldstein} and {@code confidence}. Not
   * thread-safe; {@link #build()} may be called more than once.
   */
  public static final class Builder {
    private String id;
    private String sentence;
    private Span span;
    private String trigger;
    private String source;
    private String target;
    private String sourceCode;
    private String targetCode;
    private String sourceText;
    private String targetText;
    private String cameo;
    private String cameoName;
    private String plover;
    private String ploverMode;
    private double goldstein;
    private int quadClass;
    private Modality modality;
    private String date;
    private String dateBasis;
    private String rule;
    private double confidence;
    private String sourceBasis;
    private String targetBasis;
    private String sameAs;
    private Location location;

    private Builder() {
    }

    /** Sets {@link Event#id()}. */
    public Builder id(String value) {
      this.id = value;
      return this;
    }

    /** Sets {@link Event#sentence()}. */
    public Builder sentence(String value) {
      this.sentence = value;
      return this;
    }

    /** Sets {@link Event#span()}. */
    public Builder span(Span value) {
      this.span = value;
      return this;
    }

    /** Sets {@link Event#trigger()}. */
    public Builder trigger(String value) {
      this.trigger = value;
      return this;
    }

    /** Sets {@link Event#source()}. */
    public Builder source(String value) {
      this.source = value;
      return this;
    }

    /** Sets {@link Event#target()}. */
    public Builder target(String value) {
      this.target = value;
      return this;
    }

    /** Sets {@link Event#sourceCode()}. */
    public Builder sourceCode(String value) {
      this.sourceCode = value;
      return this;
    }

    /** Sets {@link Event#targetCode()}. */
    public Builder targetCode(String value) {
      this.targetCode = value;
      return this;
    }

    /** Sets {@link Event#sourceText()}. */
    public Builder sourceText(String value) {
      this.sourceText = value;
      return this;
    }

    /** Sets {@link Event#targetText()}. */
    public Builder targetText(String value) {
      this.targetText = value;
      return this;
    }

    /** Sets {@link Event#cameo()}. */
    public Builder cameo(String value) {
      this.cameo = value;
      return this;
    }

    /** Sets {@link Event#cameoName()}. */
    public Builder cameoName(String value) {
      this.cameoName = value;
      return this;
    }

    /** Sets {@link Event#plover()}. */
    public Builder plover(String value) {
      this.plover = value;
      return this;
    }

    /** Sets {@link Event#ploverMode()}. */
    public Builder ploverMode(String value) {
      this.ploverMode = value;
      return this;
    }

    /** Sets {@link Event#goldstein()}. */
    public Builder goldstein(double value) {
      this.goldstein = value;
      return this;
    }

    /** Sets {@link Event#quadClass()}. */
    public Builder quadClass(int value) {
      this.quadClass = value;
      return this;
    }

    /** Sets {@link Event#modality()}. */
    public Builder modality(Modality value) {
      this.modality = value;
      return this;
    }

    /** Sets {@link Event#date()}. */
    public Builder date(String value) {
      this.date = value;
      return this;
    }

    /** Sets {@link Event#dateBasis()}. */
    public Builder dateBasis(String value) {
      this.dateBasis = value;
      return this;
    }

    /** Sets {@link Event#rule()}. */
    public Builder rule(String value) {
      this.rule = value;
      return this;
    }

    /** Sets {@link Event#confidence()}. */
    public Builder confidence(double value) {
      this.confidence = value;
      return this;
    }

    /** Sets {@link Event#sourceBasis()}. */
    public Builder sourceBasis(String value) {
      this.sourceBasis = value;
      return this;
    }

    /** Sets {@link Event#targetBasis()}. */
    public Builder targetBasis(String value) {
      this.targetBasis = value;
      return this;
    }

    /** Sets {@link Event#sameAs()}. */
    public Builder sameAs(String value) {
      this.sameAs = value;
      return this;
    }

    /** Sets {@link Event#location()}. */
    public Builder location(Location value) {
      this.location = value;
      return this;
    }

    /** The event with the components set so far. */
    public Event build() {
      return new Event(id, sentence, span, trigger, source, target, sourceCode, targetCode, sourceText,
          targetText, cameo, cameoName, plover, ploverMode, goldstein, quadClass, modality, date, dateBasis, rule,
          confidence, sourceBasis, targetBasis, sameAs, location);
    }
  }
}
