package org.dyad.coder.geo;

/**
 * One gazetteer entry: a populated place, a first-level division, a country or a hand-kept place.
 *
 * @param geonamesId  GeoNames id of a populated place, else {@code null}
 * @param name        its name as the gazetteer writes it
 * @param feature     {@link #CITY}, {@link #ADMIN1}, {@link #COUNTRY}, or a hand-kept kind
 *                    ({@code sea}, {@code strait}, {@code region}, {@code site}...)
 * @param featureCode GeoNames feature code ({@code PPLC} capital, {@code PPLA} division seat, {@code ADM1}...)
 *                    or the hand-kept kind again
 * @param iso2        ISO 3166-1 alpha-2 country, or {@code null} for places in no one country
 * @param admin1      GeoNames admin1 code within the country ({@code 07}), or {@code null}
 * @param population  people living there (0 when unknown)
 * @param lat         latitude in degrees
 * @param lon         longitude in degrees
 */
public record GeoPlace(Long geonamesId, String name, String feature, String featureCode, String iso2,
                       String admin1, long population, double lat, double lon) {
  /** A populated place. */
  public static final String CITY = "city";
  /** A first-level administrative division (state, province, oblast, department). */
  public static final String ADMIN1 = "admin1";
  /** A country or territory with an ISO code. */
  public static final String COUNTRY = "country";

  /** The division key GeoNames uses ({@code UA.07}), or {@code null} when there is none. */
  public String admin1Key() {
    return iso2 == null || admin1 == null ? null : iso2 + "." + admin1;
  }

  /** A national capital, or a seat of government that is not the capital (La Paz: {@code PPLG}). */
  public boolean capital() {
    return "PPLC".equals(featureCode) || "PPLG".equals(featureCode);
  }

  /** Great-circle distance to another point, in kilometres (haversine). */
  public static double km(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
  }
}
