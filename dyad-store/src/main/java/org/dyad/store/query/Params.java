package org.dyad.store.query;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Binding parameters and reading nullable columns, shared by the query classes. */
final class Params {
  private Params() {}

  static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
    for (int i = 0; i < params.size(); i++) {
      ps.setObject(i + 1, params.get(i));
    }
  }

  static Long longOrNull(ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : v;
  }

  static String dateOrNull(ResultSet rs, String column) throws SQLException {
    java.sql.Date d = rs.getDate(column);
    return d == null ? null : d.toLocalDate().toString();
  }
}
