package org.dyad.model.analysis;

import java.util.List;

/**
 * An event-data actor found in one article, with every place it is mentioned.
 *
 * <p>The code is CAMEO style: an ISO 3166-1 alpha-3 country followed by sector codes
 * ({@code RUSGOV}, {@code USALEG}, {@code DEUGOV}); international organisations start with
 * {@code IGO}. {@code country} is {@code null} for actors with no country.
 *
 * @param id       document-local identifier ({@code a1}, {@code a2}, ...)
 * @param name     canonical name (the fullest form seen)
 * @param kind     PERSON, ORGANIZATION or COUNTRY
 * @param code     the CAMEO-style actor code
 * @param country  ISO alpha-3 code or {@code null}
 * @param sectors  sector codes, possibly empty
 * @param role     the role or title the text or the knowledge file gives, or {@code null}
 * @param basis    how the code was decided (the title, apposition or dictionary entry with file:line)
 * @param mentions every mention, in text order
 */
public record Actor(String id, String name, String kind, String code, String country,
                    List<String> sectors, String role, String basis, List<Span> mentions) {
  public Actor {
    sectors = List.copyOf(sectors);
    mentions = List.copyOf(mentions);
  }
}
