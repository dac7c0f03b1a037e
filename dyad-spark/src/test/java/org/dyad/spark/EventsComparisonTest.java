package org.dyad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventsComparisonTest {
  @TempDir
  Path dir;

  /** Writes events with the ignored columns and two compared ones. */
  private String write(String name, String values) throws Exception {
    Path file = dir.resolve(name);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
      st.execute("COPY (SELECT * FROM (VALUES " + values + ") t(id, article_id, date_added, cameo, num_sources))"
          + " TO '" + file + "' (FORMAT parquet)");
    }
    return file.toString();
  }

  @Test
  void idsAndTimesDoNotCountOtherColumnsDo() throws Exception {
    String a = write("a.parquet", "(1, 10, TIMESTAMP '2026-01-01 00:00:00', '112', 1),"
        + " (2, 11, TIMESTAMP '2026-01-01 00:00:00', '057', 2)");
    String renumbered = write("b.parquet", "(7, 70, TIMESTAMP '2027-05-05 00:00:00', '057', 2),"
        + " (9, 71, TIMESTAMP '2027-05-05 00:00:00', '112', 1)");
    String otherCount = write("c.parquet", "(1, 10, TIMESTAMP '2026-01-01 00:00:00', '112', 1),"
        + " (2, 11, TIMESTAMP '2026-01-01 00:00:00', '057', 1)");
    String twice = write("d.parquet", "(1, 10, TIMESTAMP '2026-01-01 00:00:00', '112', 1),"
        + " (2, 11, TIMESTAMP '2026-01-01 00:00:00', '057', 2), (3, 12, TIMESTAMP '2026-01-01 00:00:00', '057', 2)");
    assertTrue(EventsComparison.compare(a, renumbered).same());
    EventsComparison.Result r = EventsComparison.compare(a, otherCount);
    assertFalse(r.same());
    assertEquals(1, r.missing().size());
    assertTrue(r.missing().get(0).contains("num_sources=2"), r.toString());
    assertFalse(EventsComparison.compare(a, twice).same(), "a row twice is not the same as once");
  }
}
