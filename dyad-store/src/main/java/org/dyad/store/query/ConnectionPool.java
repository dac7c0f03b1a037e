package org.dyad.store.query;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.dyad.store.Store;
import org.dyad.store.StoreException;

/**
 * A fixed set of connections to one store for concurrent readers (HTTP handler threads). A caller
 * borrows a connection for one query; when all are busy it waits, which bounds the load on DuckDB
 * (which parallelises each query itself) instead of queueing inside it.
 */
public final class ConnectionPool implements AutoCloseable {
  /** A query on a borrowed connection. */
  @FunctionalInterface
  public interface Query<T> {
    /** Runs on the connection. */
    T run(Connection conn) throws SQLException;
  }

  private final BlockingQueue<Connection> idle;

  /** Opens {@code size} connections to the store. */
  public ConnectionPool(Store store, int size) {
    idle = new ArrayBlockingQueue<>(size);
    for (int i = 0; i < size; i++) {
      idle.add(store.connect());
    }
  }

  /** Runs a query on a free connection (waiting up to 30 s for one). */
  public <T> T with(Query<T> query) {
    Connection conn;
    try {
      conn = idle.poll(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while waiting for a connection", e);
    }
    if (conn == null) {
      throw new StoreException("no free database connection within 30 s");
    }
    try {
      return query.run(conn);
    } catch (SQLException e) {
      throw new StoreException("query failed: " + e.getMessage(), e);
    } finally {
      idle.add(conn);
    }
  }

  @Override
  public void close() {
    for (Connection c : idle) {
      try {
        c.close();
      } catch (SQLException e) {
        // closing: nothing left to do with it
      }
    }
  }
}
