package org.dyad.store;

import static org.dyad.store.fixture.Db.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
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
  void aNewStoreIsMigratedToVersionOne() {
    Path dir = tmp.resolve("nested/store");
    try (Store store = Store.open(dir, false)) {
      assertEquals(1, store.schemaVersion());
      assertTrue(Files.isRegularFile(dir.resolve(Store.DATABASE)));
      assertFalse(store.readOnly());
      assertEquals("1 V1__events.sql", one(store, "SELECT version || ' ' || name FROM schema_version"));
      for (String table : List.of("articles", "article_bands", "actors", "quotes", "events",
          "event_mentions", "ingest_errors")) {
        assertEquals("0", one(store, "SELECT count(*) FROM " + table), table);
      }
    }
  }

  @Test
  void reopeningKeepsTheDataAndMigratesNothingAgain() {
    Db.storeWith(tmp, List.of(Corpus.grainAccusation())).close();
    try (Store store = Store.open(tmp, false)) {
      assertEquals(1, store.schemaVersion());
      assertEquals("1", one(store, "SELECT count(*) FROM schema_version"));
      assertEquals("1", one(store, "SELECT count(*) FROM articles"));
      assertEquals("2", one(store, "SELECT count(*) FROM events"));
    }
    try (Store store = Store.open(tmp, true)) {
      assertTrue(store.readOnly());
      assertEquals("Moscow accuses Kyiv over grain talks", one(store, "SELECT title FROM articles"));
      StoreException e = assertThrows(StoreException.class, () -> new ArticleWriter(store, c -> c));
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
        assertEquals(1, second.schemaVersion());
        assertEquals("1", one(second, "SELECT count(*) FROM schema_version"));
        assertEquals("1", one(second, "SELECT count(*) FROM articles"));
      }
      StoreException e = assertThrows(StoreException.class, () -> Store.open(tmp, true));
      assertTrue(e.getMessage().contains(tmp.toString()), e.getMessage());
      assertEquals("1", one(first, "SELECT count(*) FROM articles"), "the first store still works");
    }
    try (Store again = Store.open(tmp, true)) {
      assertEquals(1, again.schemaVersion(), "once both are closed a read-only open works");
    }
  }

  @Test
  void aStoreOfANewerSchemaIsRefused() throws SQLException {
    try (Store store = Store.open(tmp, false)) {
      Db.execute(store, "INSERT INTO schema_version VALUES (2, 'V2__future.sql', current_timestamp)");
    }
    StoreException rw = assertThrows(StoreException.class, () -> Store.open(tmp, false));
    assertTrue(rw.getMessage().contains("newer"), rw.getMessage());
    StoreException ro = assertThrows(StoreException.class, () -> Store.open(tmp, true));
    assertTrue(ro.getMessage().contains("newer"), ro.getMessage());
  }
}
