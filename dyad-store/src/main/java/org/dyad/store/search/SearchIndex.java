package org.dyad.store.search;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
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
 * folder. The database is the truth: the index records in its commit data the store it was built
 * from ({@link Store#id()}) and the last article id it holds; {@link #catchUp()} adds the articles
 * after it (after a crash, or an ingest), and {@link #rebuild()} starts over from the database.
 *
 * <p>An index that does not belong to the database (built from another store, or before indexes
 * recorded their store, or holding article ids past the database's last), or that was built with
 * another analyser than {@link #ANALYZER} (its words would not meet the query's), is rebuilt by
 * {@link #catchUp()}, with one line saying so to the notice consumer (standard error by default);
 * until then searches answer nothing rather than ids the database does not hold.
 *
 * <p>Queries use Lucene's classic syntax over title, text and speaker, with English stemming
 * (Lucene's English analyser, Porter's stemmer, no stop words dropped): "prisoner" finds "prisoners",
 * "negotiate" finds "negotiations". Each hit says which fields matched and marks the matches in them
 * ({@link SearchHit}). {@link SearchQueryParser} refuses queries that do not parse or would cost too
 * much.
 */
public final class SearchIndex implements AutoCloseable {
  private static final String LAST = "lastArticleId";
  private static final String STORE_ID = "storeId";
  private static final String ANALYZER_KEY = "analyzer";
  /**
   * The analyser the index is built with, recorded in its commit data; change it with the analyser,
   * and every index built before is rebuilt at the next start.
   */
  static final String ANALYZER = "english-porter-1";
  private static final Set<String> TYPES = Set.of("all", "article", "quote");

  private final Store store;
  private final String storeId;
  private final Consumer<String> notices;
  private final Directory dir;
  private final Analyzer analyzer = newAnalyzer();
  private SearcherManager searchers;

  /** The analyser of {@link #ANALYZER}, for the index and its queries alike. */
  static Analyzer newAnalyzer() {
    // No stop words: the standard analyser this replaced kept them, and a phrase or a title can need one.
    return new EnglishAnalyzer(CharArraySet.EMPTY_SET);
  }

  /** The index of a store (the folder is made on first write); notices go to standard error. */
  public SearchIndex(Store store) {
    this(store, line -> System.err.println("dyad: " + line));
  }

  /**
   * The index of a store (the folder is made on first write).
   *
   * @param notices gets one line when the index found does not belong to the store and is rebuilt
   */
  public SearchIndex(Store store, Consumer<String> notices) {
    this.store = store;
    this.storeId = store.id();
    this.notices = notices;
    try {
      this.dir = FSDirectory.open(store.searchDir());
    } catch (IOException e) {
      throw new StoreException("cannot open search index " + store.searchDir() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Indexes every stored article the index lacks; gives how many it added. An index that does not
   * belong to the store is rebuilt instead (see the class comment).
   */
  public synchronized int catchUp() {
    String foreign = foreignReason();
    if (foreign != null) {
      notices.accept("search index " + store.searchDir() + " " + foreign + ": rebuilding it from "
          + Store.DATABASE);
      return rebuild();
    }
    return index(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
  }

  /**
   * Why the index on disk cannot be caught up with this store's database, or null when it can
   * (it belongs to the store, or there is none yet).
   */
  private String foreignReason() {
    try {
      Map<String, String> data = lastCommitData();
      if (data == null) {
        return null;
      }
      String id = data.get(STORE_ID);
      if (id == null) {
        return "does not say which database it was built from (made by an older Dyad)";
      }
      if (!id.equals(storeId)) {
        return "was built from another database (store " + id + ", not " + storeId + ")";
      }
      String built = data.get(ANALYZER_KEY);
      if (!ANALYZER.equals(built)) {
        return "was built with another analyser (" + (built == null ? "standard, no stemming" : built) + ", not "
            + ANALYZER + ")";
      }
      // Same store, yet articles the database lacks: an older copy of the database put back.
      long last = Long.parseLong(data.getOrDefault(LAST, "0"));
      long max = maxArticleId();
      if (last > max) {
        return "holds articles up to id " + last + " but the database ends at " + max;
      }
      return null;
    } catch (IOException | SQLException | NumberFormatException e) {
      return "cannot be read (" + e.getMessage() + ")";
    }
  }

  /** The user data of the index's last commit, or null when there is no index. */
  private Map<String, String> lastCommitData() throws IOException {
    if (!DirectoryReader.indexExists(dir)) {
      return null;
    }
    List<IndexCommit> commits = DirectoryReader.listCommits(dir);
    return commits.get(commits.size() - 1).getUserData();
  }

  private long maxArticleId() throws SQLException {
    try (Connection conn = store.connect(); Statement st = conn.createStatement();
         ResultSet rs = st.executeQuery("SELECT coalesce(max(id), 0) FROM articles")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Throws the index away and indexes every stored article; gives how many. */
  public synchronized int rebuild() {
    return index(IndexWriterConfig.OpenMode.CREATE);
  }

  private int index(IndexWriterConfig.OpenMode mode) {
    IndexWriterConfig cfg = new IndexWriterConfig(analyzer).setOpenMode(mode);
    try (IndexWriter writer = new IndexWriter(dir, cfg); Connection conn = store.connect()) {
      long last = 0;
      if (mode != IndexWriterConfig.OpenMode.CREATE) {
        Map<String, String> data = lastCommitData();
        String v = data == null ? null : data.get(LAST);
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
      writer.setLiveCommitData(Map.of(LAST, Long.toString(max), STORE_ID, storeId, ANALYZER_KEY, ANALYZER)
          .entrySet());
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
          hits.add(fragments.hit(searcher.storedFields().document(sd.doc), sd.score));
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

  /**
   * Searchers over the last commit, shared by concurrent searches; null while there is no index of
   * this store (none yet, or one left from another database that {@link #catchUp()} could not
   * rebuild, say because another process holds it: its hits would name articles this store lacks).
   */
  private synchronized SearcherManager searchers() throws IOException {
    if (searchers == null && DirectoryReader.indexExists(dir) && foreignReason() == null) {
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
