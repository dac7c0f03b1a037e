package org.dyad.bench.api;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.analysis.Basis;
import org.dyad.model.analysis.Actor;
import org.dyad.model.analysis.DocumentAnalysis;
import org.dyad.model.analysis.Event;
import org.dyad.model.analysis.Modality;
import org.dyad.model.analysis.Span;
import org.dyad.model.article.Article;
import org.dyad.store.Store;
import org.dyad.store.StoreException;
import org.dyad.store.write.ArticleWriter;
import org.dyad.store.write.WriteResult;

/**
 * The hostile article of issue 14's load check: one article whose title has {@link #TITLE_CHARS}
 * characters and which reports {@code events} events, written through the real write path
 * ({@link ArticleWriter}, which cuts the title to its limit) into a read-write store. Its events are
 * dated after every synthetic one (from 2026-01-01, a day each), so a newest-first event page of up
 * to {@code events} rows repeats its title on every row: the worst case for the API's answer size.
 */
final class HugeTitleArticle {
  /** The title's length before the store cuts it: the 9-million-character title. */
  static final int TITLE_CHARS = 9_000_000;
  /** Where the article says it was read from; it also marks the article as already written. */
  static final String SOURCE = "hostile/huge-title.txt";

  /** Events of the article: as many as the largest event page holds. */
  static final int EVENTS = 500;
  /** The largest event page, newest first: every row is one of the article's events. */
  static final String PAGE = "/api/events?size=500&sort=date&order=desc";

  private static final String TEXT = "Russia accused Ukraine of shelling the plant.";
  private static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 1);

  private HugeTitleArticle() {}

  /**
   * Writes the article unless the store already holds it.
   *
   * @return the write's notes (the title's cut), or an empty list when it was already there
   */
  static List<String> writeOnce(Store store, int events) {
    if (present(store)) {
      return List.of();
    }
    String title = "Breaking: " + "x".repeat(TITLE_CHARS - "Breaking: ".length());
    Article article = new Article("huge-title", title, "https://hostile.example/huge", FIRST_DAY, "en", TEXT,
        SOURCE);
    Actor russia = actor("a1", "Russia", "RUS", TEXT.indexOf("Russia"));
    Actor ukraine = actor("a2", "Ukraine", "UKR", TEXT.indexOf("Ukraine"));
    Span sentence = new Span(0, TEXT.length());
    List<Event> list = new ArrayList<>();
    for (int i = 0; i < events; i++) {
      // One event a day: the date is part of an event's identity, so none merges with another.
      list.add(Event.builder().id("e" + (i + 1)).sentence(TEXT).span(sentence).trigger("accused")
          .source("a1").target("a2").sourceCode("RUS").targetCode("UKR").sourceText("Russia")
          .targetText("Ukraine").cameo("112").cameoName("Accuse").plover("ACCUSE").goldstein(-2.0).quadClass(3)
          .modality(Modality.ASSERTED).date(FIRST_DAY.plusDays(i).toString()).dateBasis(Basis.TEXT)
          .rule("bench/112:1").confidence(0.9).sourceBasis(Basis.TEXT).targetBasis(Basis.TEXT).build());
    }
    DocumentAnalysis analysis = new DocumentAnalysis("huge-title", title, article.url(), FIRST_DAY, "en",
        DocumentAnalysis.OK, null, FIRST_DAY, Basis.PUBLISHED, List.of(russia, ukraine), List.of(), List.of(),
        list, null);
    try (ArticleWriter writer = new ArticleWriter(store)) {
      WriteResult r = writer.write(article, analysis);
      return r.notes();
    }
  }

  /** The event pages the load check adds: the largest page, and the same filtered to the article's dyad. */
  static List<String> pages() {
    return List.of(PAGE, PAGE + "&source=RUS", PAGE + "&source=RUS&target=UKR", PAGE + "&root=11",
        "/api/events?size=50&sort=date&order=desc");
  }

  private static Actor actor(String id, String name, String code, int at) {
    return new Actor(id, name, "COUNTRY", code, code, List.of(), null, "bench",
        List.of(new Span(at, at + name.length())));
  }

  private static boolean present(Store store) {
    try (Connection conn = store.connect();
         PreparedStatement ps = conn.prepareStatement("SELECT count(*) FROM articles WHERE source = ?")) {
      ps.setString(1, SOURCE);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1) > 0;
      }
    } catch (SQLException e) {
      throw new StoreException("cannot look for the huge-title article: " + e.getMessage(), e);
    }
  }
}
