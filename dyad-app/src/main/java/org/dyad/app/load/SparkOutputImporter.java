package org.dyad.app.load;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.dyad.model.analysis.DocumentAnalysis;
import org.dyad.model.article.Article;
import org.dyad.store.Store;
import org.dyad.store.StoreException;
import org.dyad.store.search.SearchIndex;
import org.dyad.store.write.ArticleWriter;
import org.dyad.store.write.WriteResult;

/**
 * Loads the output of {@code dyad spark} into a store, so {@code dyad serve} browses what a cluster
 * coded: each article of the output's {@code articles} dataset, in the job's order (its ids), is
 * written with its analysis by the store's own {@link ArticleWriter}, so the store's events, story
 * groups and search index are what {@code dyad ingest} of the same input gives; each row of
 * {@code errors} becomes an ingest error. Articles whose text the store holds already are left out,
 * so importing again, or importing a grown output, adds only what is new.
 *
 * <p>Reads the Parquet files with DuckDB (no Spark on the command line's class path). Takes the
 * output folder (a local path) and a read-write store. A row whose analysis cannot be read is
 * recorded as an error with its reason and the import goes on.
 */
public final class SparkOutputImporter {
  /** What an import did. */
  public record Report(long articles, long stored, long duplicates, long errors) {}

  private final Store store;
  private final PrintWriter err;

  /**
   * Imports into this store (each event carries the name of its CAMEO code in the table the job
   * coded with); messages go to {@code err}.
   */
  public SparkOutputImporter(Store store, PrintWriter err) {
    this.store = store;
    this.err = err;
  }

  /**
   * Imports one output folder.
   *
   * @throws IllegalArgumentException when the folder holds no {@code articles} dataset
   */
  public Report run(Path out) {
    Path articles = out.resolve("articles");
    if (!Files.isDirectory(articles)) {
      throw new IllegalArgumentException(out + " is not an output of dyad spark: no articles folder in it");
    }
    long read = 0;
    long stored = 0;
    long duplicates = 0;
    long errors = 0;
    try (Connection parquet = DriverManager.getConnection("jdbc:duckdb:");
         ArticleWriter writer = new ArticleWriter(store);
         SearchIndex index = new SearchIndex(store, line -> err.println("dyad: " + line));
         Statement st = parquet.createStatement()) {
      try (ResultSet rs = st.executeQuery("SELECT doc_id, title, url, language, text, source, analysis FROM "
          + files(articles) + " ORDER BY id")) {
        while (rs.next()) {
          read++;
          String source = rs.getString("source");
          DocumentAnalysis analysis;
          try {
            analysis = AnalysisRecordJson.read(rs.getString("analysis"));
          } catch (IllegalArgumentException e) {
            errors++;
            writer.recordError(rs.getString("doc_id"), source, e.getMessage());
            continue;
          }
          Article a = new Article(rs.getString("doc_id"), rs.getString("title"), rs.getString("url"),
              analysis.published(), rs.getString("language"), rs.getString("text"), source);
          WriteResult r = writer.write(a, analysis);
          if (r.duplicate()) {
            duplicates++;
          } else {
            stored++;
          }
        }
      }
      Path errorsDir = out.resolve("errors");
      if (Files.isDirectory(errorsDir) && hasParquet(errorsDir)) {
        try (ResultSet rs = st.executeQuery("SELECT doc_id, source, reason FROM " + files(errorsDir)
            + " ORDER BY source")) {
          while (rs.next()) {
            errors += writer.recordError(rs.getString(1), rs.getString(2), rs.getString(3)) ? 1 : 0;
          }
        }
      }
      index.catchUp();
    } catch (SQLException e) {
      throw new StoreException("cannot read " + out + ": " + StoreException.firstLine(e.getMessage()), e);
    }
    return new Report(read, stored, duplicates, errors);
  }

  /** Every Parquet file under a dataset folder (one {@code run=N} folder per run). */
  private static String files(Path dataset) {
    return "read_parquet('" + dataset.toAbsolutePath().toString().replace("'", "''") + "/**/*.parquet')";
  }

  private static boolean hasParquet(Path dir) {
    try (var walk = Files.walk(dir)) {
      return walk.anyMatch(p -> p.toString().endsWith(".parquet"));
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
