package org.dyad.store.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** One event row turned into GDELT 2.0's 61 columns; the row comes from an in-memory DuckDB. */
class GdeltRowTest {
  /** The row of an event from the given source actor (SQL literals) to Belgium. */
  private static List<String> row(String day, String code, String name, String country, String sectors,
                                  String cameo) throws SQLException {
    return row(day, code, name, country, sectors, cameo, NOWHERE);
  }

  /** No place: the stored geo_ columns all NULL. */
  private static final String NOWHERE = "NULL AS geo_name, NULL::BIGINT AS geo_id, NULL AS geo_country,"
      + " NULL AS geo_admin1, NULL AS geo_admin1_name, NULL::DOUBLE AS geo_lat, NULL::DOUBLE AS geo_lon,"
      + " NULL AS geo_feature, NULL AS geo_basis";

  /** Two countries' codes, as the gazetteer gives them (GeoNames' FIPS column). */
  private static final CountryCodes CODES = new CountryCodes() {
    @Override
    public String fips(String iso3) {
      return switch (iso3) {
        case "UKR" -> "UP";
        case "USA" -> "US";
        default -> null;
      };
    }

    @Override
    public String name(String iso3) {
      return switch (iso3) {
        case "UKR" -> "Ukraine";
        case "USA" -> "United States";
        default -> null;
      };
    }
  };

  private static List<String> row(String day, String code, String name, String country, String sectors,
                                  String cameo, String geo) throws SQLException {
    try (Connection conn = DriverManager.getConnection("jdbc:duckdb:"); Statement st = conn.createStatement();
         ResultSet rs = st.executeQuery("SELECT 42::BIGINT AS id, " + day + "::DATE AS day, " + code
             + " AS source_code, " + name + " AS source_name, " + country + " AS source_country, " + sectors
             + " AS source_sectors, 'BEL' AS target_code, 'Belgium' AS target_name, 'BEL' AS target_country,"
             + " '' AS target_sectors, '" + cameo + "' AS cameo, substr('" + cameo + "', 1, 2) AS cameo_root,"
             + " 2 AS quad_class, -0.5::DOUBLE AS goldstein, 5 AS num_mentions, 3 AS num_sources,"
             + " 4 AS num_articles, TIMESTAMP '2025-06-05 07:08:09' AS date_added,"
             + " 'https://x.example/a' AS source_url, TRUE AS is_root, " + geo)) {
      rs.next();
      return GdeltRow.of(rs, CODES);
    }
  }

  private static List<String> dutchMinistry(String day) throws SQLException {
    return row(day, "'NLDGOVMIL'", "'Dutch defence ministry'", "'NLD'", "'GOV MIL'", "1246");
  }

  @Test
  void fillsGdeltsColumnsInOrder() throws SQLException {
    List<String> r = dutchMinistry("'2025-12-31'");
    assertEquals(GdeltRow.COLUMNS, r.size());
    assertEquals(61, r.size());
    assertEquals(List.of("42", "20251231", "202512", "2025"), r.subList(0, 4));
    assertEquals(List.of("NLDGOVMIL", "DUTCH DEFENCE MINISTRY", "NLD", "", "", "", "", "GOV", "MIL", ""),
        r.subList(5, 15));
    assertEquals(List.of("BEL", "BELGIUM", "BEL", "", "", "", "", "", "", ""), r.subList(15, 25));
    assertEquals(List.of("1", "1246", "124", "12", "2", "-0.5", "5", "3", "4", ""), r.subList(25, 35));
    assertEquals(List.of("20250605070809", "https://x.example/a"), r.subList(59, 61));
  }

  @Test
  void aPlaceFillsTheActionGeoColumnsAsGdeltDoes() throws SQLException {
    List<String> kharkiv = row("'2025-06-03'", "'RUSMIL'", "'Russian forces'", "'RUS'", "'MIL'", "194",
        "'Kharkiv' AS geo_name, 706483::BIGINT AS geo_id, 'UKR' AS geo_country, 'UA.07' AS geo_admin1,"
            + " 'Kharkiv' AS geo_admin1_name, 49.98081 AS geo_lat, 36.25272 AS geo_lon, 'city' AS geo_feature,"
            + " 'clause' AS geo_basis");
    assertEquals(List.of("", "", "", "", "", "", "", ""), kharkiv.subList(35, 43), "Actor1Geo_*");
    assertEquals(List.of("", "", "", "", "", "", "", ""), kharkiv.subList(43, 51), "Actor2Geo_*");
    assertEquals(List.of("4", "Kharkiv, Kharkiv, Ukraine", "UP", "UP07", "", "49.9808", "36.2527", "706483"),
        kharkiv.subList(51, 59));
    List<String> texas = row("'2025-06-03'", "'USA'", "'United States'", "'USA'", "''", "042",
        "'Texas' AS geo_name, NULL::BIGINT AS geo_id, 'USA' AS geo_country, 'US.TX' AS geo_admin1,"
            + " 'Texas' AS geo_admin1_name, 31.1 AS geo_lat, -97.6 AS geo_lon, 'admin1' AS geo_feature,"
            + " 'sentence' AS geo_basis");
    assertEquals(List.of("2", "Texas, United States", "US", "USTX", "", "31.1000", "-97.6000", "USTX"),
        texas.subList(51, 59));
    assertEquals(List.of("", "", "", "", "", "", "", ""), dutchMinistry("'2025-12-31'").subList(51, 59),
        "no place, no geography");
  }

  /** GDELT's codebook: FractionDate = YEAR + (MONTH * 30 + DAY) / 365, even where that passes 1. */
  @Test
  void theFractionDateFollowsGdeltsFormula() throws SQLException {
    assertEquals("2025.0849", dutchMinistry("'2025-01-01'").get(4)); // 31 / 365
    assertEquals("2024.5014", dutchMinistry("'2024-06-03'").get(4)); // 183 / 365
    assertEquals("2025.0712", dutchMinistry("'2024-12-31'").get(4)); // 391 / 365
  }

  /** A GDELT file is read by programs: its numbers must not follow the user's locale. */
  @Test
  void numbersIgnoreTheDefaultLocale() throws SQLException {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      List<String> r = dutchMinistry("'2025-07-02'");
      assertEquals(List.of("20250702", "202507", "2025", "2025.5808"), r.subList(1, 5)); // 212 / 365
      assertEquals("-0.5", r.get(30));
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void anUndatedEventHasEmptyDates() throws SQLException {
    List<String> r = row("NULL", "'NLD'", "'Netherlands'", "'NLD'", "''", "042");
    assertEquals(List.of("42", "", "", "", ""), r.subList(0, 5));
    assertEquals(List.of("042", "042", "04"), r.subList(26, 29));
  }

  @Test
  void aMissingActorIsEmptyAndAnIgoHasAKnownGroup() throws SQLException {
    List<String> none = row("'2025-01-01'", "NULL", "NULL", "NULL", "NULL", "010");
    assertEquals(List.of("", "", "", "", "", "", "", "", "", ""), none.subList(5, 15));
    List<String> nato = row("'2025-01-01'", "'IGOWSTNAT'", "'NATO'", "NULL", "''", "010");
    assertEquals(List.of("IGOWSTNAT", "NATO", ""), nato.subList(5, 8));
    assertEquals("NAT", nato.get(8), "KnownGroupCode");
  }
}
