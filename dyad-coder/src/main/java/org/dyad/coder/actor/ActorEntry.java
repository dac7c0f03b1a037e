package org.dyad.coder.actor;

import java.util.List;

/**
 * What a dictionary phrase stands for: a country, a named body, a sector term or a party adjective.
 *
 * @param kind    COUNTRY, DEMONYM, CAPITAL, ORGANIZATION, SECTOR or PARTY
 * @param name    canonical name ({@code Russia}, {@code Kremlin}, {@code defense minister})
 * @param country ISO alpha-3 or {@code null}
 * @param sectors CAMEO sector codes
 * @param code    full actor code for named bodies ({@code IGOWSTNAT}), else {@code null}
 * @param leader  for SECTOR titles: true when it means a head of state or government
 * @param source  {@code file:line} of the row
 */
public record ActorEntry(Kind kind, String name, String country, List<String> sectors, String code,
                         boolean leader, String source) {
  /** What sort of phrase an entry came from. */
  public enum Kind { COUNTRY, DEMONYM, CAPITAL, ORGANIZATION, TITLE, BODY, GROUP, PARTY, PLACE }

  public ActorEntry {
    sectors = List.copyOf(sectors);
  }

  /** The CAMEO-style code: the explicit one, else country followed by sectors. */
  public String actorCode() {
    if (code != null) {
      return code;
    }
    return ActorCodes.compose(country, sectors);
  }

  /** True for entries that name a country (by name, demonym or capital). */
  public boolean isCountry() {
    return kind == Kind.COUNTRY || kind == Kind.DEMONYM || kind == Kind.CAPITAL;
  }

}
