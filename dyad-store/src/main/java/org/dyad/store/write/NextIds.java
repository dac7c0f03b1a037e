package org.dyad.store.write;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The next article or event id: one more than the largest stored, read on the writer's connection
 * inside its transaction (so an event added earlier in the same article counts).
 *
 * <p>Why not the {@code article_ids} and {@code event_ids} sequences of schema version 1: DuckDB
 * does not give back sequence values taken by a transaction that is rolled back, so an article
 * whose write failed (a full disk, say) left a gap, and the rerun assigned other ids than a clean
 * run. Taking the largest id plus one leaves no trace of a failed write. It relies on the one
 * writer per store that {@link ArticleWriter} already requires, and on rows never being deleted.
 */
final class NextIds {
  private NextIds() {}

  /** The id the next stored article gets. */
  static long article(Connection conn) throws SQLException {
    return next(conn, "SELECT coalesce(max(id), 0) + 1 FROM articles");
  }

  /** The id the next new event gets. */
  static long event(Connection conn) throws SQLException {
    return next(conn, "SELECT coalesce(max(id), 0) + 1 FROM events");
  }

  private static long next(Connection conn, String sql) throws SQLException {
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
