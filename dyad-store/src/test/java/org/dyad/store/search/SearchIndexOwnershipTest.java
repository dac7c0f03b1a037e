package org.dyad.store.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.dyad.store.Store;
import org.dyad.store.fixture.Corpus;
import org.dyad.store.fixture.Db;
import org.dyad.store.fixture.Story;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search index knows which database it was built from: an index left beside another database
 * is rebuilt, with one notice, and never answers with articles that database does not hold. Real
 * DuckDB and real Lucene, no models.
 */
class SearchIndexOwnershipTest {
  @TempDir
  Path tmp;

  /** Articles whose words the four of {@link Corpus#all()} never use. */
  private static List<Story> others(int n) {
    List<Story> out = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      out.add(new Story("other-" + i, "Nepal and Bhutan opened hydropower talks number " + i
          + " in Thimphu on Friday.").title("Hydropower talks " + i).published("2025-07-0" + i));
    }
    return out;
  }

  /** Builds the first store and its index, then deletes its database, keeping {@code search/}. */
  private String firstStoreThenDropItsDatabase() throws IOException {
    String firstId;
    try (Store store = Db.storeWith(tmp, Corpus.all()); SearchIndex index = new SearchIndex(store)) {
      assertEquals(4, index.catchUp());
      assertEquals(2, index.search("provocations", "all", 10).total());
      firstId = store.id();
    }
    Files.delete(tmp.resolve(Store.DATABASE));
    Files.deleteIfExists(tmp.resolve(Store.DATABASE + ".wal"));
    assertTrue(Files.isDirectory(tmp.resolve(Store.SEARCH)));
    return firstId;
  }

  /** Every hit names an article the database holds, under the title it has there. */
  private static void assertHitsAreInTheDatabase(Store store, SearchIndex.Result r) {
    Map<String, String> titles = Db.column(store, "SELECT id || '|' || title FROM articles").stream()
        .collect(Collectors.toMap(s -> s.substring(0, s.indexOf('|')), s -> s.substring(s.indexOf('|') + 1)));
    for (SearchHit hit : r.hits()) {
      String id = Long.toString(hit.articleId());
      assertTrue(titles.containsKey(id), "hit names article " + id + ", not in the database " + titles.keySet());
      assertEquals(titles.get(id), hit.title());
    }
  }

  @Test
  void anIndexLeftFromADeletedDatabaseIsRebuiltForTheNewOneWithOneNotice() throws IOException {
    String firstId = firstStoreThenDropItsDatabase();
    // More articles than before: ids 1 to 4 exist again, so only the store id tells the index is stale.
    List<String> notices = new ArrayList<>();
    try (Store store = Db.storeWith(tmp, others(6)); SearchIndex index = new SearchIndex(store, notices::add)) {
      assertTrue(!store.id().equals(firstId), "a new database has a new id");
      assertEquals(6, index.catchUp(), "every article of the new database, not only those after id 4");
      assertEquals(1, notices.size(), notices.toString());
      assertTrue(notices.get(0).contains("another database") && notices.get(0).contains("rebuilding"),
          notices.get(0));

      assertEquals(0, index.search("provocations OR tanks OR grain", "all", 10).total(), "old articles gone");
      SearchIndex.Result r = index.search("hydropower", "all", 50);
      assertEquals(6, r.total());
      assertHitsAreInTheDatabase(store, r);

      assertEquals(0, index.catchUp(), "once rebuilt it belongs to the store");
      assertEquals(1, notices.size(), "and says nothing more");
    }
    try (Store again = Store.open(tmp, true); SearchIndex index = new SearchIndex(again, s -> {
      throw new AssertionError("no notice expected: " + s);
    })) {
      assertEquals(0, index.catchUp(), "the same database reopened keeps its index");
      assertEquals(6, index.search("hydropower", "all", 50).total());
    }
  }

  @Test
  void aSmallerNewDatabaseNeverGetsHitsForIdsItLacks() throws IOException {
    firstStoreThenDropItsDatabase();
    List<String> notices = new ArrayList<>();
    try (Store store = Db.storeWith(tmp, others(2)); SearchIndex index = new SearchIndex(store, notices::add)) {
      index.catchUp();
      assertEquals(1, notices.size(), notices.toString());
      for (String q : List.of("provocations", "Valeva", "tanks", "senate", "hydropower", "talks")) {
        SearchIndex.Result r = index.search(q, "all", 50);
        assertHitsAreInTheDatabase(store, r);
      }
      Set<Long> ids = index.search("hydropower", "article", 50).hits().stream().map(SearchHit::articleId)
          .collect(Collectors.toSet());
      assertEquals(Set.of(1L, 2L), ids);
    }
  }

  @Test
  void aForeignIndexThatCannotBeRebuiltAnswersNothing() throws IOException {
    firstStoreThenDropItsDatabase();
    try (Store store = Db.storeWith(tmp, others(2)); SearchIndex index = new SearchIndex(store, s -> { })) {
      // No catch-up: as when another process holds the index's write lock.
      assertEquals(0, index.search("provocations OR hydropower", "all", 50).total());
    }
  }

  @Test
  void anIndexThatDoesNotNameItsStoreIsRebuilt() throws IOException {
    try (Store store = Db.storeWith(tmp, Corpus.all())) {
      // An index as an older Dyad wrote it: articles indexed, no store id in the commit data.
      try (SearchIndex index = new SearchIndex(store)) {
        index.catchUp();
      }
      replaceCommitData(store, Map.of("lastArticleId", "4"));
      List<String> notices = new ArrayList<>();
      try (SearchIndex index = new SearchIndex(store, notices::add)) {
        assertEquals(4, index.catchUp());
        assertEquals(1, notices.size(), notices.toString());
        assertTrue(notices.get(0).contains("older Dyad"), notices.get(0));
        assertEquals(2, index.search("provocations", "all", 10).total(), "nothing indexed twice");
      }
    }
  }

  @Test
  void anIndexBuiltWithAnotherAnalyserIsRebuilt() throws IOException {
    try (Store store = Db.storeWith(tmp, Corpus.all())) {
      try (SearchIndex index = new SearchIndex(store)) {
        index.catchUp();
      }
      // As the standard analyser (no stemming) left it: the store named, no analyser.
      replaceCommitData(store, Map.of("lastArticleId", "4", "storeId", store.id()));
      List<String> notices = new ArrayList<>();
      try (SearchIndex index = new SearchIndex(store, notices::add)) {
        assertEquals(0, index.search("provocation", "all", 10).total(), "not searched until rebuilt");
        assertEquals(4, index.catchUp());
        assertEquals(1, notices.size(), notices.toString());
        assertTrue(notices.get(0).contains("another analyser (standard, no stemming, not "
            + SearchIndex.ANALYZER + ")"), notices.get(0));
        assertEquals(2, index.search("provocation", "all", 10).total(), "stemmed, and nothing indexed twice");
      }
    }
  }

  /** Commits the index again with only this commit data, as an older writer would have left it. */
  private static void replaceCommitData(Store store, Map<String, String> data) throws IOException {
    try (FSDirectory dir = FSDirectory.open(store.searchDir());
         IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
      w.setLiveCommitData(data.entrySet());
      w.commit();
    }
  }
}
