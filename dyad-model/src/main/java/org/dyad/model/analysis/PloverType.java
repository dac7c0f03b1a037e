package org.dyad.model.analysis;

import java.util.Arrays;
import java.util.List;

/**
 * The sixteen PLOVER 1.0 event types Dyad emits, in PLOVER's order (cooperation to conflict): the
 * one list of them. An event carries the name ({@link Event#plover()}, stored and exported as
 * written here); the CAMEO table's {@code plover} column must name one of them, and the web API's
 * openapi.json, which spells them, is checked against this enum by a test.
 */
public enum PloverType {
  AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST,
  SANCTION, MOBILIZE, COERCE, ASSAULT;

  /** Every name, in PLOVER's order. */
  public static List<String> names() {
    return Arrays.stream(values()).map(PloverType::name).toList();
  }

  /** Whether {@code name} is a type's name exactly (upper case, as stored). */
  public static boolean isName(String name) {
    return name != null && names().contains(name);
  }
}
