package org.dyad.store.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The closed vocabularies a client shows in its filters, so that it keeps no copy of them: the
 * modalities and QuadClasses an event can have, and the CAMEO codes and PLOVER types of the store's
 * events, with their names as the coder gave them and how many events each has.
 */
public final class VocabularyQueries {
  /** QuadClass names, 1 to 4, as CAMEO and GDELT define them. */
  public static final List<String> QUAD_CLASSES = List.of("Verbal cooperation", "Material cooperation",
      "Verbal conflict", "Material conflict");

  /** A code, its name ({@code null} where none is stored) and its events. */
  public record Term(String code, String name, long events) {}

  /** A QuadClass: its number and name. */
  public record QuadClass(int id, String name) {}

  /**
   * The vocabularies.
   *
   * @param modalities  every modality, in the order filters list them
   * @param quadClasses the four QuadClasses
   * @param cameo       the CAMEO codes of the store's events, by code
   * @param plover      the PLOVER types of the store's events, by name
   */
  public record Vocabulary(List<String> modalities, List<QuadClass> quadClasses, List<Term> cameo,
                           List<Term> plover) {}

  private final ConnectionPool pool;

  /** Queries through the pool. */
  public VocabularyQueries(ConnectionPool pool) {
    this.pool = pool;
  }

  /** The vocabularies of this store. */
  public Vocabulary vocabulary() {
    List<QuadClass> quads = new ArrayList<>();
    for (int i = 0; i < QUAD_CLASSES.size(); i++) {
      quads.add(new QuadClass(i + 1, QUAD_CLASSES.get(i)));
    }
    return pool.with(conn -> new Vocabulary(EventFilter.MODALITIES, quads,
        terms(conn, "SELECT cameo, max(cameo_name), count(*) FROM events GROUP BY cameo ORDER BY cameo"),
        terms(conn, "SELECT plover, NULL, count(*) FROM events WHERE plover IS NOT NULL GROUP BY plover"
            + " ORDER BY plover")));
  }

  private static List<Term> terms(Connection conn, String sql) throws SQLException {
    List<Term> out = new ArrayList<>();
    try (PreparedStatement ps = conn.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new Term(rs.getString(1), rs.getString(2), rs.getLong(3)));
      }
    }
    return out;
  }
}
