package org.dyad.store;

import static org.dyad.store.fixture.Db.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.dyad.store.fixture.Corpus;
import org.dyad.store.fixture.Db;
import org.dyad.store.write.ArticleWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening, migrating and reopening a store on disk. */
class StoreIT {
  @TempDir
  Path tmp;

  @Test
  void aNewStoreIsMigratedToTheLatestVersion() {
    Path dir = tmp.resolve("nested/store");
    try (Store store = Store.open(dir, false)) {
      assertEquals(5, store.schemaVersion());
      assertTrue(Files.isRegularFile(dir.resolve(Store.DATABASE)));
      assertFalse(store.readOnly());
      assertEquals(List.of("1 V1__events.sql", "2 V2__actor_basis.sql", "3 V3__store_id.sql",
          "4 V4__event_location.sql", "5 V5__date_precision.sql"),
          Db.column(store,
          "SELECT version || ' ' || name FROM schema_version ORDER BY version"));
      for (String table : List.of("articles", "article_bands", "actors", "quotes", "events",
          "event_mentions", "ingest_errors")) {
        assertEquals("0", one(store, "SELECT count(*) FROM " + table), table);
      }
    }
  }

  @Test
  void reopeningKeepsTheDataAndMigratesNothingAgain() {
    String id;
    try (Store first = Db.storeWith(tmp, List.of(Corpus.grainAccusation()))) {
      id = first.id();
    }
    try (Store other = Store.open(tmp.resolve("other"), false)) {
      assertNotEquals(id, other.id(), "each database gets its own id");
    }
    try (Store store = Store.open(tmp, false)) {
      assertEquals(id, store.id(), "written once, kept on every open");
      assertEquals(5, store.schemaVersion());
      assertEquals("5", one(store, "SELECT count(*) FROM schema_version"));
      assertEquals("1", one(store, "SELECT count(*) FROM articles"));
      assertEquals("2", one(store, "SELECT count(*) FROM events"));
    }
    try (Store store = Store.open(tmp, true)) {
      assertTrue(store.readOnly());
      assertEquals("Moscow accuses Kyiv over grain talks", one(store, "SELECT title FROM articles"));
      StoreException e = assertThrows(StoreException.class, () -> new ArticleWriter(store));
      assertTrue(e.getMessage().contains("read-only"), e.getMessage());
      assertThrows(SQLException.class, () -> Db.execute(store, "DELETE FROM articles"));
    }
  }

  @Test
  void readOnlyOpeningOfAMissingStoreNamesTheFolder() {
    Path missing = tmp.resolve("no-such-store");
    StoreException e = assertThrows(StoreException.class, () -> Store.open(missing, true));
    assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    assertFalse(Files.exists(missing), "a failed read-only open creates nothing");
  }

  /**
   * DuckDB keeps one database instance per file and process: a second read-write open in the same
   * JVM shares it (and sees the first one's writes), while a read-only open, a different
   * configuration, is refused as long as the read-write one is open.
   */
  @Test
  void aSecondOpenInTheSameJvmSharesTheDatabase() {
    try (Store first = Db.storeWith(tmp, List.of(Corpus.grainAccusation()))) {
      try (Store second = Store.open(tmp, false)) {
        assertEquals(5, second.schemaVersion());
        assertEquals("5", one(second, "SELECT count(*) FROM schema_version"));
        assertEquals("1", one(second, "SELECT count(*) FROM articles"));
      }
      StoreException e = assertThrows(StoreException.class, () -> Store.open(tmp, true));
      assertTrue(e.getMessage().contains(tmp.toString()), e.getMessage());
      assertEquals("1", one(first, "SELECT count(*) FROM articles"), "the first store still works");
    }
    try (Store again = Store.open(tmp, true)) {
      assertEquals(5, again.schemaVersion(), "once both are closed a read-only open works");
    }
  }

  /**
   * A version 1 store, written before events said where their actors came from, upgrades on the
   * next read-write open: every actor present is 'text' (the only kind the coder then gave), an
   * absent one stays null; a read-only open of it asks for the upgrade instead.
   */
  @Test
  void aVersionOneStoreUpgradesWithItsActorsMarkedText() throws SQLException {
    try (Connection conn = DriverManager.getConnection("jdbc:duckdb:" + tmp.resolve(Store.DATABASE));
         Statement st = conn.createStatement()) {
      new SchemaMigrator(conn).migrateTo(1);
      for (long id = 1; id <= 2; id++) {
        // event 1 has a target, event 2 has none
        String target = id == 1 ? "'UKR', 'Ukraine'" : "NULL, NULL";
        st.execute("INSERT INTO events (id, event_key, source_code, source_name, source_sectors, target_code,"
            + " target_name, target_sectors, cameo, cameo_root, goldstein, quad_class, modality, num_mentions,"
            + " num_articles, num_sources, confidence, first_article, date_added, is_root) VALUES (" + id
            + ", 'k" + id + "', 'RUSGOV', 'Irina Valeva', ' GOV ', " + target + ", ' ', '112', '11', -2.0, 3,"
            + " 'asserted', 1, 1, 1, 0.9, 1, current_timestamp, true)");
        st.execute("INSERT INTO event_mentions (event_id, article_id, mention_no, sentence, start_offset,"
            + " end_offset, source_text, target_text, confidence, modality) VALUES (" + id + ", 1, " + id
            + ", 'Valeva accused.', 0, 15, 'Valeva', " + (id == 1 ? "'Ukraine'" : "NULL") + ", 0.9, 'asserted')");
      }
    }
    StoreException old = assertThrows(StoreException.class, () -> Store.open(tmp, true));
    assertTrue(old.getMessage().contains("version 1") && old.getMessage().contains("upgrades"), old.getMessage());
    try (Store store = Store.open(tmp, false)) {
      assertEquals(5, store.schemaVersion());
      assertEquals(36, store.id().length(), "an upgraded store gets an id too: " + store.id());
      assertEquals(List.of("1 text text", "2 text -"), Db.column(store, "SELECT concat_ws(' ', id, source_basis,"
          + " coalesce(target_basis, '-')) FROM events ORDER BY id"));
      assertEquals(List.of("1 text text", "2 text -"), Db.column(store, "SELECT concat_ws(' ', event_id,"
          + " source_basis, coalesce(target_basis, '-')) FROM event_mentions ORDER BY event_id"));
    }
  }

  /**
   * A version 4 store, written before events said how precisely they are dated, upgrades with each
   * event's precision read from the form of its date; the days stay as version 4 wrote them.
   */
  @Test
  void aVersionFourStoreUpgradesWithItsDatePrecisions() throws SQLException {
    try (Connection conn = DriverManager.getConnection("jdbc:duckdb:" + tmp.resolve(Store.DATABASE));
         Statement st = conn.createStatement()) {
      new SchemaMigrator(conn).migrateTo(4);
      String[] dates = {"2025-06-04", "2025-W23", "2025-06", "2025-SU", "2024", "2022-01-24/2024-12-31", null};
      for (int i = 0; i < dates.length; i++) {
        st.execute("INSERT INTO events (id, event_key, event_date, source_sectors, target_sectors, cameo, cameo_root,"
            + " goldstein, quad_class, modality, num_mentions, num_articles, num_sources, confidence, first_article,"
            + " date_added, is_root) VALUES (" + (i + 1) + ", 'k" + i + "', "
            + (dates[i] == null ? "NULL" : "'" + dates[i] + "'") + ", ' ', ' ', '112', '11', -2.0, 3, 'asserted',"
            + " 1, 1, 1, 0.9, 1, current_timestamp, true)");
      }
    }
    try (Store store = Store.open(tmp, false)) {
      assertEquals(List.of("day", "week", "month", "season", "year", "range", "-"), Db.column(store,
          "SELECT coalesce(date_precision, '-') FROM events ORDER BY id"));
    }
  }

  @Test
  void aStoreOfANewerSchemaIsRefused() throws SQLException {
    try (Store store = Store.open(tmp, false)) {
      Db.execute(store, "INSERT INTO schema_version VALUES (6, 'V6__future.sql', current_timestamp)");
    }
    StoreException rw = assertThrows(StoreException.class, () -> Store.open(tmp, false));
    assertTrue(rw.getMessage().contains("newer"), rw.getMessage());
    StoreException ro = assertThrows(StoreException.class, () -> Store.open(tmp, true));
    assertTrue(ro.getMessage().contains("newer"), ro.getMessage());
  }
}
