package org.dyad.eval;

import java.util.Locale;
import java.util.Objects;
import org.dyad.model.analysis.QuadClass;

/**
 * One labelled sentence of a five-class conflict/cooperation gold set (ConfliBERT's CAMEO
 * pentaclass layout).
 *
 * @param id    where it was read, {@code file:line}
 * @param text  the sentence
 * @param label 0 statement, 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
 *              4 material conflict (the last four are CAMEO QuadClasses)
 */
public record PentaclassSentence(String id, String text, int label) {
  /** Names of the five labels, by label: a statement, then the QuadClasses in lower case. */
  public static final java.util.List<String> LABELS = java.util.stream.Stream.concat(
      java.util.stream.Stream.of("statement"),
      java.util.Arrays.stream(QuadClass.values()).map(q -> q.label().toLowerCase(Locale.ROOT))).toList();

  public PentaclassSentence {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    if (label < 0 || label > 4) {
      throw new IllegalArgumentException("label " + label + " is not 0-4");
    }
  }
}
