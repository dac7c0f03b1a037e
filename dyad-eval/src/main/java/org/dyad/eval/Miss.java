package org.dyad.eval;

import java.util.List;

/**
 * A gold event no prediction matched on both type and dyad, with what Dyad said instead.
 *
 * @param documentId  the gold document
 * @param excerpt     the start of its text
 * @param goldType    the gold type as shown ({@code 112 ACCUSE}, {@code REQUEST})
 * @param goldDyad    the gold dyad ({@code RUSGOV→UKR}, {@code ---} for any actor)
 * @param partial     true when some prediction in the document matched the type or the dyad;
 *                    misses where nothing matched either are the worst
 * @param predicted   Dyad's events in the document, one line each, uncounted ones marked with
 *                    their modality; empty when Dyad coded nothing
 * @param order       position among all gold events read, to keep file order among equals
 */
public record Miss(String documentId, String excerpt, String goldType, String goldDyad, boolean partial,
                   List<String> predicted, int order) {
  public Miss {
    predicted = List.copyOf(predicted);
  }
}
