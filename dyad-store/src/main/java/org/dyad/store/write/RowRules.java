package org.dyad.store.write;

import java.time.LocalDate;
import org.dyad.model.analysis.Actor;
import org.dyad.model.analysis.DocumentAnalysis;
import org.dyad.model.article.Article;

/**
 * The store's rules for turning an analysed article into rows, for writers that build the same tables
 * elsewhere ({@code dyad-spark} builds them as Parquet datasets): each method is the one the store's
 * own writer uses, so the two cannot drift apart.
 */
public final class RowRules {
  private RowRules() {}

  /** The article as stored: id, title, URL and source cut to {@link ArticleFieldLimits}, said in notes. */
  public static Article limited(Article a, java.util.List<String> notes) {
    return ArticleWriter.limited(a, notes);
  }

  /** The outlet an article counts for in NumSources: its URL's host, else its input. */
  public static String outlet(Article a) {
    return ArticleWriter.outlet(a);
  }

  /** Where the article's lead paragraph ends: an event first told before it is a root event. */
  public static int leadEnd(String text, String title) {
    return LeadParagraph.end(text, title);
  }

  /** An actor's sector codes as stored, space separated with a space at both ends. */
  public static String sectors(Actor a) {
    return a == null ? " " : ActorRows.sectors(a);
  }

  /** An actor's mentions as stored: a JSON array of {@code [start, end]}. */
  public static String mentions(Actor a) {
    return ActorRows.spans(a);
  }

  /** The event key of each of the article's events, in order (see {@link EventKey#keys}). */
  public static String[] eventKeys(DocumentAnalysis doc, long articleId) {
    return EventKey.keys(doc, articleId);
  }

  /** The first day of an ISO date of year, month or day precision, or {@code null}. */
  public static LocalDate firstDay(String date) {
    return EventKey.firstDay(date);
  }

  /** The label of a date's precision ({@code events.date_precision}: day, month, year …), or {@code null}. */
  public static String datePrecision(String date) {
    org.dyad.model.analysis.DatePrecision p = org.dyad.model.analysis.DatePrecision.of(date);
    return p == null ? null : p.label();
  }

  /** The name an event row shows for one side: the actor's, else the words of the mention. */
  public static String sideName(Actor a, String mentionText) {
    return a == null ? mentionText : a.name();
  }

  /** The CAMEO root of a code: its first two digits. */
  public static String cameoRoot(String cameo) {
    return cameo.substring(0, Math.min(2, cameo.length()));
  }
}
