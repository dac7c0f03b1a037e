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
    try (Connection conn = DriverManager.getConnection("jdbc:duckdb:"); Statement st = conn.createStatement();
         ResultSet rs = st.executeQuery("SELECT 42::BIGINT AS id, " + day + "::DATE AS day, " + code
             + " AS source_code, " + name + " AS source_name, " + country + " AS source_country, " + sectors
             + " AS source_sectors, 'BEL' AS target_code, 'Belgium' AS target_name, 'BEL' AS target_country,"
             + " '' AS target_sectors, '" + cameo + "' AS cameo, substr('" + cameo + "', 1, 2) AS cameo_root,"
             + " 2 AS quad_class, -0.5::DOUBLE AS goldstein, 5 AS num_mentions, 3 AS num_sources,"
             + " 4 AS num_articles, TIMESTAMP '2025-06-05 07:08:09' AS date_added,"
             + " 'https://x.example/a' AS source_url, TRUE AS is_root")) {
      rs.next();
      return GdeltRow.of(rs);
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
