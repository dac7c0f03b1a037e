package org.dyad.store.dedup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Finds the story an article belongs to: the stored article whose MinHash is most similar to its
 * own, at least {@link MinHash#SAME_STORY}, among those sharing a band. Works on the writer's
 * connection, inside its transaction.
 */
public final class StoryMatcher {
  private final Connection conn;

  /** Uses the given connection. */
  public StoryMatcher(Connection conn) {
    this.conn = conn;
  }

  /**
   * The story id of the nearest stored article, or -1 when there is none close enough.
   *
   * @param signature the new article's signature, or {@code null} (no match then)
   */
  public long storyOf(long[] signature) throws SQLException {
    if (signature == null) {
      return -1;
    }
    long[] bands = MinHash.bands(signature);
    StringBuilder in = new StringBuilder();
    for (int i = 0; i < bands.length; i++) {
      in.append(i == 0 ? "?" : ",?");
    }
    String sql = "SELECT a.story_id, a.minhash FROM articles a WHERE a.id IN"
        + " (SELECT DISTINCT article_id FROM article_bands WHERE band_hash IN (" + in + "))"
        + " ORDER BY a.id";
    long best = -1;
    double bestSim = MinHash.SAME_STORY - 1e-9;
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      for (int i = 0; i < bands.length; i++) {
        ps.setLong(i + 1, bands[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          byte[] bytes = rs.getBytes(2);
          if (bytes == null) {
            continue;
          }
          double sim = MinHash.similarity(signature, MinHash.fromBytes(bytes));
          if (sim > bestSim) {
            bestSim = sim;
            best = rs.getLong(1);
          }
        }
      }
    }
    return best;
  }

  /** Records an article's bands so later articles can find it. */
  public void remember(long articleId, long[] signature) throws SQLException {
    if (signature == null) {
      return;
    }
    try (PreparedStatement ps = conn.prepareStatement("INSERT INTO article_bands VALUES (?, ?)")) {
      for (long band : MinHash.bands(signature)) {
        ps.setLong(1, band);
        ps.setLong(2, articleId);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }
}
