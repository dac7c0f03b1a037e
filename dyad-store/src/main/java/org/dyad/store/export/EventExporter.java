package org.dyad.store.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.dyad.store.Store;
import org.dyad.store.StoreException;
import org.dyad.store.query.EventFilter;

/**
 * Writes a store's events, filtered, as CSV, JSON Lines, Parquet or GDELT 2.0 event rows.
 *
 * <p>The columns of csv/jsonl/parquet are {@link #COLUMNS}, described in docs/export.md: one row per
 * event, with its first mention's trigger and sentence. CSV, JSON and Parquet are written by DuckDB
 * itself, CSV with its text cells made safe to open in a spreadsheet ({@link SpreadsheetCells}); the
 * GDELT rows by {@link GdeltRow}. Returns the number of events written.
 */
public final class EventExporter {
  /** The exported columns, in order. */
  public static final String COLUMNS = "e.id, e.event_date AS date, e.date_precision, e.day, e.source_code, e.source_name,"
      + " e.source_country, trim(e.source_sectors) AS source_sectors, e.target_code, e.target_name,"
      + " e.target_country, trim(e.target_sectors) AS target_sectors, e.cameo, e.cameo_name, e.cameo_root,"
      + " e.plover, e.plover_mode, e.goldstein, e.quad_class, e.modality, e.num_mentions, e.num_articles,"
      + " e.num_sources, e.confidence, e.first_article AS article_id, e.source_url, e.first_trigger AS"
      + " trigger, e.first_sentence AS sentence, e.date_added, e.is_root, e.source_basis, e.target_basis,"
      + " e.geo_name, e.geo_id, e.geo_country, e.geo_admin1, e.geo_admin1_name, e.geo_lat, e.geo_lon,"
      + " e.geo_feature, e.geo_basis";

  private final Store store;
  private final CountryCodes countries;

  /** Exports from this store; GDELT rows get no FIPS country codes ({@link CountryCodes#NONE}). */
  public EventExporter(Store store) {
    this(store, CountryCodes.NONE);
  }

  /** Exports from this store, with the country codes GDELT's geography columns need. */
  public EventExporter(Store store, CountryCodes countries) {
    this.store = store;
    this.countries = countries;
  }

  /**
   * Writes the filter's events to a file.
   *
   * @return events written
   */
  public long export(EventFilter filter, ExportFormat format, Path out) {
    if (format == ExportFormat.GDELT) {
      try (OutputStream os = Files.newOutputStream(out)) {
        return gdelt(filter, os);
      } catch (IOException e) {
        throw new StoreException("cannot write " + out + ": " + e.getMessage(), e);
      }
    }
    EventFilter.Sql where = filter.where();
    String options = switch (format) {
      case CSV -> "FORMAT csv, HEADER true";
      case JSONL -> "FORMAT json";
      case PARQUET -> "FORMAT parquet, COMPRESSION zstd";
      case GDELT -> throw new AssertionError();
    };
    String rows = "SELECT " + COLUMNS + " FROM events e WHERE " + where.condition();
    try (Connection conn = store.connect()) {
      // A spreadsheet runs a cell that starts with a formula character: CSV text cells are defused.
      String select = format == ExportFormat.CSV
          ? SpreadsheetCells.defused(conn, "SELECT " + COLUMNS + " FROM events e", rows) + " ORDER BY id"
          : rows + " ORDER BY e.id";
      String sql = "COPY (" + select + ") TO '" + out.toAbsolutePath().toString().replace("'", "''") + "' ("
          + options + ")";
      try (PreparedStatement ps = conn.prepareStatement(sql)) {
        where.bind(ps, 1);
        ps.execute();
      }
      return where.count(conn, "events e");
    } catch (SQLException e) {
      throw new StoreException("export to " + out + " failed: " + e.getMessage(), e);
    }
  }

  /** Writes GDELT 2.0 event rows (tab-separated, no header) to a stream; gives the rows written. */
  public long gdelt(EventFilter filter, OutputStream os) {
    EventFilter.Sql where = filter.where();
    try (Connection conn = store.connect();
         PreparedStatement ps = conn.prepareStatement("SELECT " + COLUMNS + " FROM events e WHERE "
             + where.condition() + " ORDER BY e.id")) {
      where.bind(ps, 1);
      BufferedWriter w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8));
      long n = 0;
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          List<String> row = GdeltRow.of(rs, countries);
          for (int i = 0; i < row.size(); i++) {
            if (i > 0) {
              w.write('\t');
            }
            w.write(row.get(i).replace('\t', ' ').replace('\n', ' ').replace('\r', ' '));
          }
          w.write('\n');
          n++;
        }
      }
      w.flush();
      return n;
    } catch (SQLException | IOException e) {
      throw new StoreException("GDELT export failed: " + e.getMessage(), e);
    }
  }

}
