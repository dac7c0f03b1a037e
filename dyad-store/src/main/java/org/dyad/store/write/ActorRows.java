package org.dyad.store.write;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.dyad.model.analysis.Actor;
import org.dyad.model.analysis.DocumentAnalysis;
import org.dyad.model.analysis.Quote;
import org.dyad.model.analysis.Span;

/** Writes an article's actors and quotes; sector lists are stored space-delimited for matching. */
final class ActorRows {
  private ActorRows() {}

  /** Sector codes as {@code " GOV MIL "}: a sector matches with {@code LIKE '% GOV %'}. */
  static String sectors(Actor a) {
    return " " + String.join(" ", a.sectors()) + " ";
  }

  /** An actor's mentions as a JSON array of {@code [start, end]}. */
  static String spans(Actor a) {
    StringBuilder spans = new StringBuilder("[");
    for (Span s : a.mentions()) {
      spans.append(spans.length() > 1 ? "," : "").append('[').append(s.begin()).append(',')
          .append(s.end()).append(']');
    }
    return spans.append(']').toString();
  }

  static void write(Connection conn, long articleId, DocumentAnalysis doc) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement(
        "INSERT INTO actors VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Actor a : doc.actors()) {
        int i = 1;
        ps.setLong(i++, articleId);
        ps.setString(i++, a.id());
        ps.setString(i++, a.name());
        ps.setString(i++, a.kind());
        ps.setString(i++, a.code());
        ps.setString(i++, a.country());
        ps.setString(i++, sectors(a));
        ps.setString(i++, a.role());
        ps.setString(i++, a.basis());
        ps.setString(i++, spans(a));
        ps.addBatch();
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps = conn.prepareStatement(
        "INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int n = 0;
      for (Quote q : doc.quotes()) {
        Actor speaker = q.speaker() == null ? null : doc.actor(q.speaker());
        int i = 1;
        ps.setLong(i++, articleId);
        ps.setInt(i++, n++);
        ps.setString(i++, q.text());
        ps.setInt(i++, q.span().begin());
        ps.setInt(i++, q.span().end());
        ps.setString(i++, q.speaker());
        ps.setString(i++, speaker != null ? speaker.name() : q.speakerName());
        ps.setString(i++, speaker != null ? speaker.code() : null);
        ps.setString(i++, q.cue());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }
}
