package org.dyad.store.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Who said what: the stored quotes with their speakers and articles, filtered by speaker and actor,
 * and the speakers most quoted under the same filter.
 *
 * <p>Takes a {@link Filter} (every part optional) and a page; gives a {@link QuotePage}, newest article
 * first. A bad parameter is an {@link IllegalArgumentException} naming it (the API's 400).
 */
public final class QuoteQueries {
  /** The most speakers a page lists. */
  static final int TOP_SPEAKERS = 30;
  private static final Pattern CODE = Pattern.compile("[A-Z0-9]{2,24}");

  /**
   * Which quotes: {@code speaker}, a part of the speaker's name as the article gives it (any case);
   * {@code actor}, the speaker's actor code or its start ({@code RUS} takes {@code RUSGOV}); {@code text},
   * words in the quote. {@code null}: no condition.
   */
  public record Filter(String speaker, String actor, String text) {
    /** The parameters {@code speaker}, {@code actor} and {@code text}; blank counts as absent. */
    public static Filter parse(Function<String, String> param) {
      String actor = value(param, "actor", 24);
      if (actor != null) {
        actor = actor.toUpperCase(Locale.ROOT);
        if (!CODE.matcher(actor).matches()) {
          throw new IllegalArgumentException("actor: '" + actor + "' is not an actor code (letters and digits,"
              + " e.g. RUS, RUSGOV)");
        }
      }
      return new Filter(value(param, "speaker", 200), actor, value(param, "text", 200));
    }

    private static String value(Function<String, String> param, String name, int max) {
      String v = param.apply(name);
      if (v == null || v.isBlank()) {
        return null;
      }
      if (v.strip().length() > max) {
        throw new IllegalArgumentException(name + ": longer than " + max + " characters");
      }
      return v.strip();
    }

    EventFilter.Sql where() {
      List<String> parts = new ArrayList<>();
      List<Object> params = new ArrayList<>();
      if (speaker != null) {
        parts.add("q.speaker_name ILIKE ? ESCAPE '\\'");
        params.add(contains(speaker));
      }
      if (actor != null) {
        parts.add("q.speaker_code LIKE ?");
        params.add(actor + "%");
      }
      if (text != null) {
        parts.add("q.text ILIKE ? ESCAPE '\\'");
        params.add(contains(text));
      }
      return new EventFilter.Sql(parts.isEmpty() ? "TRUE" : String.join(" AND ", parts), List.copyOf(params));
    }

    private static String contains(String s) {
      return "%" + s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
  }

  /** A quote, its speaker (as named, and as an actor code where resolved) and its article. */
  public record QuoteRow(long articleId, int quoteNo, String text, int start, int end, String speakerName,
                         String speakerCode, String cue, String articleTitle, String published, String url) {}

  /** A speaker and how many of the filter's quotes are theirs. */
  public record Speaker(String name, String code, long quotes) {}

  /** A page of quotes, with the filter's most quoted speakers (at most {@value #TOP_SPEAKERS}). */
  public record QuotePage(long total, int page, int size, List<QuoteRow> quotes, List<Speaker> speakers) {}

  private final ConnectionPool pool;

  /** Queries through the pool. */
  public QuoteQueries(ConnectionPool pool) {
    this.pool = pool;
  }

  /**
   * A page of quotes.
   *
   * @param page 1-based
   * @param size 1..{@link EventQueries#MAX_PAGE_SIZE}
   */
  public QuotePage page(Filter filter, int page, int size) {
    if (page < 1 || size < 1 || size > EventQueries.MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("page must be ≥ 1 and size 1 to " + EventQueries.MAX_PAGE_SIZE);
    }
    EventFilter.Sql where = filter.where();
    return pool.with(conn -> {
      long total = where.count(conn, "quotes q");
      List<QuoteRow> rows = new ArrayList<>();
      try (PreparedStatement ps = conn.prepareStatement("SELECT q.article_id, q.quote_no, q.text, q.start_offset,"
          + " q.end_offset, q.speaker_name, q.speaker_code, q.cue, a.title, a.published, a.url FROM quotes q"
          + " JOIN articles a ON a.id = q.article_id WHERE " + where.condition()
          + " ORDER BY q.article_id DESC, q.quote_no LIMIT ? OFFSET ?")) {
        int next = where.bind(ps, 1);
        ps.setInt(next, size);
        ps.setLong(next + 1, (long) (page - 1) * size);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            rows.add(new QuoteRow(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                Params.dateOrNull(rs, "published"), rs.getString(11)));
          }
        }
      }
      return new QuotePage(total, page, size, rows, speakers(conn, where));
    });
  }


  /** The most quoted speakers; quotes nobody was found to have said are left out. */
  private static List<Speaker> speakers(Connection conn, EventFilter.Sql where) throws SQLException {
    List<Speaker> out = new ArrayList<>();
    try (PreparedStatement ps = conn.prepareStatement("SELECT q.speaker_name, q.speaker_code, count(*) AS n"
        + " FROM quotes q WHERE q.speaker_name IS NOT NULL AND " + where.condition()
        + " GROUP BY q.speaker_name, q.speaker_code ORDER BY n DESC, q.speaker_name LIMIT " + TOP_SPEAKERS)) {
      where.bind(ps, 1);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new Speaker(rs.getString(1), rs.getString(2), rs.getLong(3)));
        }
      }
    }
    return out;
  }
}
