package org.dyad.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Brings a store's schema to the version this Dyad knows, one migration script at a time.
 *
 * <p>Scripts are resources {@code dyad/store/migrations/V<n>__<name>.sql}, listed in
 * {@link #MIGRATIONS}; each runs in its own transaction together with its row in
 * {@code schema_version}, so a crash mid-migration leaves the previous version intact.
 */
final class SchemaMigrator {
  /** The migrations in order; version n is the n-th. */
  static final List<String> MIGRATIONS = List.of("V1__events.sql", "V2__actor_basis.sql",
      "V3__store_id.sql", "V4__event_location.sql", "V5__date_precision.sql");

  private final Connection conn;

  SchemaMigrator(Connection conn) {
    this.conn = conn;
  }

  /** The version now in the database, 0 for an empty one. */
  int current() {
    try (Statement st = conn.createStatement()) {
      try (ResultSet rs = st.executeQuery("SELECT count(*) FROM information_schema.tables"
          + " WHERE table_name = 'schema_version'")) {
        rs.next();
        if (rs.getInt(1) == 0) {
          return 0;
        }
      }
      try (ResultSet rs = st.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
        rs.next();
        return rs.getInt(1);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the schema version: " + e.getMessage(), e);
    }
  }

  /** Fails unless the database is at exactly the known version (read-only use). */
  void check() {
    int v = current();
    if (v != MIGRATIONS.size()) {
      throw new StoreException("store schema version " + v + ", this Dyad reads version "
          + MIGRATIONS.size() + (v < MIGRATIONS.size() ? " (any 'dyad ingest' into it upgrades it)"
          : " (written by a newer Dyad)"));
    }
  }

  /** Applies every migration not yet applied. */
  void migrate() {
    migrateTo(MIGRATIONS.size());
  }

  /**
   * Applies the migrations not yet applied up to version {@code target}; an older version than this
   * Dyad's is only wanted to build an old store for an upgrade test.
   */
  void migrateTo(int target) {
    int v = current();
    if (v > MIGRATIONS.size()) {
      throw new StoreException("store schema version " + v + " is newer than this Dyad's ("
          + MIGRATIONS.size() + ")");
    }
    try {
      if (v == 0) {
        try (Statement st = conn.createStatement()) {
          st.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY,"
              + " name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)");
        }
      }
      for (int i = v; i < target; i++) {
        apply(i + 1, MIGRATIONS.get(i));
      }
    } catch (SQLException e) {
      throw new StoreException("schema migration failed: " + e.getMessage(), e);
    }
  }

  private void apply(int version, String name) throws SQLException {
    String sql = script(name);
    boolean auto = conn.getAutoCommit();
    conn.setAutoCommit(false);
    try (Statement st = conn.createStatement()) {
      // Comments go first: a ';' inside one must not split a statement.
      for (String s : stripComments(sql).split(";")) {
        if (!s.isBlank()) {
          st.execute(s);
        }
      }
      st.execute("INSERT INTO schema_version VALUES (" + version + ", '" + name.replace("'", "''")
          + "', current_timestamp)");
      conn.commit();
    } catch (SQLException e) {
      conn.rollback();
      throw new SQLException(name + ": " + e.getMessage(), e);
    } finally {
      conn.setAutoCommit(auto);
    }
  }

  private static String stripComments(String s) {
    StringBuilder out = new StringBuilder();
    for (String line : s.split("\n")) {
      int dash = line.indexOf("--");
      out.append(dash >= 0 ? line.substring(0, dash) : line).append('\n');
    }
    return out.toString();
  }

  private static String script(String name) {
    String path = "/dyad/store/migrations/" + name;
    try (InputStream in = SchemaMigrator.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new StoreException("missing migration resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new StoreException("cannot read migration " + path + ": " + e.getMessage(), e);
    }
  }
}
