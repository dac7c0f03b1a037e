package org.dyad.store.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.store.Store;
import org.dyad.store.fixture.Corpus;
import org.dyad.store.fixture.Db;
import org.dyad.store.fixture.Story;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Lucene index of a store's articles and quotes: catching up, rebuilding, searching. */
class SearchIndexIT {
  @TempDir
  Path tmp;

  private static List<String> matches(SearchHit hit) {
    return hit.fragments().stream().flatMap(List::stream).filter(SearchHit.Piece::match)
        .map(SearchHit.Piece::text).toList();
  }

  @Test
  void findsAWordInAQuoteWithTheMatchMarked() {
    try (Store store = Db.storeWith(tmp, Corpus.all()); SearchIndex index = new SearchIndex(store)) {
      assertEquals(4, index.catchUp());
      assertTrue(Files.isDirectory(store.searchDir()));
      SearchIndex.Result r = index.search("provocations", "quote", 10);
      assertEquals(1, r.total());
      SearchHit hit = r.hits().get(0);
      assertEquals("quote", hit.type());
      long id = Long.parseLong(Db.one(store, "SELECT id FROM articles WHERE doc_id = 'northwire-1'"));
      assertEquals(id, hit.articleId());
      assertEquals(List.of("Moscow accuses Kyiv over grain talks", "Irina Valeva", "RUSGOV"),
          List.of(hit.title(), hit.speakerName(), hit.speakerCode()));
      assertEquals(List.of("provocations"), matches(hit));
      assertEquals("until Kyiv stops its provocations", String.join("", hit.fragments().get(0).stream()
          .map(SearchHit.Piece::text).toList()));
    }
  }

  @Test
  void englishStemmingFindsOtherFormsOfAWord() {
    try (Store store = Db.storeWith(tmp, Corpus.all()); SearchIndex index = new SearchIndex(store)) {
      index.catchUp();
      SearchIndex.Result r = index.search("provocation", "quote", 10);
      assertEquals(1, r.total(), "the singular finds the quote's plural");
      assertEquals(List.of("provocations"), matches(r.hits().get(0)));
      assertEquals(index.search("accused", "article", 10).total(), index.search("accuse", "article", 10).total());
      List<String> marked = matches(index.search("accuse", "article", 10).hits().get(0));
      assertTrue(marked.contains("accused") && marked.contains("accusation"), marked.toString());
    }
  }

  @Test
  void aHitSaysWhyItMatched() {
    try (Store store = Db.storeWith(tmp, Corpus.all()); SearchIndex index = new SearchIndex(store)) {
      index.catchUp();
      SearchHit bySpeaker = index.search("Valeva", "quote", 10).hits().get(0);
      assertEquals(List.of("speaker"), bySpeaker.matchedIn(), "the quote's words do not name her");
      assertEquals(List.of(new SearchHit.Piece("Irina ", false), new SearchHit.Piece("Valeva", true)),
          bySpeaker.speakerMarks());
      assertEquals(null, bySpeaker.titleMarks());
      SearchHit byWords = index.search("provocations", "quote", 10).hits().get(0);
      assertEquals(List.of("text"), byWords.matchedIn());
      assertEquals(null, byWords.speakerMarks());
      SearchHit byTitle = index.search("\"grain talks\"", "article", 10).hits().stream()
          .filter(h -> h.title().contains("grain talks")).findFirst().orElseThrow();
      assertEquals(List.of("title", "text"), byTitle.matchedIn());
    }
  }

  @Test
  void typesSelectArticlesQuotesOrBoth() {
    try (Store store = Db.storeWith(tmp, Corpus.all()); SearchIndex index = new SearchIndex(store)) {
      index.catchUp();
      assertEquals(2, index.search("provocations", "all", 10).total(), "the article and its quote");
      assertEquals(2, index.search("provocations", null, 10).total());
      SearchIndex.Result articles = index.search("Tehran OR tanks", "article", 10);
      assertEquals(2, articles.total());
      for (SearchHit hit : articles.hits()) {
        assertEquals("article", hit.type());
        assertFalse(matches(hit).isEmpty());
        assertTrue(matches(hit).stream().allMatch(m -> m.equals("Tehran") || m.equals("tanks")), matches(hit)
            .toString());
      }
      assertEquals(2, index.search("title:pact", "all", 10).total(), "quotes carry their article's title");
      assertEquals(1, index.search("title:pact", "article", 10).total());
      assertEquals(1, index.search("speakerName:whitfield", "quote", 10).total());
      assertEquals(0, index.search("ultimatum", "all", 10).total());
      assertEquals(1, index.search("grain", "article", 1).hits().size(), "limit");
    }
  }

  @Test
  void badQueriesTypesAndLimitsAreNamed() {
    try (Store store = Db.storeWith(tmp, Corpus.all()); SearchIndex index = new SearchIndex(store)) {
      index.catchUp();
      for (String q : new String[] {"title:(grain", "\"unclosed", "AND", " "}) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> index.search(q, "all", 10));
        assertTrue(e.getMessage().startsWith("q: "), e.getMessage());
      }
      assertTrue(assertThrows(IllegalArgumentException.class, () -> index.search("grain", "blog", 10))
          .getMessage().startsWith("type: "));
      assertThrows(IllegalArgumentException.class, () -> index.search("grain", "all", 0));
      assertThrows(IllegalArgumentException.class, () -> index.search("grain", "all", 201));
    }
  }

  @Test
  void searchingBeforeAnyIndexFindsNothing() {
    try (Store store = Db.storeWith(tmp, Corpus.all()); SearchIndex index = new SearchIndex(store)) {
      assertEquals(0, index.search("grain", "all", 10).total());
    }
  }

  /**
   * A crash between the database commit and the index commit leaves articles the index lacks: the
   * next catch-up adds exactly those, and a rebuild gives all of them once.
   */
  @Test
  void catchUpAddsOnlyTheArticlesAfterTheLastCommit() {
    List<Story> all = Corpus.all();
    try (Store store = Db.storeWith(tmp, all.subList(0, 2))) {
      try (SearchIndex index = new SearchIndex(store)) {
        assertEquals(2, index.catchUp());
        assertEquals(0, index.catchUp(), "nothing new");
      }
      Corpus.write(store, all.subList(2, 4));
      try (SearchIndex reopened = new SearchIndex(store)) {
        assertEquals(0, reopened.search("tanks", "all", 10).total(), "not indexed yet");
        assertEquals(2, reopened.catchUp());
        assertEquals(4, reopened.search("*:*", "article", 200).total());
        assertEquals(3, reopened.search("*:*", "quote", 200).total());
        assertEquals(1, reopened.search("tanks", "all", 10).total());
        assertEquals(4, reopened.rebuild());
        assertEquals(4, reopened.search("*:*", "article", 200).total(), "rebuilt, nothing twice");
        assertEquals(3, reopened.search("*:*", "quote", 200).total());
        assertEquals(0, reopened.catchUp());
      }
    }
  }

  @Test
  void aReadOnlyStoreCanBeIndexed() {
    Db.storeWith(tmp, Corpus.all()).close();
    try (Store store = Store.open(tmp, true); SearchIndex index = new SearchIndex(store)) {
      assertEquals(4, index.catchUp());
      assertEquals(1, index.search("frontier", "quote", 5).total());
    }
  }
}
