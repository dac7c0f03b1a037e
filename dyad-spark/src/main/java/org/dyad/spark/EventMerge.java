package org.dyad.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dyad.model.analysis.Basis;
import org.dyad.model.analysis.Event;
import org.dyad.store.export.EventExporter;

/**
 * Builds the events table from all event mentions, in Spark SQL, by the store's rule
 * (EventUpserter): mentions with one event key are one event; the event row takes its values from
 * the first mention (first article in input order, then the article's mention order), counts
 * mentions, articles and distinct outlets, keeps the highest confidence, says {@code text} for a
 * side when any mention named that actor in its own sentence ({@code context} when all took it from
 * the article), and is placed where its first located mention is.
 *
 * <p>Event ids are the 64-bit hash of the key, so a mention written by an earlier run points at the
 * same event after a later run rebuilds the table. {@link #export} gives the columns of
 * {@code dyad export --format parquet}, from {@link EventExporter#COLUMNS} itself.
 */
final class EventMerge {
  private EventMerge() {}

  /** The store's {@code events} table from a dataset of mentions as the job writes them. */
  static Dataset<Row> events(SparkSession spark, Dataset<Row> mentions) {
    mentions.createOrReplaceTempView("dyad_mentions");
    String ord = "struct(article_id, mention_no)";
    return spark.sql("SELECT xxhash64(event_key) AS id, event_key, event_date, date_precision, day, h.source_code, h.source_name,"
        + " h.source_country, h.source_sectors, h.target_code, h.target_name, h.target_country, h.target_sectors,"
        + " h.cameo, h.cameo_name, h.cameo_root, h.plover, h.plover_mode, h.goldstein, h.quad_class, h.modality,"
        + " num_mentions, num_articles, num_sources, confidence, first_article, h.first_trigger, h.first_sentence,"
        + " h.source_url, localtimestamp() AS date_added, h.is_root, source_basis, target_basis, g.geo_name,"
        + " g.geo_id, g.geo_country, g.geo_admin1, g.geo_admin1_name, g.geo_lat, g.geo_lon, g.geo_feature,"
        + " g.geo_basis FROM (SELECT event_key, min_by(key_date, " + ord + ") AS event_date,"
        + " min_by(key_day, " + ord + ") AS day, min_by(key_precision, " + ord + ") AS date_precision,"
        + " min_by(head, " + ord + ") AS h,"
        + " CAST(count(*) AS INT) AS num_mentions, CAST(count(DISTINCT article_id) AS INT) AS num_articles,"
        + " CAST(count(DISTINCT outlet) AS INT) AS num_sources, max(confidence) AS confidence,"
        + " min_by(article_id, " + ord + ") AS first_article, " + basis("source_basis") + " AS source_basis, "
        + basis("target_basis") + " AS target_basis,"
        + " min_by(geo, " + ord + ") FILTER (WHERE geo IS NOT NULL) AS g"
        + " FROM dyad_mentions GROUP BY event_key)");
  }

  /** The events as {@code dyad export --format parquet} writes them. */
  static Dataset<Row> export(SparkSession spark, Dataset<Row> events) {
    events.createOrReplaceTempView("dyad_events");
    return spark.sql("SELECT " + EventExporter.COLUMNS + " FROM dyad_events e");
  }

  /** A side's basis over an event's mentions, as EventUpserter.recount says it. */
  private static String basis(String column) {
    return "CASE WHEN bool_or(" + column + " = '" + Basis.TEXT + "') THEN '" + Basis.TEXT + "'"
        + " WHEN bool_or(" + column + " = '" + Basis.CONTEXT + "') THEN '" + Basis.CONTEXT + "' END";
  }
}
