package org.dyad.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.Properties;
import org.duckdb.DuckDBConnection;

/**
 * An event dataset on disk: a folder holding the DuckDB database {@code dyad.duckdb} (the source of
 * truth) and the Lucene index {@code search/} rebuilt from it.
 *
 * <p>Opening read-write creates the folder and applies pending schema migrations
 * ({@link SchemaMigrator}); opening read-only requires an existing store of a known schema version.
 * DuckDB lets one process hold the file: a second process gets a {@link StoreException} saying so.
 * Connections for other threads come from {@link #connect()}; they share the one database.
 */
public final class Store implements AutoCloseable {
  /** The database file's name inside the store folder. */
  public static final String DATABASE = "dyad.duckdb";
  /** The search index folder's name inside the store folder. */
  public static final String SEARCH = "search";

  private final Path dir;
  private final boolean readOnly;
  private final DuckDBConnection main;

  private Store(Path dir, boolean readOnly, DuckDBConnection main) {
    this.dir = dir;
    this.readOnly = readOnly;
    this.main = main;
  }

  /**
   * Opens a store.
   *
   * @param dir      the store folder ({@code ./dyad-data} by default in the command line)
   * @param readOnly true to serve or export; false to ingest
   * @throws StoreException when the folder cannot be made, the store is missing (read-only), held by
   *                        another process, or of a newer schema than this Dyad knows
   */
  public static Store open(Path dir, boolean readOnly) {
    Objects.requireNonNull(dir, "dir");
    Path db = dir.resolve(DATABASE);
    if (readOnly && !Files.exists(db)) {
      throw new StoreException("no store at " + dir + " (run 'dyad ingest' first, or name one with --store)");
    }
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new StoreException("cannot create store folder " + dir + " (" + e.getMessage() + ")");
    }
    Properties props = new Properties();
    if (readOnly) {
      props.setProperty("duckdb.read_only", "true");
    }
    DuckDBConnection conn;
    try {
      conn = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath(), props);
    } catch (SQLException e) {
      String msg = String.valueOf(e.getMessage());
      if (msg.contains("lock")) {
        throw StoreException.inUse(StoreLockMessage.of(dir, readOnly, msg));
      }
      throw new StoreException("cannot open store " + db + ": " + StoreException.firstLine(msg));
    }
    Store store = new Store(dir, readOnly, conn);
    try {
      SchemaMigrator migrator = new SchemaMigrator(conn);
      if (readOnly) {
        migrator.check();
      } else {
        migrator.migrate();
      }
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
    return store;
  }

  /** The store folder. */
  public Path dir() {
    return dir;
  }

  /** The search index folder. */
  public Path searchDir() {
    return dir.resolve(SEARCH);
  }

  /** Whether the store was opened read-only. */
  public boolean readOnly() {
    return readOnly;
  }

  /** A new connection to the same database, for one thread; the caller closes it. */
  public Connection connect() {
    try {
      return main.duplicate();
    } catch (SQLException e) {
      throw new StoreException("cannot open a connection to " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * The store's identity: a random id written once into the database when it was made (schema
   * version 3), the same for every open of that database and different for any other. The search
   * index records it to tell whether it was built from this database.
   */
  public String id() {
    try (Statement st = main.createStatement();
         ResultSet rs = st.executeQuery("SELECT store_id FROM store_identity")) {
      if (!rs.next()) {
        throw new StoreException("store " + dir + " has no identity row (a damaged database?)");
      }
      return rs.getString(1);
    } catch (SQLException e) {
      throw new StoreException("cannot read the identity of store " + dir + ": " + e.getMessage(), e);
    }
  }

  /** The schema version in use. */
  public int schemaVersion() {
    return new SchemaMigrator(main).current();
  }

  @Override
  public void close() {
    try {
      main.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close store " + dir + ": " + e.getMessage(), e);
    }
  }
}
