package org.dyad.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The explicit row types of the job's in-between datasets (Spark's bean encoder cannot read Java
 * records, so rows are built by hand against these). Field names are the store's column names
 * (dyad-store's migrations), so the tables written from them have the store's columns.
 */
final class DatasetSchemas {
  private DatasetSchemas() {}

  /** One input document as read: an article, or a skipped one with its reason. */
  static final StructType ITEM = struct(
      "file_index", IntegerType, "item_index", LongType, "doc_id", StringType, "title", StringType,
      "url", StringType, "published", DateType, "language", StringType, "text", StringType,
      "source", StringType, "reason", StringType, "content_hash", StringType);

  /** An actor row of the store's {@code actors} table, less the article id. */
  static final StructType ACTOR = struct(
      "actor_id", StringType, "name", StringType, "kind", StringType, "code", StringType,
      "country", StringType, "sectors", StringType, "role", StringType, "basis", StringType,
      "mentions", StringType);

  /** A quote row of the store's {@code quotes} table, less the article id. */
  static final StructType QUOTE = struct(
      "quote_no", IntegerType, "text", StringType, "start_offset", IntegerType, "end_offset", IntegerType,
      "speaker", StringType, "speaker_name", StringType, "speaker_code", StringType, "cue", StringType);

  /**
   * What an event row takes from its first mention (the store's {@code events} columns of the same
   * names, see EventUpserter): carried by every mention, the merge keeps the first one's.
   */
  static final StructType HEAD = struct(
      "source_code", StringType, "source_name", StringType, "source_country", StringType,
      "source_sectors", StringType, "target_code", StringType, "target_name", StringType,
      "target_country", StringType, "target_sectors", StringType, "cameo", StringType,
      "cameo_name", StringType, "cameo_root", StringType, "plover", StringType, "plover_mode", StringType,
      "goldstein", DoubleType, "quad_class", IntegerType, "modality", StringType,
      "first_trigger", StringType, "first_sentence", StringType, "source_url", StringType,
      "is_root", BooleanType);

  /** Where a mention happened, as the store's {@code events.geo_*} columns. */
  static final StructType GEO = struct(
      "geo_name", StringType, "geo_id", LongType, "geo_country", StringType, "geo_admin1", StringType,
      "geo_admin1_name", StringType, "geo_lat", DoubleType, "geo_lon", DoubleType,
      "geo_feature", StringType, "geo_basis", StringType);

  /**
   * An event mention: the store's {@code event_mentions} columns (less the ids, added by the job),
   * with the event's key, its date, first day and precision, and what the event row takes from it.
   */
  static final StructType MENTION = struct(
      "event_key", StringType, "key_date", StringType, "key_day", DateType, "key_precision", StringType,
      "mention_no", IntegerType,
      "sentence", StringType, "start_offset", IntegerType, "end_offset", IntegerType, "trigger", StringType,
      "source_text", StringType, "target_text", StringType, "rule", StringType, "confidence", DoubleType,
      "modality", StringType, "event_date", StringType, "date_basis", StringType,
      "source_basis", StringType, "target_basis", StringType, "head", HEAD, "geo", GEO);

  /**
   * One analysed article: the store's {@code articles} columns that the analysis gives, the analysis
   * itself (for {@code dyad import}), its rows of the other tables, or an error with its reason.
   */
  static final StructType ANALYSED = struct(
      "id", LongType, "seq", LongType, "reason", StringType, "doc_id", StringType,
      "content_hash", StringType, "title", StringType, "url", StringType, "outlet", StringType,
      "published", DateType, "source", StringType, "language", StringType, "text", StringType,
      "n_events", IntegerType, "n_quotes", IntegerType, "analysis", StringType,
      "actors", DataTypes.createArrayType(ACTOR), "quotes", DataTypes.createArrayType(QUOTE),
      "mentions", DataTypes.createArrayType(MENTION));

  /** Alternating names and types. */
  private static StructType struct(Object... namesAndTypes) {
    StructField[] fields = new StructField[namesAndTypes.length / 2];
    for (int i = 0; i < fields.length; i++) {
      fields[i] = DataTypes.createStructField((String) namesAndTypes[2 * i], (DataType) namesAndTypes[2 * i + 1],
          true);
    }
    return DataTypes.createStructType(fields);
  }
}
