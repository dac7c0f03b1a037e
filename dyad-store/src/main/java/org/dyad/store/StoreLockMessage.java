package org.dyad.store;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says why a store held by another process cannot be opened, and what Dyad offers instead. DuckDB's
 * own message names its lock file and process, and when the holder has the store open read-only it
 * advises "the -readonly parameter in the CLI": a flag of DuckDB's shell, which Dyad does not have.
 */
final class StoreLockMessage {
  private static final Pattern PID = Pattern.compile("PID (\\d+)");

  private StoreLockMessage() {}

  /**
   * The message for opening {@code dir} ({@code readOnly} or not) refused with DuckDB's lock
   * message {@code duckdb}: which process holds it where DuckDB says, and Dyad's options.
   */
  static String of(Path dir, boolean readOnly, String duckdb) {
    Matcher m = PID.matcher(String.valueOf(duckdb));
    String pid = m.find() ? "process " + m.group(1) : "another process";
    // DuckDB gives its read-only advice exactly when the holder only reads: reading works then.
    if (!readOnly && duckdb != null && duckdb.contains("read-only mode")) {
      return "store " + dir + " is open read-only in " + pid + " (a 'dyad serve --read-only'?), so it cannot"
          + " be written now; stop that process or wait until it ends (reading it at the same time works:"
          + " 'dyad serve --read-only', 'dyad export')";
    }
    if (readOnly) {
      return "store " + dir + " is in use by " + pid + " (a running 'dyad serve' or 'dyad ingest'?), which may"
          + " write to it, so it cannot be read here now; wait until it ends, or ask that 'dyad serve' (its"
          + " web page and API) instead";
    }
    return "store " + dir + " is in use by " + pid + " (a running 'dyad serve' or 'dyad ingest'?); wait until it"
        + " ends, or let it do the work: a 'dyad serve' without --read-only stores what 'dyad ingest' hands it";
  }
}
