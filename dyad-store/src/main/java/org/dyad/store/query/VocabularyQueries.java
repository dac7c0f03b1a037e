package org.dyad.store.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dyad.model.analysis.Modality;
import org.dyad.model.analysis.QuadClass;

/**
 * The closed vocabularies a client shows in its filters, so that it keeps no copy of them: the
 * modalities and QuadClasses an event can have, and the CAMEO codes and PLOVER types of the store's
 * events, with their names as the coder gave them and how many events each has.
 */
public final class VocabularyQueries {
  /** A code, its name ({@code null} where none is stored) and its events. */
  public record Term(String code, String name, long events) {}

  /** A QuadClass ({@link QuadClass}): its number and name. */
  public record Quad(int id, String name) {}

  /**
   * The vocabularies.
   *
   * @param modalities  every modality, in the order filters list them
   * @param quadClasses the four QuadClasses
   * @param cameo       the CAMEO codes of the store's events, by code
   * @param plover      the PLOVER types of the store's events, by name
   * @param filters     the names of the event filters ({@link EventFilter#PARAMETERS}), in the order
   *                    forms show them
   */
  public record Vocabulary(List<String> modalities, List<Quad> quadClasses, List<Term> cameo,
                           List<Term> plover, List<String> filters) {}

  private final ConnectionPool pool;

  /** Queries through the pool. */
  public VocabularyQueries(ConnectionPool pool) {
    this.pool = pool;
  }

  /** The vocabularies of this store. */
  public Vocabulary vocabulary() {
    List<Quad> quads = Arrays.stream(QuadClass.values()).map(q -> new Quad(q.number(), q.label())).toList();
    return pool.with(conn -> new Vocabulary(Modality.labels(), quads,
        terms(conn, "SELECT cameo, max(cameo_name), count(*) FROM events GROUP BY cameo ORDER BY cameo"),
        terms(conn, "SELECT plover, NULL, count(*) FROM events WHERE plover IS NOT NULL GROUP BY plover"
            + " ORDER BY plover"), EventFilter.PARAMETERS));
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
