package org.dyad.store.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Articles: a page of them, and one with its actors, quotes and event evidence (for the article
 * page); plus the store's counts.
 */
public final class ArticleQueries {
  /** An article in a list. */
  public record ArticleRow(long id, String title, String url, String published, int events, int quotes,
                           long storyId) {}

  /** A page of articles. */
  public record ArticlePage(long total, int page, int size, List<ArticleRow> articles) {}

  /** A character range. */
  public record Range(int start, int end) {}

  /** An actor of one article. */
  public record ActorView(String id, String name, String kind, String code, String country, String role,
                          String basis, List<Range> mentions) {}

  /** A quote of one article. */
  public record QuoteView(String text, int start, int end, String speaker, String speakerName,
                          String speakerCode, String cue) {}

  /**
   * An event mention in one article, with its event's coding; the bases are this mention's:
   * {@code context} when it took the actor from elsewhere in the article, not its sentence.
   */
  public record EventView(long eventId, String cameo, String cameoName, String plover, String sourceCode,
                          String targetCode, double goldstein, int quadClass, String modality, String date,
                          String dateBasis, String sentence, int start, int end, String trigger,
                          String sourceText, String targetText, String sourceBasis, String targetBasis,
                          String rule, double confidence) {}

  /** One article in full. */
  public record ArticleDetail(long id, String title, String url, String published, String source, String text,
                              long storyId, List<Long> sameStory, List<ActorView> actors,
                              List<QuoteView> quotes, List<EventView> events) {}

  /** The store's size. */
  public record Stats(long articles, long events, long mentions, long quotes, long errors, String firstDate,
                      String lastDate, int schemaVersion) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private final ConnectionPool pool;

  /** Queries through the pool. */
  public ArticleQueries(ConnectionPool pool) {
    this.pool = pool;
  }

  /** Articles, newest id first. */
  public ArticlePage page(int page, int size) {
    if (page < 1 || size < 1 || size > EventQueries.MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("page must be ≥ 1 and size 1 to " + EventQueries.MAX_PAGE_SIZE);
    }
    return pool.with(conn -> {
      long total = count(conn, "articles");
      List<ArticleRow> rows = new ArrayList<>();
      try (PreparedStatement ps = conn.prepareStatement("SELECT id, title, url, published, n_events,"
          + " n_quotes, story_id FROM articles ORDER BY id DESC LIMIT ? OFFSET ?")) {
        ps.setInt(1, size);
        ps.setLong(2, (long) (page - 1) * size);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            rows.add(new ArticleRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                Params.dateOrNull(rs, "published"), rs.getInt(5), rs.getInt(6), rs.getLong(7)));
          }
        }
      }
      return new ArticlePage(total, page, size, rows);
    });
  }

  /** One article in full, or {@code null} when there is none with that id. */
  public ArticleDetail article(long id) {
    return pool.with(conn -> {
      try (PreparedStatement ps = conn.prepareStatement("SELECT * FROM articles WHERE id = ?")) {
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            return null;
          }
          long story = rs.getLong("story_id");
          return new ArticleDetail(id, rs.getString("title"), rs.getString("url"),
              Params.dateOrNull(rs, "published"), rs.getString("source"), rs.getString("text"), story,
              sameStory(conn, id, story), actors(conn, id), quotes(conn, id), events(conn, id));
        }
      }
    });
  }

  /** Counts of everything stored in a store, on a connection of their own. */
  public static Stats stats(org.dyad.store.Store store) {
    try (ConnectionPool pool = new ConnectionPool(store, 1)) {
      return new ArticleQueries(pool).stats(store.schemaVersion());
    }
  }

  /** Counts of everything stored. */
  public Stats stats(int schemaVersion) {
    return pool.with(conn -> {
      String first = null;
      String last = null;
      try (PreparedStatement ps = conn.prepareStatement("SELECT min(day) AS first, max(day) AS last FROM events");
           ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          first = Params.dateOrNull(rs, "first");
          last = Params.dateOrNull(rs, "last");
        }
      }
      return new Stats(count(conn, "articles"), count(conn, "events"), count(conn, "event_mentions"),
          count(conn, "quotes"), count(conn, "ingest_errors"), first, last, schemaVersion);
    });
  }

  private static long count(Connection conn, String table) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("SELECT count(*) FROM " + table);
         ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static List<Long> sameStory(Connection conn, long id, long story) throws SQLException {
    List<Long> out = new ArrayList<>();
    try (PreparedStatement ps = conn.prepareStatement("SELECT id FROM articles WHERE story_id = ? AND id <> ?"
        + " ORDER BY id LIMIT 100")) {
      ps.setLong(1, story);
      ps.setLong(2, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getLong(1));
        }
      }
    }
    return out;
  }

  /** Reads one row into a value. */
  @FunctionalInterface
  private interface RowReader<T> {
    T read(ResultSet rs) throws SQLException;
  }

  /** The rows of a query whose one parameter is the article id. */
  private static <T> List<T> byArticle(Connection conn, String sql, long id, RowReader<T> reader)
      throws SQLException {
    List<T> out = new ArrayList<>();
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(reader.read(rs));
        }
      }
    }
    return out;
  }

  private static List<ActorView> actors(Connection conn, long id) throws SQLException {
    return byArticle(conn, "SELECT * FROM actors WHERE article_id = ? ORDER BY actor_id", id, rs -> {
      List<Range> spans = new ArrayList<>();
      try {
        for (int[] s : JSON.readValue(rs.getString("mentions"), int[][].class)) {
          spans.add(new Range(s[0], s[1]));
        }
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new SQLException("bad mention list for actor " + rs.getString("actor_id"), e);
      }
      return new ActorView(rs.getString("actor_id"), rs.getString("name"), rs.getString("kind"),
          rs.getString("code"), rs.getString("country"), rs.getString("role"), rs.getString("basis"), spans);
    });
  }

  private static List<QuoteView> quotes(Connection conn, long id) throws SQLException {
    return byArticle(conn, "SELECT * FROM quotes WHERE article_id = ? ORDER BY quote_no", id, rs ->
        new QuoteView(rs.getString("text"), rs.getInt("start_offset"), rs.getInt("end_offset"),
            rs.getString("speaker"), rs.getString("speaker_name"), rs.getString("speaker_code"),
            rs.getString("cue")));
  }

  private static List<EventView> events(Connection conn, long id) throws SQLException {
    return byArticle(conn, "SELECT m.*, e.cameo, e.cameo_name, e.plover, e.source_code, e.target_code,"
        + " e.goldstein, e.quad_class FROM event_mentions m JOIN events e ON e.id = m.event_id"
        + " WHERE m.article_id = ? ORDER BY m.start_offset, m.mention_no", id, rs ->
        new EventView(rs.getLong("event_id"), rs.getString("cameo"), rs.getString("cameo_name"),
            rs.getString("plover"), rs.getString("source_code"), rs.getString("target_code"),
            rs.getDouble("goldstein"), rs.getInt("quad_class"), rs.getString("modality"),
            rs.getString("event_date"), rs.getString("date_basis"), rs.getString("sentence"),
            rs.getInt("start_offset"), rs.getInt("end_offset"), rs.getString("trigger"),
            rs.getString("source_text"), rs.getString("target_text"), rs.getString("source_basis"),
            rs.getString("target_basis"), rs.getString("rule"), rs.getDouble("confidence")));
  }
}
