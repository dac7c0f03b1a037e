package org.dyad.store.export;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes the text cells of a CSV export safe to open in a spreadsheet, as OWASP's advice on CSV
 * injection has it: a cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return would be read as a formula (which can fetch URLs or run commands), so it gets a
 * leading single quote, which spreadsheets show as text; NUL bytes, which no text needs and some
 * readers stop at, are removed. Numbers, dates and booleans are not touched ({@code -2.0} stays a
 * number), and the other formats keep the stored text as it is.
 */
final class SpreadsheetCells {
  /** What starts a formula, as a RE2 character class. */
  private static final String FORMULA_START = "^([=+\\-@\\t\\r])";

  private SpreadsheetCells() {}

  /**
   * A SELECT giving the rows of {@code rows} with every text column defused.
   *
   * @param shape a query with the same columns as {@code rows} and no parameters, asked only for
   *              their names and types
   * @param rows  the query whose rows are exported (its parameters stay to be bound)
   */
  static String defused(Connection conn, String shape, String rows) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(shape + " LIMIT 0")) {
      ResultSetMetaData meta = rs.getMetaData();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        String name = '"' + meta.getColumnLabel(i).replace("\"", "\"\"") + '"';
        columns.add(meta.getColumnType(i) == Types.VARCHAR
            ? "regexp_replace(replace(" + name + ", chr(0), ''), '" + FORMULA_START + "', '''\\1') AS " + name
            : name);
      }
    }
    return "SELECT " + String.join(", ", columns) + " FROM (" + rows + ") AS exported";
  }
}
