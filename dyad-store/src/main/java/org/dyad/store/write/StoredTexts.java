package org.dyad.store.write;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.dyad.store.Store;
import org.dyad.store.StoreException;

/**
 * Answers whether a text is stored already, on its own connection, so a reader thread can skip
 * known articles before they are analysed while the {@link ArticleWriter} writes on another.
 */
public final class StoredTexts implements AutoCloseable {
  private final Connection conn;

  /** Opens a lookup on the store. */
  public StoredTexts(Store store) {
    this.conn = store.connect();
  }

  /** The id of the article with this content hash, or -1. */
  public long idOf(String contentHash) {
    try {
      return idOf(conn, contentHash);
    } catch (SQLException e) {
      throw new StoreException("cannot look up an article: " + e.getMessage(), e);
    }
  }

  static long idOf(Connection conn, String hash) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("SELECT id FROM articles WHERE content_hash = ?")) {
      ps.setString(1, hash);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : -1;
      }
    }
  }

  @Override
  public void close() {
    try {
      conn.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close a lookup connection: " + e.getMessage(), e);
    }
  }
}
