package org.dyad.store.query;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.model.analysis.DatePrecision;

/**
 * Aggregates for charts: a dyad's timeline (events per period by QuadClass and mean Goldstein) and
 * the actor network (who acts on whom, how often, how cooperatively).
 */
public final class ChartQueries {
  /** Timeline buckets. */
  public static final Set<String> BUCKETS = Set.of("day", "week", "month");

  /** One period of a timeline; {@code period} is its first day; no mean Goldstein ({@code null}) when empty. */
  public record Point(String period, long events, long q1, long q2, long q3, long q4, Double meanGoldstein) {}

  /**
   * A timeline. {@code coarser} counts the filter's dated events whose date is too coarse for the
   * bucket (a month, season or year on a weekly timeline; see {@link DatePrecision#fits}): they are
   * not drawn in any period rather than piled on its first day.
   */
  public record Timeline(String bucket, List<Point> points, long coarser) {}

  /**
   * An actor (or country) in the network, with its kind: {@code country} (a state), {@code igo} (an
   * international organisation), {@code actor} (a state's sector, such as RUSGOV) or {@code sector}
   * (a sector with no country, such as MIL or CVL: never drawn as a state).
   */
  public record Node(String id, long events, String kind) {
    /** A node of a kind told by its code and the country its events give it ({@code null}: none). */
    static Node of(String id, long events, String country) {
      String kind = id.startsWith("IGO") ? "igo" : country == null ? "sector" : id.equals(country) ? "country" : "actor";
      return new Node(id, events, kind);
    }
  }

  /** Events from one actor to another. */
  public record Edge(String source, String target, long events, long cooperation, long conflict,
                     double meanGoldstein) {}

  /** A network. */
  public record Network(List<Node> nodes, List<Edge> edges) {}

  private final ConnectionPool pool;

  /**
   * The SQL condition that an event's date fits a bucket; a dated event without a precision (a date
   * form {@link DatePrecision} does not know) is drawn, as every dated event was before.
   */
  private static String fits(String bucket) {
    StringBuilder in = new StringBuilder();
    for (DatePrecision p : DatePrecision.values()) {
      if (p.fits(bucket)) {
        in.append(in.length() == 0 ? "" : ", ").append('\'').append(p.label()).append('\'');
      }
    }
    return "coalesce(e.date_precision IN (" + in + "), true)";
  }

  /** Queries through the pool. */
  public ChartQueries(ConnectionPool pool) {
    this.pool = pool;
  }

  // Mean Goldstein is averaged as a decimal: a double sum depends on the order parallel threads add
  // in, and its rounding then differs between two runs of the same query.

  /** The most periods a timeline has: about 55 years of days. */
  static final int MAX_PERIODS = 20_000;

  /**
   * Events of the filter per bucket (day, week starting Monday, month): the events dated at least as
   * precisely as the bucket; the other dated ones are counted in {@link Timeline#coarser()}. The axis
   * is continuous: every period from the first event's to the last's is there, an empty one with no
   * events and no mean Goldstein, and the axis reaches out to the filter's from and to dates where
   * those lie beyond the events (as long as that stays under {@value #MAX_PERIODS} periods).
   *
   * @throws IllegalArgumentException when the events span more than {@value #MAX_PERIODS} periods
   */
  public Timeline timeline(EventFilter filter, String bucket) {
    String b = bucket == null ? "week" : bucket;
    if (!BUCKETS.contains(b)) {
      throw new IllegalArgumentException("bucket: '" + bucket + "' is not one of day, week, month");
    }
    EventFilter.Sql where = filter.where();
    String sql = "SELECT date_trunc('" + b + "', e.day) AS period, count(*) AS n,"
        + " count(*) FILTER (WHERE e.quad_class = 1) AS q1, count(*) FILTER (WHERE e.quad_class = 2) AS q2,"
        + " count(*) FILTER (WHERE e.quad_class = 3) AS q3, count(*) FILTER (WHERE e.quad_class = 4) AS q4,"
        + " round(avg(CAST(e.goldstein AS DECIMAL(5, 1))), 2) AS g FROM events e WHERE e.day IS NOT NULL AND "
        + fits(b) + " AND " + where.condition() + " GROUP BY period ORDER BY period LIMIT 20000";
    String coarser = "SELECT count(*) FROM events e WHERE e.day IS NOT NULL AND NOT " + fits(b) + " AND "
        + where.condition();
    return pool.with(conn -> {
      List<Point> points = new ArrayList<>();
      try (PreparedStatement ps = conn.prepareStatement(sql)) {
        where.bind(ps, 1);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            points.add(new Point(Params.dateOrNull(rs, "period"), rs.getLong("n"), rs.getLong("q1"),
                rs.getLong("q2"), rs.getLong("q3"), rs.getLong("q4"),
                rs.getDouble("g")));
          }
        }
      }
      long notDrawn;
      try (PreparedStatement ps = conn.prepareStatement(coarser)) {
        where.bind(ps, 1);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          notDrawn = rs.getLong(1);
        }
      }
      return new Timeline(b, TimeAxis.continuous(points, b, filter.from(), filter.to(), MAX_PERIODS), notDrawn);
    });
  }

  /**
   * The network of the filter's events with a source and a target.
   *
   * @param level {@code country} (actors by country; a named international organisation, which has
   *              no country, by its code; actors with neither, such as a bare {@code MIL}, are left
   *              out rather than shown as states) or {@code actor}
   * @param min   the fewest events an edge needs
   * @param limit the most edges, heaviest first
   */
  public Network network(EventFilter filter, String level, int min, int limit) {
    String l = level == null ? "country" : level;
    String src;
    String tgt;
    if (l.equals("country")) {
      // a bare sector code (GOV, MIL) is no state: only a country, or a named IGO (as EventKey)
      src = "coalesce(e.source_country, CASE WHEN e.source_code LIKE 'IGO_%' THEN e.source_code END)";
      tgt = "coalesce(e.target_country, CASE WHEN e.target_code LIKE 'IGO_%' THEN e.target_code END)";
    } else if (l.equals("actor")) {
      src = "e.source_code";
      tgt = "e.target_code";
    } else {
      throw new IllegalArgumentException("level: '" + level + "' is not country or actor");
    }
    if (min < 1 || limit < 1 || limit > 1000) {
      throw new IllegalArgumentException("min must be ≥ 1 and limit 1 to 1000");
    }
    EventFilter.Sql where = filter.where();
    String sql = "SELECT " + src + " AS s, " + tgt + " AS t, count(*) AS n,"
        + " count(*) FILTER (WHERE e.quad_class <= 2) AS coop, count(*) FILTER (WHERE e.quad_class >= 3)"
        + " AS conf, round(avg(CAST(e.goldstein AS DECIMAL(5, 1))), 2) AS g, max(e.source_country) AS sc,"
        + " max(e.target_country) AS tc FROM events e WHERE " + src + " IS NOT NULL AND "
        + tgt + " IS NOT NULL AND " + where.condition() + " GROUP BY s, t HAVING count(*) >= ?"
        + " ORDER BY n DESC, s, t LIMIT ?";
    return pool.with(conn -> {
      List<Edge> edges = new ArrayList<>();
      Map<String, Long> nodes = new LinkedHashMap<>();
      Map<String, String> countries = new java.util.HashMap<>();
      try (PreparedStatement ps = conn.prepareStatement(sql)) {
        int next = where.bind(ps, 1);
        ps.setInt(next, min);
        ps.setInt(next + 1, limit);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            Edge e = new Edge(rs.getString("s"), rs.getString("t"), rs.getLong("n"), rs.getLong("coop"),
                rs.getLong("conf"), rs.getDouble("g"));
            edges.add(e);
            nodes.merge(e.source(), e.events(), Long::sum);
            if (!e.target().equals(e.source())) {
              nodes.merge(e.target(), e.events(), Long::sum);
            }
            countryOf(countries, e.source(), rs.getString("sc"));
            countryOf(countries, e.target(), rs.getString("tc"));
          }
        }
      }
      List<Node> list = new ArrayList<>();
      nodes.forEach((id, n) -> list.add(Node.of(id, n, countries.get(id))));
      return new Network(list, edges);
    });
  }

  /** Remembers a node's country; a node with none on any of its edges stays without. */
  private static void countryOf(Map<String, String> countries, String id, String country) {
    if (country != null) {
      countries.putIfAbsent(id, country);
    }
  }
}
