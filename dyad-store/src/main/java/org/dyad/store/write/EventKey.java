package org.dyad.store.write;

import java.time.LocalDate;
import org.dyad.model.analysis.Actor;
import org.dyad.model.analysis.Basis;
import org.dyad.model.analysis.DatePrecision;
import org.dyad.model.analysis.DocumentAnalysis;
import org.dyad.model.analysis.Event;
import org.dyad.model.analysis.Modality;

/**
 * What makes two event mentions one real-world event: the same date, source actor, target actor,
 * CAMEO code and modality, where both actors are known well enough to be the same ones. Also reads
 * an event's date, at whatever precision it has, into the first day it covers.
 */
final class EventKey {
  private EventKey() {}

  /**
   * The key of each of an article's events, in order: mentions with one key are one event. A mention
   * the coder linked to an earlier one of the article ({@code sameAs}) takes that one's key; a mention
   * that may not merge across articles ({@link #mergeable}) gets a key of its own, with the article's id.
   */
  static String[] keys(DocumentAnalysis doc, long articleId) {
    String published = doc.published() == null ? null : doc.published().toString();
    String[] keys = new String[doc.events().size()];
    java.util.Map<String, String> keyOfEvent = new java.util.HashMap<>();
    for (int n = 0; n < keys.length; n++) {
      Event e = doc.events().get(n);
      String date = e.date() != null ? e.date() : published;
      keys[n] = e.sameAs() != null && keyOfEvent.containsKey(e.sameAs()) ? keyOfEvent.get(e.sameAs())
          : of(e, date) + (mergeable(e, doc) ? "" : "|" + articleId + "#" + n);
      keyOfEvent.put(e.id(), keys[n]);
    }
    return keys;
  }

  /** The key of an event whose date is {@code date} (the event's, else the article's). */
  static String of(Event e, String date) {
    return nz(date) + '|' + nz(e.sourceCode()) + '|' + nz(e.targetCode()) + '|' + e.cameo() + '|'
        + Modality.labelOf(e.modality());
  }

  /**
   * Whether mentions of this event in different articles may be merged: both sides must be actors
   * with a country (or a named international organisation) and the article's date must be known.
   * "Officials" saying something and "the government" acting have no identity across articles, and
   * an undated article's events would all share the ingest day; such mentions stay apart, one event
   * each.
   */
  static boolean mergeable(Event e, DocumentAnalysis doc) {
    boolean dated = Basis.PUBLISHED.equals(doc.referenceBasis()) || Basis.OPTION.equals(doc.referenceBasis());
    return dated && known(e.source() == null ? null : doc.actor(e.source()))
        && known(e.target() == null ? null : doc.actor(e.target()));
  }

  private static boolean known(Actor a) {
    return a != null && a.code() != null
        && (a.country() != null || (a.code().startsWith("IGO") && a.code().length() > 3));
  }

  /**
   * The first day of an event's date at whatever precision it has, or {@code null}; see
   * {@link DatePrecision#firstDay}.
   */
  static LocalDate firstDay(String date) {
    return DatePrecision.firstDay(date);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
