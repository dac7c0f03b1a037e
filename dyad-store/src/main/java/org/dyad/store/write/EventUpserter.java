package org.dyad.store.write;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.dyad.model.analysis.Basis;
import org.dyad.model.analysis.Actor;
import org.dyad.model.analysis.DocumentAnalysis;
import org.dyad.model.analysis.Event;
import org.dyad.model.analysis.Location;
import org.dyad.model.analysis.Modality;

/**
 * Adds one article's mentions of one event to the {@code events} table: a new row for a new event,
 * else more mentions, one more article and a recount of distinct sources on the existing row.
 * Runs inside the writer's transaction.
 */
final class EventUpserter {
  private final Connection conn;

  EventUpserter(Connection conn) {
    this.conn = conn;
  }

  /**
   * Stores the event and gives its id; {@code created[0]} is set when the row is new.
   *
   * @param mentions this article's mentions of the event (at least one), the first is shown in lists
   * @param url      the article's URL as stored (within {@link ArticleFieldLimits}), or null
   * @param leadEnd  where the article's lead paragraph ends (see {@link LeadParagraph})
   */
  long upsert(String key, String date, List<Event> mentions, DocumentAnalysis doc, String url, long articleId,
              int leadEnd, boolean[] created) throws SQLException {
    Event first = mentions.get(0);
    double confidence = mentions.stream().mapToDouble(Event::confidence).max().orElse(0);
    Long existing = find(key);
    if (existing != null) {
      try (PreparedStatement ps = conn.prepareStatement("UPDATE events SET num_mentions = num_mentions + ?,"
          + " num_articles = num_articles + 1, confidence = greatest(confidence, ?) WHERE id = ?")) {
        ps.setInt(1, mentions.size());
        ps.setDouble(2, confidence);
        ps.setLong(3, existing);
        ps.executeUpdate();
      }
      created[0] = false;
      locate(existing, mentions);
      return existing;
    }
    long id = NextIds.event(conn);
    Actor src = first.source() == null ? null : doc.actor(first.source());
    Actor tgt = first.target() == null ? null : doc.actor(first.target());
    LocalDate day = EventKey.firstDay(date);
    try (PreparedStatement ps = conn.prepareStatement("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
        + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1, ?, ?, ?, ?, ?, ?, ?, NULL, NULL,"
        + " NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, ?)")) {
      // source_basis and target_basis come from the mentions (see recount), the geo_ columns from
      // the first located mention (see locate)
      int i = 1;
      ps.setLong(i++, id);
      ps.setString(i++, key);
      ps.setString(i++, date);
      ps.setDate(i++, day == null ? null : Date.valueOf(day));
      ps.setString(i++, first.sourceCode());
      ps.setString(i++, RowRules.sideName(src, first.sourceText()));
      ps.setString(i++, src == null ? null : src.country());
      ps.setString(i++, RowRules.sectors(src));
      ps.setString(i++, first.targetCode());
      ps.setString(i++, RowRules.sideName(tgt, first.targetText()));
      ps.setString(i++, tgt == null ? null : tgt.country());
      ps.setString(i++, RowRules.sectors(tgt));
      ps.setString(i++, first.cameo());
      ps.setString(i++, first.cameoName());
      ps.setString(i++, RowRules.cameoRoot(first.cameo()));
      ps.setString(i++, first.plover());
      ps.setString(i++, first.ploverMode());
      ps.setDouble(i++, first.goldstein());
      ps.setInt(i++, first.quadClass());
      ps.setString(i++, Modality.labelOf(first.modality()));
      ps.setInt(i++, mentions.size());
      ps.setDouble(i++, confidence);
      ps.setLong(i++, articleId);
      ps.setString(i++, first.trigger());
      ps.setString(i++, first.sentence());
      ps.setString(i++, url);
      ps.setTimestamp(i++, ArticleWriter.utcNow());
      ps.setBoolean(i++, first.span().begin() < leadEnd);
      ps.setString(i++, RowRules.datePrecision(date));
      ps.executeUpdate();
    }
    created[0] = true;
    locate(id, mentions);
    return id;
  }

  /**
   * Gives an event that has no place yet the place of the first of these mentions that has one: an
   * event stays where it was first located, and a later article can only fill a place left empty.
   */
  private void locate(long eventId, List<Event> mentions) throws SQLException {
    Location l = mentions.stream().map(Event::location).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    if (l == null) {
      return;
    }
    try (PreparedStatement ps = conn.prepareStatement("UPDATE events SET geo_name = ?, geo_id = ?, geo_country = ?,"
        + " geo_admin1 = ?, geo_admin1_name = ?, geo_lat = ?, geo_lon = ?, geo_feature = ?, geo_basis = ?"
        + " WHERE id = ? AND geo_name IS NULL")) {
      ps.setString(1, l.name());
      ps.setObject(2, l.geonamesId());
      ps.setString(3, l.country());
      ps.setString(4, l.admin1());
      ps.setString(5, l.admin1Name());
      ps.setDouble(6, l.lat());
      ps.setDouble(7, l.lon());
      ps.setString(8, l.feature());
      ps.setString(9, l.basis());
      ps.setLong(10, eventId);
      ps.executeUpdate();
    }
  }

  /**
   * Recounts what an event's row sums up from its mentions, after they are written: the distinct
   * outlets among its articles, and where each actor came from. A side is {@code context} only when
   * every mention filled it from the surrounding article; one mention naming the actor in its own
   * sentence makes it {@code text}; {@code null} when no mention has that actor.
   */
  void recount(long eventId) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("UPDATE events SET num_sources = m.sources,"
        + " source_basis = m.source_basis, target_basis = m.target_basis FROM (SELECT"
        + " count(DISTINCT a.outlet) AS sources, " + basis("source_basis") + " AS source_basis, "
        + basis("target_basis") + " AS target_basis FROM event_mentions m JOIN articles a"
        + " ON a.id = m.article_id WHERE m.event_id = ?) m WHERE events.id = ?")) {
      ps.setLong(1, eventId);
      ps.setLong(2, eventId);
      ps.executeUpdate();
    }
  }

  /** The aggregate of a mention basis column over an event's mentions (see {@link #recount}). */
  private static String basis(String column) {
    return "CASE WHEN bool_or(m." + column + " = '" + Basis.TEXT + "') THEN '" + Basis.TEXT + "'"
        + " WHEN bool_or(m." + column + " = '" + Basis.CONTEXT + "') THEN '" + Basis.CONTEXT + "' END";
  }

  private Long find(String key) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("SELECT id FROM events WHERE event_key = ?")) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : null;
      }
    }
  }
}
