package org.dyad.store.export;

/** The formats {@link EventExporter} writes (lower case on the command line: {@code --format csv}). */
public enum ExportFormat {
  /** Comma-separated, a header row, the columns of {@link EventExporter#COLUMNS}. */
  CSV,
  /** One JSON object per line, the same columns. */
  JSONL,
  /** Apache Parquet (readable by pandas, R arrow, Spark, DuckDB), the same columns. */
  PARQUET,
  /** GDELT 2.0 event table: 61 tab-separated columns, no header; fields Dyad does not code are empty. */
  GDELT
}
