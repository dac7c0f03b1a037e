package org.dyad.store.write;

import java.net.URI;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.model.analysis.DocumentAnalysis;
import org.dyad.model.analysis.Event;
import org.dyad.model.analysis.Modality;
import org.dyad.model.article.Article;
import org.dyad.store.Store;
import org.dyad.store.StoreException;
import org.dyad.store.dedup.ContentHash;
import org.dyad.store.dedup.MinHash;
import org.dyad.store.dedup.StoryMatcher;

/**
 * Stores analysed articles, one transaction each: the article, its actors, quotes and event
 * mentions, and the events they add to or update. A crash loses at most the article being written,
 * never part of one; an article whose text is already stored is not written again.
 *
 * <p>Takes a read-write {@link Store} and a function naming CAMEO codes (for the event table).
 * An article's title, URL, id and source are stored within {@link ArticleFieldLimits}; what was cut
 * is said in the {@link WriteResult}'s notes.
 * One writer per store, used from one thread.
 */
public final class ArticleWriter implements AutoCloseable {
  private final Connection conn;
  private final StoryMatcher stories;
  private final EventUpserter events;

  /** Opens a writer on its own connection. */
  public ArticleWriter(Store store) {
    if (store.readOnly()) {
      throw new StoreException("store " + store.dir() + " is open read-only");
    }
    this.conn = store.connect();
    this.stories = new StoryMatcher(conn);
    this.events = new EventUpserter(conn);
  }

  /**
   * Stores one analysed article, or nothing when its text is already stored.
   *
   * @param article  the article as read (its text is what is stored and hashed)
   * @param analysis the analysis of that text
   */
  public WriteResult write(Article article, DocumentAnalysis analysis) {
    String hash = ContentHash.of(article.text());
    try {
      long existing = StoredTexts.idOf(conn, hash);
      if (existing >= 0) {
        return new WriteResult(existing, true, -1, 0, 0, List.of());
      }
      conn.setAutoCommit(false);
      try {
        WriteResult result = insert(article, analysis, hash);
        conn.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        rollBack(e);
        throw e;
      } finally {
        restoreAutoCommit();
      }
    } catch (SQLException e) {
      throw new StoreException("cannot store " + article.source() + ": "
          + StoreException.firstLine(e.getMessage()), e);
    }
  }

  /**
   * Undoes the article's transaction after {@code cause}. DuckDB may have ended the transaction
   * itself (a failed commit on a full disk does): its "no transaction is active" then must not hide
   * the cause, so it is only attached to it.
   */
  private void rollBack(Exception cause) {
    try {
      conn.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  /** Back to auto-commit for the next article; a failure here is the store's, named as such. */
  private void restoreAutoCommit() {
    try {
      conn.setAutoCommit(true);
    } catch (SQLException e) {
      throw new StoreException("the store's connection failed after a write: "
          + StoreException.firstLine(e.getMessage()), e);
    }
  }

  /**
   * Records an input that could not be stored; the same input and reason are recorded once.
   *
   * @return true when it was not recorded before
   */
  public boolean recordError(String docId, String source, String reason) {
    try (PreparedStatement ps = conn.prepareStatement("INSERT INTO ingest_errors VALUES (?, ?, ?, ?, ?)"
        + " ON CONFLICT DO NOTHING")) {
      ps.setString(1, ContentHash.of(source + "\n" + reason));
      ps.setString(2, docId);
      ps.setString(3, source);
      ps.setString(4, reason);
      ps.setTimestamp(5, utcNow());
      return ps.executeUpdate() > 0;
    } catch (SQLException e) {
      throw new StoreException("cannot record an ingest error: " + e.getMessage(), e);
    }
  }

  private WriteResult insert(Article article, DocumentAnalysis doc, String hash) throws SQLException {
    long id = NextIds.article(conn);
    long[] signature = MinHash.signature(article.text());
    long story = stories.storyOf(signature);
    if (story < 0) {
      story = id;
    }
    List<String> notes = new java.util.ArrayList<>();
    Article limited = limited(article, notes);
    try (PreparedStatement ps = conn.prepareStatement("INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?,"
        + " ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int i = 1;
      ps.setLong(i++, id);
      ps.setString(i++, limited.id());
      ps.setString(i++, hash);
      ps.setLong(i++, story);
      ps.setString(i++, limited.title());
      ps.setString(i++, limited.url());
      ps.setString(i++, outlet(limited));
      ps.setDate(i++, doc.published() == null ? null : Date.valueOf(doc.published()));
      ps.setString(i++, limited.source());
      ps.setString(i++, article.language());
      ps.setString(i++, article.text());
      ps.setBytes(i++, signature == null ? null : MinHash.toBytes(signature));
      ps.setInt(i++, doc.events().size());
      ps.setInt(i++, doc.quotes().size());
      ps.setTimestamp(i++, utcNow());
      ps.executeUpdate();
    }
    stories.remember(id, signature);
    ActorRows.write(conn, id, doc);
    int[] counts = writeEvents(id, doc, limited.url(), LeadParagraph.end(article.text(), article.title()));
    return new WriteResult(id, false, story, counts[0], counts[1], notes);
  }

  /** Groups the article's events by key, upserts each, writes the mentions. {mentions, new events}. */
  private int[] writeEvents(long articleId, DocumentAnalysis doc, String url, int leadEnd) throws SQLException {
    String published = doc.published() == null ? null : doc.published().toString();
    Map<String, List<Event>> byKey = new LinkedHashMap<>();
    Map<String, String> dates = new LinkedHashMap<>();
    String[] keys = EventKey.keys(doc, articleId);
    for (int n = 0; n < doc.events().size(); n++) {
      Event e = doc.events().get(n);
      byKey.computeIfAbsent(keys[n], k -> new java.util.ArrayList<>()).add(e);
      dates.putIfAbsent(keys[n], e.date() != null ? e.date() : published);
    }
    int mentions = 0;
    int created = 0;
    boolean[] isNew = new boolean[1];
    try (PreparedStatement ps = conn.prepareStatement("INSERT INTO event_mentions VALUES (?, ?, ?, ?, ?,"
        + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      List<Long> ids = new java.util.ArrayList<>();
      for (Map.Entry<String, List<Event>> entry : byKey.entrySet()) {
        long eventId = events.upsert(entry.getKey(), dates.get(entry.getKey()), entry.getValue(), doc, url,
            articleId, leadEnd, isNew);
        created += isNew[0] ? 1 : 0;
        ids.add(eventId);
        for (Event e : entry.getValue()) {
          int i = 1;
          ps.setLong(i++, eventId);
          ps.setLong(i++, articleId);
          ps.setInt(i++, mentions++);
          ps.setString(i++, e.sentence());
          ps.setInt(i++, e.span().begin());
          ps.setInt(i++, e.span().end());
          ps.setString(i++, e.trigger());
          ps.setString(i++, e.sourceText());
          ps.setString(i++, e.targetText());
          ps.setString(i++, e.rule());
          ps.setDouble(i++, e.confidence());
          ps.setString(i++, Modality.labelOf(e.modality()));
          ps.setString(i++, e.date());
          ps.setString(i++, e.dateBasis());
          ps.setString(i++, e.sourceBasis());
          ps.setString(i++, e.targetBasis());
          ps.addBatch();
        }
      }
      ps.executeBatch();
      for (long eventId : ids) {
        events.recount(eventId);
      }
    }
    return new int[] {mentions, created};
  }

  /** The article with its id, title, URL and source cut to {@link ArticleFieldLimits}; cuts go to notes. */
  static Article limited(Article article, List<String> notes) {
    return new Article(ArticleFieldLimits.cut("id", article.id(), ArticleFieldLimits.DOC_ID, notes),
        ArticleFieldLimits.cut("title", article.title(), ArticleFieldLimits.TITLE, notes),
        ArticleFieldLimits.cut("url", article.url(), ArticleFieldLimits.URL, notes), article.published(),
        article.language(), article.text(),
        ArticleFieldLimits.cut("source", article.source(), ArticleFieldLimits.SOURCE, notes));
  }

  /** Now in UTC, as a timestamp without zone: stored times read the same on every machine. */
  static java.sql.Timestamp utcNow() {
    return java.sql.Timestamp.valueOf(java.time.LocalDateTime.now(java.time.ZoneOffset.UTC));
  }

  /** The outlet counted for NumSources: the URL's host, else the input it came from (see below). */
  static String outlet(Article a) {
    if (a.url() != null) {
      try {
        String host = URI.create(a.url().strip()).getHost();
        if (host != null) {
          return host.toLowerCase(java.util.Locale.ROOT).replaceFirst("^www\\.", "");
        }
      } catch (IllegalArgumentException e) {
        // not a URL: fall through to the source
      }
    }
    // No URL: the input names the outlet as well as anything can. A JSONL file or a feed is one
    // outlet (its line or entry number dropped); single pages count by the folder that holds them.
    String input = a.source().replaceFirst(":\\d+$", "");
    int colon = input.indexOf(": ");
    if (colon > 0) {
      input = input.substring(0, colon);
    }
    String lower = input.toLowerCase(java.util.Locale.ROOT);
    if (lower.endsWith(".txt") || lower.endsWith(".text") || lower.endsWith(".html") || lower.endsWith(".htm")) {
      int slash = input.lastIndexOf('/');
      if (slash > 0) {
        return input.substring(0, slash);
      }
    }
    return input;
  }

  @Override
  public void close() {
    try {
      conn.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close the writer: " + e.getMessage(), e);
    }
  }
}
