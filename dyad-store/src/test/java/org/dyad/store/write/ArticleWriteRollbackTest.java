package org.dyad.store.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.dyad.store.Store;
import org.dyad.store.StoreException;
import org.dyad.store.fixture.Corpus;
import org.dyad.store.fixture.Db;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write that fails part way leaves the store as if the article had never been tried: no row of
 * it anywhere, no event counted, no id used, so the rerun gives the ids a clean run gives, and the
 * failure is one line naming the real cause. Real DuckDB: the failure is a unique index the test
 * adds, which the article's mention rows (its last insert) violate, the way a full disk fails a
 * statement late in the transaction.
 */
class ArticleWriteRollbackTest {
  @TempDir
  Path tmp;

  /** Everything a reader of the store sees, one line per row, in a fixed order. */
  private static List<String> contents(Store store) {
    List<String> out = new ArrayList<>();
    out.addAll(Db.column(store, "SELECT concat_ws(' ', 'article', id, doc_id, story_id, n_events, n_quotes)"
        + " FROM articles ORDER BY id"));
    out.addAll(Db.column(store, "SELECT concat_ws(' ', 'event', id, event_key, num_mentions, num_articles,"
        + " num_sources, first_article) FROM events ORDER BY id"));
    out.addAll(Db.column(store, "SELECT concat_ws(' ', 'mention', event_id, article_id, mention_no)"
        + " FROM event_mentions ORDER BY article_id, mention_no"));
    out.addAll(Db.column(store, "SELECT concat_ws(' ', 'actors', article_id, count(*)) FROM actors"
        + " GROUP BY article_id ORDER BY article_id"));
    out.addAll(Db.column(store, "SELECT concat_ws(' ', 'quote', article_id, text) FROM quotes"
        + " ORDER BY article_id, text"));
    out.addAll(Db.column(store, "SELECT concat_ws(' ', 'bands', article_id, count(*)) FROM article_bands"
        + " GROUP BY article_id ORDER BY article_id"));
    out.add("errors " + Db.one(store, "SELECT count(*) FROM ingest_errors"));
    return out;
  }

  @Test
  void aFailedArticleLeavesNoTraceAndTheRerunMatchesACleanRun() throws SQLException {
    List<String> clean;
    try (Store store = Store.open(tmp.resolve("clean"), false)) {
      Corpus.write(store, Corpus.all());
      clean = contents(store);
    }

    try (Store store = Store.open(tmp.resolve("failed"), false);
         ArticleWriter writer = new ArticleWriter(store)) {
      writer.write(Corpus.grainAccusation().article(), Corpus.grainAccusation().analysis());
      List<String> before = contents(store);
      // grainCollapse mentions event 1 again: the unique index refuses its mention rows, which come
      // after its article, actors, quotes, bands and event upserts.
      Db.execute(store, "CREATE UNIQUE INDEX one_mention_per_event ON event_mentions (event_id)");
      StoreException e = assertThrows(StoreException.class,
          () -> writer.write(Corpus.grainCollapse().article(), Corpus.grainCollapse().analysis()));
      String message = e.getMessage();
      assertTrue(message.startsWith("cannot store inbox/southpost-22.txt: Constraint Error"), message);
      assertTrue(message.toLowerCase(java.util.Locale.ROOT).contains("constraint"), message);
      assertTrue(!message.contains("\n"), "one line: " + message);
      assertTrue(!message.contains("no transaction is active"), message);
      assertEquals(before, contents(store), "nothing of the failed article is left");

      Db.execute(store, "DROP INDEX one_mention_per_event");
      for (var s : Corpus.all().subList(1, Corpus.all().size())) {
        writer.write(s.article(), s.analysis());
      }
      assertEquals(clean, contents(store), "the rerun gives the ids and counts of a clean run");
    }
  }
}
