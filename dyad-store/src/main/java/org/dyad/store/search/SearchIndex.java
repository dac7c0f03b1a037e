package org.dyad.store.search;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.dyad.store.Store;
import org.dyad.store.StoreException;

/**
 * Full-text search of a store's articles and quotes with Lucene, in the store's {@code search/}
 * folder. The database is the truth: the index records the last article id it holds in its commit
 * data, {@link #catchUp()} adds the articles after it (after a crash, or an ingest), and
 * {@link #rebuild()} starts over from the database.
 *
 * <p>Queries use Lucene's classic syntax over title, text and speaker; the standard analyser (no
 * stemming: a search for "ultimatum" finds that word). {@link SearchQueryParser} refuses queries that
 * do not parse or would cost too much.
 */
public final class SearchIndex implements AutoCloseable {
  private static final String LAST = "lastArticleId";
  private static final Set<String> TYPES = Set.of("all", "article", "quote");

  private final Store store;
  private final Directory dir;
  private final Analyzer analyzer = new StandardAnalyzer();
  private SearcherManager searchers;

  /** The index of a store (the folder is made on first write). */
  public SearchIndex(Store store) {
    this.store = store;
    try {
      this.dir = FSDirectory.open(store.searchDir());
    } catch (IOException e) {
      throw new StoreException("cannot open search index " + store.searchDir() + ": " + e.getMessage(), e);
    }
  }

  /** Indexes every stored article the index lacks; gives how many it added. */
  public synchronized int catchUp() {
    return index(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
  }

  /** Throws the index away and indexes every stored article; gives how many. */
  public synchronized int rebuild() {
    return index(IndexWriterConfig.OpenMode.CREATE);
  }

  private int index(IndexWriterConfig.OpenMode mode) {
    IndexWriterConfig cfg = new IndexWriterConfig(analyzer).setOpenMode(mode);
    try (IndexWriter writer = new IndexWriter(dir, cfg); Connection conn = store.connect()) {
      long last = 0;
      if (mode != IndexWriterConfig.OpenMode.CREATE && DirectoryReader.indexExists(dir)) {
        List<IndexCommit> commits = DirectoryReader.listCommits(dir);
        String v = commits.get(commits.size() - 1).getUserData().get(LAST);
        last = v == null ? 0 : Long.parseLong(v);
      }
      // Articles after the last commit may be half-added from a crashed run: drop them first.
      writer.deleteDocuments(org.apache.lucene.document.LongPoint.newRangeQuery("aidPoint", last + 1,
          Long.MAX_VALUE));
      int added = 0;
      long max = last;
      try (PreparedStatement ps = conn.prepareStatement("SELECT id, title, text FROM articles WHERE id > ?"
          + " ORDER BY id")) {
        ps.setLong(1, last);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            long id = rs.getLong(1);
            writer.addDocument(doc("article", id, rs.getString(2), rs.getString(3), null, null));
            max = Math.max(max, id);
            added++;
          }
        }
      }
      try (PreparedStatement ps = conn.prepareStatement("SELECT q.article_id, a.title, q.text, q.speaker_name,"
          + " q.speaker_code FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.article_id > ?"
          + " AND q.article_id <= ?")) {
        ps.setLong(1, last);
        ps.setLong(2, max);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            writer.addDocument(doc("quote", rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5)));
          }
        }
      }
      writer.setLiveCommitData(Map.of(LAST, Long.toString(max)).entrySet());
      writer.commit();
      return added;
    } catch (IOException | SQLException e) {
      throw new StoreException("cannot update search index " + store.searchDir() + ": " + e.getMessage(), e);
    }
  }

  private static Document doc(String type, long articleId, String title, String text, String speakerName,
                              String speakerCode) {
    Document d = new Document();
    d.add(new StringField("type", type, Field.Store.YES));
    d.add(new StoredField("articleId", articleId));
    d.add(new org.apache.lucene.document.LongPoint("aidPoint", articleId));
    if (title != null) {
      d.add(new TextField("title", title, Field.Store.YES));
    }
    d.add(new TextField("text", Fragments.clean(text), Field.Store.YES));
    if (speakerName != null) {
      d.add(new TextField("speakerName", speakerName, Field.Store.YES));
    }
    if (speakerCode != null) {
      d.add(new StringField("speakerCode", speakerCode, Field.Store.YES));
    }
    return d;
  }

  /**
   * Searches.
   *
   * @param q     a Lucene query over title, text and speaker
   * @param type  {@code all}, {@code article} or {@code quote}
   * @param limit the most hits (1 to 200)
   * @return the exact number of matches and the best hits
   * @throws IllegalArgumentException for a bad query, type or limit
   */
  public Result search(String q, String type, int limit) {
    if (q == null || q.isBlank()) {
      throw new IllegalArgumentException("q: a search needs words");
    }
    String t = type == null ? "all" : type;
    if (!TYPES.contains(t)) {
      throw new IllegalArgumentException("type: '" + type + "' is not one of all, article, quote");
    }
    if (limit < 1 || limit > 200) {
      throw new IllegalArgumentException("limit must be 1 to 200");
    }
    Query parsed = new SearchQueryParser(analyzer).parse(q);
    Query query = parsed;
    if (!t.equals("all")) {
      query = new BooleanQuery.Builder().add(parsed, BooleanClause.Occur.MUST)
          .add(new TermQuery(new Term("type", t)), BooleanClause.Occur.FILTER).build();
    }
    try {
      SearcherManager manager = searchers();
      if (manager == null) {
        return new Result(0, List.of());
      }
      manager.maybeRefresh();
      IndexSearcher searcher = manager.acquire();
      try {
        int total = searcher.count(query);
        List<SearchHit> hits = new ArrayList<>();
        Fragments fragments = new Fragments(parsed, analyzer);
        for (ScoreDoc sd : searcher.search(query, limit).scoreDocs) {
          Document d = searcher.storedFields().document(sd.doc);
          hits.add(new SearchHit(d.get("type"), d.getField("articleId").numericValue().longValue(),
              d.get("title"), d.get("speakerName"), d.get("speakerCode"), sd.score,
              fragments.of(d.get("text"))));
        }
        return new Result(total, hits);
      } finally {
        manager.release(searcher);
      }
    } catch (IndexSearcher.TooManyClauses e) {
      // Counted again when the query is rewritten against the index (a prefix or regex expands).
      throw SearchQueryParser.tooMany();
    } catch (IOException e) {
      throw new StoreException("search failed: " + e.getMessage(), e);
    }
  }

  /** Searchers over the last commit, shared by concurrent searches; null while there is no index. */
  private synchronized SearcherManager searchers() throws IOException {
    if (searchers == null && DirectoryReader.indexExists(dir)) {
      searchers = new SearcherManager(dir, null);
    }
    return searchers;
  }

  /** The exact number of matches and the best hits. */
  public record Result(long total, List<SearchHit> hits) {}

  /** The index folder. */
  public Path path() {
    return store.searchDir();
  }

  @Override
  public synchronized void close() {
    try {
      if (searchers != null) {
        searchers.close();
      }
      dir.close();
    } catch (IOException e) {
      throw new StoreException("cannot close search index: " + e.getMessage(), e);
    }
  }
}
