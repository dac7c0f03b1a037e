package org.dyad.store.query;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Reading nullable columns, shared by the query classes. */
final class Params {
  private Params() {}

  static String dateOrNull(ResultSet rs, String column) throws SQLException {
    java.sql.Date d = rs.getDate(column);
    return d == null ? null : d.toLocalDate().toString();
  }
}
