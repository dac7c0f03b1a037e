package org.dyad.store.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.dyad.model.analysis.Actor;
import org.dyad.store.Store;
import org.dyad.store.fixture.Corpus;
import org.dyad.store.fixture.Db;
import org.dyad.store.fixture.Story;
import org.dyad.store.query.ConnectionPool;
import org.dyad.store.query.EventFilter;
import org.dyad.store.query.EventQueries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article with a huge title and URL is stored with both cut to their limits, says so, and the
 * event list that repeats the title stays small. Real DuckDB.
 */
class ArticleFieldLimitsTest {
  @TempDir
  Path tmp;

  @Test
  void aHugeTitleAndUrlAreCutWithAnEllipsisAndANote() {
    String title = "Breaking ".repeat(100_000);
    String url = "https://news.example/" + "a".repeat(10_000);
    Story s = new Story("huge", "Norway accused Russia of jamming on Monday.").title(title).url(url)
        .published("2025-06-09");
    Actor norway = s.actor("Norway", "COUNTRY", "NOR");
    Actor russia = s.actor("Russia", "COUNTRY", "RUS");
    s.event("accused", norway, russia, Corpus.ACCUSE);

    try (Store store = Store.open(tmp, false)) {
      WriteResult r = Corpus.write(store, List.of(s)).get(0);
      assertEquals(List.of("title cut to 1000 characters (it had 900000)",
          "url cut to 2048 characters (it had " + url.length() + ")"), r.notes());

      String stored = Db.one(store, "SELECT title FROM articles");
      assertEquals(ArticleFieldLimits.TITLE, stored.length());
      assertTrue(stored.endsWith("…") && title.startsWith(stored.substring(0, stored.length() - 1)));
      assertEquals(List.of("2048", "2048"), List.of(Db.one(store, "SELECT length(url) FROM articles"),
          Db.one(store, "SELECT length(source_url) FROM events")));

      try (ConnectionPool pool = new ConnectionPool(store, 1)) {
        EventQueries.EventRow row = new EventQueries(pool).page(EventFilter.ALL, null, true, 1, 500).events().get(0);
        assertEquals(ArticleFieldLimits.TITLE, row.articleTitle().length());
      }
    }
  }

  @Test
  void ordinaryFieldsAreStoredAsTheyAreWithoutNotes() {
    List<String> notes = new java.util.ArrayList<>();
    assertEquals("Oslo blames Moscow", ArticleFieldLimits.cut("title", "Oslo blames Moscow", 1_000, notes));
    assertEquals(null, ArticleFieldLimits.cut("url", null, 10, notes));
    assertEquals(List.of(), notes);
    // A character outside the BMP is two chars: it is kept whole or dropped whole.
    String cut = ArticleFieldLimits.cut("title", "abcd\uD83D\uDE00efgh", 6, notes);
    assertEquals("abcd…", cut);
  }
}
