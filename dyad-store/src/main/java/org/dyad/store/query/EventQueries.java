package org.dyad.store.query;

import org.dyad.model.analysis.Location;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The event table's questions: a filtered, sorted page of events, and one event with its mentions.
 * Takes a {@link ConnectionPool}; every value comes back as plain records for JSON.
 */
public final class EventQueries {
  /** Sort keys and their columns. */
  public static final Map<String, String> SORTS = Map.of("date", "e.day", "goldstein", "e.goldstein",
      "mentions", "e.num_mentions", "code", "e.cameo", "source", "e.source_code", "target", "e.target_code");
  /** The largest page. */
  public static final int MAX_PAGE_SIZE = 500;

  static final String COLUMNS = "e.id, e.event_date, e.source_code, e.source_name, e.source_country,"
      + " e.source_basis, e.target_code, e.target_name, e.target_country, e.target_basis, e.cameo, e.cameo_name, e.cameo_root, e.plover,"
      + " e.plover_mode, e.goldstein, e.quad_class, e.modality, e.num_mentions, e.num_articles,"
      + " e.num_sources, e.confidence, e.first_article, a.title AS article_title, e.first_trigger,"
      + " e.first_sentence, e.geo_name, e.geo_id, e.geo_country, e.geo_admin1, e.geo_admin1_name, e.geo_lat,"
      + " e.geo_lon, e.geo_feature, e.geo_basis";
  static final String FROM = " FROM events e LEFT JOIN articles a ON a.id = e.first_article";

  /**
   * One event, with its first mention's article and evidence. {@code sourceBasis} and
   * {@code targetBasis} are {@code text}, or {@code context} when every mention took that actor from
   * the surrounding article rather than its own sentence; {@code null} without that actor.
   * {@code place} is where it took place (its span {@code null}: the place of its first located
   * mention), or {@code null}.
   */
  public record EventRow(long id, String date, String sourceCode, String sourceName, String sourceCountry,
                         String sourceBasis, String targetCode, String targetName, String targetCountry,
                         String targetBasis, String cameo,
                         String cameoName, String root, String plover, String ploverMode, double goldstein,
                         int quadClass, String modality, int numMentions, int numArticles, int numSources,
                         double confidence, long articleId, String articleTitle, String trigger,
                         String sentence, Location place) {}

  /**
   * A page of events. {@code cursor} is where a client following the stream goes on from
   * ({@code after=cursor}): the last event of a followed page (its {@code after} when empty), else
   * the newest event of the store (0 when empty). Event ids grow as events are added, so the events
   * after a cursor are the ones added since; an event that gains a mention keeps its id.
   */
  public record EventPage(long total, int page, int size, List<EventRow> events, long cursor) {}

  /** One report of an event in one article; the bases say where this mention found its actors. */
  public record Mention(long articleId, String articleTitle, String url, String published, String sentence,
                        int start, int end, String trigger, String sourceText, String targetText,
                        String sourceBasis, String targetBasis, String rule, double confidence,
                        String modality, String dateBasis) {}

  /** An event with all its mentions. */
  public record EventDetail(EventRow event, List<Mention> mentions) {}

  private final ConnectionPool pool;

  /** Queries through the pool. */
  public EventQueries(ConnectionPool pool) {
    this.pool = pool;
  }

  /**
   * A page of events.
   *
   * @param sort one of {@link #SORTS} (default date)
   * @param page 1-based
   * @param size 1..{@link #MAX_PAGE_SIZE}
   */
  public EventPage page(EventFilter filter, String sort, boolean descending, int page, int size) {
    String column = SORTS.get(sort == null ? "date" : sort.toLowerCase(Locale.ROOT));
    if (column == null) {
      throw new IllegalArgumentException("sort: '" + sort + "' is not one of " + new java.util.TreeSet<>(SORTS.keySet()));
    }
    if (page < 1 || size < 1 || size > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("page must be ≥ 1 and size 1 to " + MAX_PAGE_SIZE);
    }
    EventFilter.Sql where = filter.where();
    String dir = descending ? " DESC NULLS LAST" : " ASC NULLS FIRST";
    return pool.with(conn -> {
      // The cursor first: an event added while the page is read is then after it, never lost.
      long cursor;
      try (java.sql.Statement st = conn.createStatement();
           ResultSet rs = st.executeQuery("SELECT coalesce(max(id), 0) FROM events")) {
        rs.next();
        cursor = rs.getLong(1);
      }
      long total = where.count(conn, "events e");
      List<EventRow> rows = new ArrayList<>();
      // The page is chosen on the events table alone, then joined to its articles' titles: the join
      // touches 50 rows instead of every match.
      String order = " ORDER BY " + column + dir + ", e.id" + (descending ? " DESC" : "");
      try (PreparedStatement ps = conn.prepareStatement("SELECT " + COLUMNS + " FROM (SELECT * FROM events e"
          + " WHERE " + where.condition() + order + " LIMIT ? OFFSET ?) e LEFT JOIN articles a"
          + " ON a.id = e.first_article" + order)) {
        int next = where.bind(ps, 1);
        ps.setInt(next, size);
        ps.setLong(next + 1, (long) (page - 1) * size);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            rows.add(row(rs));
          }
        }
      }
      return new EventPage(total, page, size, rows, cursor);
    });
  }

  /**
   * The events of the filter added after a cursor, oldest first: how a client follows the stream.
   * {@code total} counts all of them, the page holds the first {@code size}.
   *
   * @param after a cursor from an earlier page ({@link EventPage#cursor()}), 0 for the beginning
   * @param size  1..{@link #MAX_PAGE_SIZE}
   */
  public EventPage after(EventFilter filter, long after, int size) {
    if (after < 0 || size < 1 || size > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("after must be ≥ 0 and size 1 to " + MAX_PAGE_SIZE);
    }
    EventFilter.Sql where = filter.where();
    return pool.with(conn -> {
      long total;
      try (PreparedStatement ps = conn.prepareStatement("SELECT count(*) FROM events e WHERE e.id > ? AND "
          + where.condition())) {
        ps.setLong(1, after);
        where.bind(ps, 2);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          total = rs.getLong(1);
        }
      }
      List<EventRow> rows = new ArrayList<>();
      long cursor = after;
      try (PreparedStatement ps = conn.prepareStatement("SELECT " + COLUMNS + " FROM (SELECT * FROM events e"
          + " WHERE e.id > ? AND " + where.condition() + " ORDER BY e.id LIMIT ?) e LEFT JOIN articles a"
          + " ON a.id = e.first_article ORDER BY e.id")) {
        ps.setLong(1, after);
        int next = where.bind(ps, 2);
        ps.setInt(next, size);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            EventRow row = row(rs);
            rows.add(row);
            cursor = row.id();
          }
        }
      }
      return new EventPage(total, 1, size, rows, cursor);
    });
  }

  /** One event and its mentions, or {@code null} when there is no such event. */
  public EventDetail event(long id) {
    return pool.with(conn -> {
      EventRow row;
      try (PreparedStatement ps = conn.prepareStatement("SELECT " + COLUMNS + FROM + " WHERE e.id = ?")) {
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            return null;
          }
          row = row(rs);
        }
      }
      return new EventDetail(row, mentions(conn, id));
    });
  }

  private static List<Mention> mentions(Connection conn, long eventId) throws SQLException {
    List<Mention> out = new ArrayList<>();
    try (PreparedStatement ps = conn.prepareStatement("SELECT m.*, a.title, a.url, a.published"
        + " FROM event_mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id = ?"
        + " ORDER BY m.article_id, m.mention_no LIMIT 1000")) {
      ps.setLong(1, eventId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new Mention(rs.getLong("article_id"), rs.getString("title"), rs.getString("url"),
              Params.dateOrNull(rs, "published"), rs.getString("sentence"), rs.getInt("start_offset"),
              rs.getInt("end_offset"), rs.getString("trigger"), rs.getString("source_text"),
              rs.getString("target_text"), rs.getString("source_basis"), rs.getString("target_basis"),
              rs.getString("rule"), rs.getDouble("confidence"),
              rs.getString("modality"), rs.getString("date_basis")));
        }
      }
    }
    return out;
  }

  static EventRow row(ResultSet rs) throws SQLException {
    return new EventRow(rs.getLong("id"), rs.getString("event_date"), rs.getString("source_code"),
        rs.getString("source_name"), rs.getString("source_country"), rs.getString("source_basis"),
        rs.getString("target_code"), rs.getString("target_name"), rs.getString("target_country"),
        rs.getString("target_basis"), rs.getString("cameo"),
        rs.getString("cameo_name"), rs.getString("cameo_root"), rs.getString("plover"),
        rs.getString("plover_mode"), rs.getDouble("goldstein"), rs.getInt("quad_class"),
        rs.getString("modality"), rs.getInt("num_mentions"), rs.getInt("num_articles"),
        rs.getInt("num_sources"), rs.getDouble("confidence"), rs.getLong("first_article"),
        rs.getString("article_title"), rs.getString("first_trigger"), rs.getString("first_sentence"),
        place(rs));
  }

  /** The stored place of the result set's current event, or {@code null}. */
  static Location place(ResultSet rs) throws SQLException {
    String name = rs.getString("geo_name");
    if (name == null) {
      return null;
    }
    long id = rs.getLong("geo_id");
    Long geonamesId = rs.wasNull() ? null : id;
    return new Location(name, geonamesId, rs.getString("geo_country"), rs.getString("geo_admin1"),
        rs.getString("geo_admin1_name"), rs.getDouble("geo_lat"), rs.getDouble("geo_lon"),
        rs.getString("geo_feature"), rs.getString("geo_basis"), null);
  }
}
