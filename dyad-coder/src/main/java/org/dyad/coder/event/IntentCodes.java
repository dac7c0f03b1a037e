package org.dyad.coder.event;

import java.util.Map;

/**
 * CAMEO's intent codes for events said to come: cooperation announced for the future is an
 * expressed intent (03x: "Ukraine will receive weapons from Germany" is 0332, intent to provide
 * military aid), conflict announced for the future a threat (13x).
 */
final class IntentCodes {
  private static final Map<String, String> BY_CODE = Map.ofEntries(
      Map.entry("045", "039"), Map.entry("061", "0311"), Map.entry("062", "0312"), Map.entry("063", "0313"),
      Map.entry("064", "0314"), Map.entry("060", "031"),
      Map.entry("070", "033"), Map.entry("071", "0331"), Map.entry("072", "0332"),
      Map.entry("073", "0333"), Map.entry("074", "0334"),
      Map.entry("162", "1311"), Map.entry("1621", "1311"), Map.entry("1622", "1311"),
      Map.entry("1623", "1311"), Map.entry("163", "1312"), Map.entry("161", "1313"),
      Map.entry("164", "134"), Map.entry("165", "135"), Map.entry("166", "136"));
  private static final Map<String, String> BY_ROOT = Map.ofEntries(
      Map.entry("04", "036"), Map.entry("05", "032"), Map.entry("06", "031"),
      Map.entry("07", "033"), Map.entry("08", "035"), Map.entry("16", "131"),
      Map.entry("17", "137"), Map.entry("18", "138"), Map.entry("19", "138"), Map.entry("20", "138"));

  private static final Map<String, String> REJECTION_BY_ROOT = Map.ofEntries(
      Map.entry("03", "120"), Map.entry("04", "125"), Map.entry("05", "120"), Map.entry("06", "121"),
      Map.entry("07", "122"), Map.entry("08", "124"));

  private IntentCodes() {}

  /** The rejection code for refusing a cooperative act ("will not meet" 125), or {@code null}. */
  static String rejection(String code) {
    return REJECTION_BY_ROOT.get(code.substring(0, 2));
  }

  /** The intent or threat code for a future event, or {@code null} when the code stays. */
  static String of(String code) {
    String exact = BY_CODE.get(code);
    return exact != null ? exact : BY_ROOT.get(code.substring(0, 2));
  }
}
