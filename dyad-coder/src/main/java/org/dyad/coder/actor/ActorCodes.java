package org.dyad.coder.actor;

import java.util.List;

/** Builds CAMEO-style actor codes: country then sector codes, e.g. {@code RUS} + [GOV] = RUSGOV. */
public final class ActorCodes {
  private ActorCodes() {}

  /** Joins a country (may be null) and sectors; gives {@code null} when both are missing. */
  public static String compose(String country, List<String> sectors) {
    StringBuilder b = new StringBuilder();
    if (country != null) {
      b.append(country);
    }
    for (String s : sectors) {
      b.append(s);
    }
    return b.length() == 0 ? null : b.toString();
  }
}
