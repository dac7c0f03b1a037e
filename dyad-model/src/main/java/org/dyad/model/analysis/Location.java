package org.dyad.model.analysis;

/**
 * Where an event happened: a gazetteer place and how Dyad found it in the text.
 *
 * @param name       the place's name in the gazetteer ({@code Kharkiv}, {@code Black Sea})
 * @param geonamesId the GeoNames id of a populated place, or {@code null} for divisions, countries
 *                   and the hand-kept places (seas, regions) that carry none
 * @param country    ISO 3166-1 alpha-3 code, or {@code null} for places in no one country (seas)
 * @param admin1     first-level division as GeoNames writes it, country and code ({@code UA.07}), or
 *                   {@code null}
 * @param admin1Name the division's name ({@code Kharkiv}), or {@code null}
 * @param lat        latitude in degrees (WGS84)
 * @param lon        longitude in degrees
 * @param feature    {@code city}, {@code admin1}, {@code country}, or the kind of a hand-kept place
 *                   ({@code sea}, {@code strait}, {@code region}, {@code site}...)
 * @param basis      {@code clause} (named in the event's own clause, "in Kharkiv"), {@code sentence}
 *                   (elsewhere in its sentence) or {@code dateline} (the article's dateline)
 * @param span       where the place is named in the text
 */
public record Location(String name, Long geonamesId, String country, String admin1, String admin1Name,
                       double lat, double lon, String feature, String basis, Span span) {
  /** Named in the event's own clause. */
  public static final String CLAUSE = "clause";
  /** Named elsewhere in the event's sentence. */
  public static final String SENTENCE = "sentence";
  /** The article's dateline. */
  public static final String DATELINE = "dateline";
}
