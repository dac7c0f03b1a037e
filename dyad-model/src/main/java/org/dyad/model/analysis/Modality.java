package org.dyad.model.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Whether a coded event happened as told: the one list of modalities, in the order filters show
 * them. Stored, exported and printed as {@link #label()} ({@code asserted}, {@code negated} ...);
 * the JSON documents that spell the values (docs/analysis.schema.json, the web API's openapi.json)
 * are checked against this enum by tests.
 */
public enum Modality {
  /** The text states that it happened. */
  ASSERTED,
  /** The text says it did not happen ("did not criticize"). */
  NEGATED,
  /** A condition, a modal verb or a possibility ("if", "could"). */
  HYPOTHETICAL,
  /** Announced or planned, not yet done ("will withdraw"). */
  FUTURE,
  /** Someone said it happened (reported speech, a quotation). */
  REPORTED;

  /** The lower-case name stored, exported and shown ({@code asserted} ...). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The label of {@code m}, or {@code null} for none (how a writer spells an absent value). */
  public static String labelOf(Modality m) {
    return m == null ? null : m.label();
  }

  /** Every label, in the order of the enum (the order filters list them). */
  public static List<String> labels() {
    return Arrays.stream(values()).map(Modality::label).toList();
  }

  /**
   * The modality of a label, in any case ({@code negated}, {@code NEGATED}).
   *
   * @throws IllegalArgumentException naming the value and the labels when it is none of them
   *                                  ({@code null} included)
   */
  public static Modality parse(String label) {
    if (label != null) {
      for (Modality m : values()) {
        if (m.label().equalsIgnoreCase(label.strip())) {
          return m;
        }
      }
    }
    throw new IllegalArgumentException("modality '" + label + "' is not one of " + labels());
  }
}
