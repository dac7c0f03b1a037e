package org.dyad.spark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares two event datasets in the columns of {@code dyad export --format parquet} (a Parquet file,
 * or a folder of them as {@code dyad spark} writes), row for row on every column except the ids and
 * timestamps, which name rows of one database or say when: {@code id}, {@code article_id},
 * {@code date_added}. Read with DuckDB, so the check does not trust Spark to read what Spark wrote.
 *
 * <p>Used by the tests and by {@code scripts/spark-cluster.sh}: {@code java ... EventsComparison
 * EXPECTED ACTUAL} prints the result and exits 0 when they agree, 1 when not.
 */
public final class EventsComparison {
  /** Columns left out of the comparison. */
  public static final String IGNORED = "id, article_id, date_added";

  /**
   * The outcome: rows in each, and up to ten rows found on one side only, as text.
   *
   * @param expected rows of the expected dataset
   * @param actual   rows of the actual one
   * @param missing  expected rows the actual one lacks (at most ten shown)
   * @param extra    actual rows the expected one lacks (at most ten shown)
   */
  public record Result(long expected, long actual, List<String> missing, List<String> extra) {
    /** True when both hold the same rows, as many times each. */
    public boolean same() {
      return expected == actual && missing.isEmpty() && extra.isEmpty();
    }

    @Override
    public String toString() {
      return same() ? "same " + expected + " events" : expected + " expected events, " + actual + " actual;"
          + "\nmissing: " + String.join("\n  ", missing) + "\nextra: " + String.join("\n  ", extra);
    }
  }

  private EventsComparison() {}

  /** Compares the two datasets (paths of a Parquet file or of a folder of them). */
  public static Result compare(String expected, String actual) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
      String a = rows(expected);
      String b = rows(actual);
      return new Result(count(st, a), count(st, b), diff(st, a, b), diff(st, b, a));
    }
  }

  private static String rows(String path) {
    String p = path.replace("'", "''");
    String files = new java.io.File(path).isDirectory() ? p + "/**/*.parquet" : p;
    return "SELECT * EXCLUDE (" + IGNORED + ") FROM read_parquet('" + files + "')";
  }

  private static long count(Statement st, String rows) throws SQLException {
    try (ResultSet rs = st.executeQuery("SELECT count(*) FROM (" + rows + ")")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static List<String> diff(Statement st, String a, String b) throws SQLException {
    List<String> out = new ArrayList<>();
    try (ResultSet rs = st.executeQuery("SELECT * FROM ((" + a + ") EXCEPT ALL (" + b + ")) LIMIT 10")) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          row.append(i > 1 ? " | " : "").append(rs.getMetaData().getColumnName(i)).append('=').append(rs.getString(i));
        }
        out.add(row.toString());
      }
    }
    return out;
  }

  /** {@code EventsComparison EXPECTED ACTUAL}: prints the result; exit status 0 when the same. */
  public static void main(String[] args) throws SQLException {
    if (args.length != 2) {
      System.err.println("usage: EventsComparison EXPECTED ACTUAL (Parquet files or folders)");
      System.exit(2);
    }
    Result r = compare(args[0], args[1]);
    System.out.println("events: " + r);
    System.exit(r.same() ? 0 : 1);
  }
}
