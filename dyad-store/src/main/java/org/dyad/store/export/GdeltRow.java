package org.dyad.store.export;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One event as a GDELT 2.0 event-table row (61 columns, in GDELT's order). Dyad fills the ids,
 * dates, actor codes, names, countries and types (sectors), known group (for IGO/NGO codes), the
 * event codes, QuadClass, Goldstein, the mention counts, the ActionGeo_* columns ({@link GdeltGeo}),
 * DATEADDED and SOURCEURL. It leaves empty what it does not code: ethnic and religion codes, AvgTone
 * and the Actor1Geo_* and Actor2Geo_* columns.
 */
final class GdeltRow {
  /** GDELT 2.0's column count. */
  static final int COLUMNS = 61;
  private static final DateTimeFormatter ADDED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

  private GdeltRow() {}

  /** The row of the result set's current event (columns of {@link EventExporter#COLUMNS}). */
  static List<String> of(ResultSet rs, CountryCodes countries) throws SQLException {
    List<String> row = new ArrayList<>(COLUMNS);
    row.add(Long.toString(rs.getLong("id")));
    java.sql.Date day = rs.getDate("day");
    if (day == null) {
      row.add("");
      row.add("");
      row.add("");
      row.add("");
    } else {
      LocalDate d = day.toLocalDate();
      row.add(String.format(Locale.ROOT, "%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth()));
      row.add(String.format(Locale.ROOT, "%04d%02d", d.getYear(), d.getMonthValue()));
      row.add(Integer.toString(d.getYear()));
      // GDELT's own formula: YEAR + (MONTH * 30 + DAY) / 365.
      row.add(String.format(Locale.ROOT, "%.4f", d.getYear() + (d.getMonthValue() * 30 + d.getDayOfMonth()) / 365.0));
    }
    actor(row, rs, "source");
    actor(row, rs, "target");
    String code = rs.getString("cameo");
    row.add(rs.getBoolean("is_root") ? "1" : "0");
    row.add(code);
    row.add(code.length() > 3 ? code.substring(0, 3) : code);
    row.add(rs.getString("cameo_root"));
    row.add(Integer.toString(rs.getInt("quad_class")));
    row.add(Double.toString(rs.getDouble("goldstein")));
    row.add(Integer.toString(rs.getInt("num_mentions")));
    row.add(Integer.toString(rs.getInt("num_sources")));
    row.add(Integer.toString(rs.getInt("num_articles")));
    row.add(""); // AvgTone
    for (int i = 0; i < 16; i++) {
      row.add(""); // Actor1Geo_*, Actor2Geo_*
    }
    row.addAll(GdeltGeo.action(rs, countries));
    Timestamp added = rs.getTimestamp("date_added");
    row.add(added == null ? "" : added.toLocalDateTime().format(ADDED));
    row.add(nz(rs.getString("source_url")));
    return row;
  }

  /** Code, name, country, known group, ethnic, religion 1 and 2, type 1 to 3. */
  private static void actor(List<String> row, ResultSet rs, String side) throws SQLException {
    String code = nz(rs.getString(side + "_code"));
    row.add(code);
    row.add(nz(rs.getString(side + "_name")).toUpperCase(java.util.Locale.ROOT).replace('\t', ' '));
    row.add(nz(rs.getString(side + "_country")));
    // CAMEO's known group is the last three letters of an organisation code: IGOWSTNAT -> NAT.
    row.add((code.startsWith("IGO") || code.startsWith("NGO")) && code.length() >= 6
        ? code.substring(code.length() - 3) : "");
    row.add("");
    row.add("");
    row.add("");
    String[] sectors = nz(rs.getString(side + "_sectors")).strip().split(" ");
    for (int i = 0; i < 3; i++) {
      row.add(i < sectors.length ? sectors[i] : "");
    }
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
