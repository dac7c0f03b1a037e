package org.dyad.pipeline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import org.dyad.pipeline.ingest.StoreWriterLoop.Work;
import org.dyad.model.analysis.DocumentAnalysis;
import org.dyad.model.article.Article;
import org.dyad.store.Store;
import org.dyad.store.StoreException;
import org.dyad.store.dedup.ContentHash;
import org.dyad.store.search.SearchIndex;
import org.dyad.store.write.ArticleWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ingest's writer thread stops at a store failure instead of recording it as the article's
 * error, so the store is left as if the article had never been tried and the rerun assigns the ids
 * of a clean run. Real DuckDB and Lucene, hand-made analyses, no models: the failure is a unique
 * index the test adds, which the second article's row violates.
 */
class StoreWriterLoopTest {
  @TempDir
  Path tmp;

  private static final String[][] DOCS = {
      {"a", "inbox/a.txt", "Norway and Sweden signed a fisheries accord in Oslo on Monday."},
      {"b", "inbox/b.txt", "Finland protested a Russian airspace violation near Kotka on Tuesday."},
      {"c", "desk/c.txt", "Chile and Peru agreed to reopen their border crossing on Wednesday."}};

  private static Work work(int n) {
    String[] d = DOCS[n];
    Article a = new Article(d[0], "Story " + d[0], null, null, "en", d[2], d[1]);
    DocumentAnalysis analysis = new DocumentAnalysis(d[0], a.title(), null, null, "en", DocumentAnalysis.OK, null,
        null, null, List.of(), List.of(), List.of(), List.of(), null);
    return new Work(n, a, analysis, null, ContentHash.of(d[2]));
  }

  /** Runs the writer loop over the three documents; gives the failure it stopped with, or null. */
  private static Throwable ingest(Store store, StringWriter log) throws InterruptedException {
    BlockingQueue<Work> queue = new LinkedBlockingQueue<>();
    for (int n = 0; n < DOCS.length; n++) {
      queue.put(work(n));
    }
    queue.put(StoreWriterLoop.END);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Set<String> pending = ConcurrentHashMap.newKeySet();
    PrintWriter err = new PrintWriter(log, true);
    try (ArticleWriter writer = new ArticleWriter(store);
         SearchIndex index = new SearchIndex(store, line -> { });
         IngestProgress progress = new IngestProgress(DOCS.length, false, err, 3600)) {
      new StoreWriterLoop(queue, writer, index, progress, new IngestCounts(), pending, err, failure, 1000).run();
    }
    return failure.get();
  }

  private static List<String> rows(Store store, String sql) throws SQLException {
    try (Connection conn = store.connect(); Statement st = conn.createStatement();
         ResultSet rs = st.executeQuery(sql)) {
      List<String> out = new ArrayList<>();
      while (rs.next()) {
        out.add(rs.getString(1));
      }
      return out;
    }
  }

  private static void execute(Store store, String sql) throws SQLException {
    try (Connection conn = store.connect(); Statement st = conn.createStatement()) {
      st.execute(sql);
    }
  }

  @Test
  void aStoreFailureStopsTheRunWithoutAnErrorRowAndTheRerunMatchesACleanRun() throws Exception {
    List<String> clean;
    try (Store store = Store.open(tmp.resolve("clean"), false)) {
      assertEquals(null, ingest(store, new StringWriter()));
      clean = rows(store, "SELECT id || ' ' || doc_id FROM articles ORDER BY id");
    }
    assertEquals(List.of("1 a", "2 b", "3 c"), clean);

    try (Store store = Store.open(tmp.resolve("failed"), false)) {
      // Articles a and b come from the same folder, their outlet: b's row breaks this index.
      execute(store, "CREATE UNIQUE INDEX one_article_per_outlet ON articles (outlet)");
      StringWriter log = new StringWriter();
      Throwable failure = ingest(store, log);
      StoreException e = assertInstanceOf(StoreException.class, failure);
      assertTrue(e.getMessage().startsWith("cannot store inbox/b.txt: Constraint Error"), e.getMessage());
      assertFalse(e.getMessage().contains("\n"), e.getMessage());
      assertFalse(log.toString().contains("skipped"), log.toString());
      assertEquals(List.of("0"), rows(store, "SELECT count(*) FROM ingest_errors"), "no error row for b");
      assertEquals(List.of("1 a"), rows(store, "SELECT id || ' ' || doc_id FROM articles ORDER BY id"),
          "the run stopped at b: c was not stored either");

      execute(store, "DROP INDEX one_article_per_outlet");
      assertEquals(null, ingest(store, new StringWriter()));
      assertEquals(clean, rows(store, "SELECT id || ' ' || doc_id FROM articles ORDER BY id"));
      assertEquals(List.of("0"), rows(store, "SELECT count(*) FROM ingest_errors"));
    }
  }
}
