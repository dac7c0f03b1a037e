package org.dyad.store.query;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The map's questions: how many of the filter's events took place in each country, or at each
 * place, with their mean Goldstein value (for colouring from cooperation to conflict) and a point.
 * Events without a place are not counted. Takes a {@link ConnectionPool}.
 */
public final class PlaceQueries {
  /** The levels counts are given at. */
  public static final Set<String> LEVELS = Set.of("country", "place");
  /** The most groups one answer gives. */
  public static final int MAX_LIMIT = 5000;

  /**
   * Events at one place (or in one country).
   *
   * @param name          the place's name, or the ISO alpha-3 code at country level
   * @param country       ISO alpha-3, or {@code null} for places in no country (seas)
   * @param admin1Name    the place's division, or {@code null} (always at country level)
   * @param lat           the place's point; at country level the mean point of its events' places
   * @param lon           the same in longitude
   * @param feature       city, admin1, country, sea, ... ({@code country} at country level)
   * @param events        how many events
   * @param meanGoldstein their mean Goldstein value
   */
  public record PlaceCount(String name, String country, String admin1Name, double lat, double lon, String feature,
                           long events, double meanGoldstein) {}

  private final ConnectionPool pool;

  /** Queries through the pool. */
  public PlaceQueries(ConnectionPool pool) {
    this.pool = pool;
  }

  /**
   * Counts per country or per place, most events first.
   *
   * @param level {@code country} or {@code place} (default place)
   * @param limit 1..{@link #MAX_LIMIT} groups
   */
  public List<PlaceCount> counts(EventFilter filter, String level, int limit) {
    String l = level == null || level.isBlank() ? "place" : level.strip();
    if (!LEVELS.contains(l)) {
      throw new IllegalArgumentException("level: '" + level + "' is not country or place");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT);
    }
    EventFilter.Sql where = filter.where();
    // Mean Goldstein as a decimal, like ChartQueries: the same answer whatever order threads add in.
    String g = "round(avg(CAST(e.goldstein AS DECIMAL(5, 1))), 2) AS g, count(*) AS n";
    String sql = l.equals("country")
        ? "SELECT e.geo_country AS name, e.geo_country AS country, NULL AS admin1, avg(e.geo_lat) AS lat,"
            + " avg(e.geo_lon) AS lon, 'country' AS feature, " + g + " FROM events e WHERE e.geo_country IS NOT NULL"
            + " AND " + where.condition() + " GROUP BY e.geo_country ORDER BY n DESC, name LIMIT ?"
        : "SELECT e.geo_name AS name, e.geo_country AS country, e.geo_admin1_name AS admin1, e.geo_lat AS lat,"
            + " e.geo_lon AS lon, e.geo_feature AS feature, " + g + " FROM events e WHERE e.geo_name IS NOT NULL AND "
            + where.condition() + " GROUP BY ALL ORDER BY n DESC, name, country LIMIT ?";
    return pool.with(conn -> {
      List<PlaceCount> out = new ArrayList<>();
      try (PreparedStatement ps = conn.prepareStatement(sql)) {
        ps.setInt(where.bind(ps, 1), limit);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new PlaceCount(rs.getString("name"), rs.getString("country"), rs.getString("admin1"),
                rs.getDouble("lat"), rs.getDouble("lon"), rs.getString("feature"), rs.getLong("n"),
                rs.getDouble("g")));
          }
        }
      }
      return out;
    });
  }
}
