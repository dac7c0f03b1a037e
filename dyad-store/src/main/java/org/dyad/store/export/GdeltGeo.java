package org.dyad.store.export;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The eight GDELT 2.0 columns of one geography (Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat,
 * Long, FeatureID) for an event's stored place ({@code geo_*} columns), as GDELT writes them: Type 1
 * country, 2 US state, 3 US city, 4 other city (and Dyad's hand-kept seas, regions and sites), 5 other
 * first-level division; FullName "City, Division, Country"; CountryCode and the first two letters of
 * ADM1Code in FIPS 10-4 (ADM1Code is the FIPS country followed by the GeoNames division code, "UP07",
 * "USTX"; a country's is its FIPS code); FeatureID the GeoNames id of a city, else the ADM1Code.
 * ADM2Code stays empty. All eight are empty for an event with no place.
 */
final class GdeltGeo {
  private GdeltGeo() {}

  /** The eight columns of the result set's current event. */
  static List<String> action(ResultSet rs, CountryCodes countries) throws SQLException {
    List<String> cols = new ArrayList<>(8);
    String name = rs.getString("geo_name");
    if (name == null) {
      for (int i = 0; i < 8; i++) {
        cols.add("");
      }
      return cols;
    }
    String feature = nz(rs.getString("geo_feature"));
    String iso3 = rs.getString("geo_country");
    String fips = nz(countries.fips(iso3));
    String admin1 = rs.getString("geo_admin1");
    String adm1Code = feature.equals("country") ? fips
        : admin1 == null || fips.isEmpty() ? "" : fips + admin1.substring(admin1.indexOf('.') + 1);
    boolean us = "USA".equals(iso3);
    cols.add(switch (feature) {
      case "country" -> "1";
      case "admin1" -> us ? "2" : "5";
      case "city" -> us ? "3" : "4";
      default -> "4";
    });
    cols.add(fullName(name, feature, rs.getString("geo_admin1_name"), countries.name(iso3)));
    cols.add(fips);
    cols.add(adm1Code);
    cols.add("");
    cols.add(String.format(Locale.ROOT, "%.4f", rs.getDouble("geo_lat")));
    cols.add(String.format(Locale.ROOT, "%.4f", rs.getDouble("geo_lon")));
    long id = rs.getLong("geo_id");
    cols.add(rs.wasNull() ? adm1Code : Long.toString(id));
    return cols;
  }

  private static String fullName(String name, String feature, String admin1Name, String country) {
    StringBuilder b = new StringBuilder(name);
    if (!feature.equals("admin1") && !feature.equals("country") && admin1Name != null) {
      b.append(", ").append(admin1Name);
    }
    if (!feature.equals("country") && country != null) {
      b.append(", ").append(country);
    }
    return b.toString();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
