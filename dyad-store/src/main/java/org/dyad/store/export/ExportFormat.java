package org.dyad.store.export;

/** The formats {@link EventExporter} writes. */
public enum ExportFormat {
  /** Comma-separated, a header row, the columns of {@link EventExporter#COLUMNS}. */
  csv,
  /** One JSON object per line, the same columns. */
  jsonl,
  /** Apache Parquet (readable by pandas, R arrow, Spark, DuckDB), the same columns. */
  parquet,
  /** GDELT 2.0 event table: 61 tab-separated columns, no header; fields Dyad does not code are empty. */
  gdelt
}
