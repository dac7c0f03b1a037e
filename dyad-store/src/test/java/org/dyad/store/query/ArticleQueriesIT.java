package org.dyad.store.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.store.fixture.Corpus;
import org.dyad.store.fixture.CorpusStore;
import org.dyad.store.fixture.Story;
import org.dyad.store.query.ArticleQueries.ActorView;
import org.dyad.store.query.ArticleQueries.ArticleDetail;
import org.dyad.store.query.ArticleQueries.EventView;
import org.dyad.store.query.ArticleQueries.QuoteView;
import org.dyad.store.query.ArticleQueries.Range;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An article with its evidence, a page of articles and the store's counts. */
class ArticleQueriesIT {
  private static final List<Story> STORIES = List.of(Corpus.grainAccusation(), Corpus.grainAccusationEdited(),
      Corpus.borderPact());

  @RegisterExtension
  static final CorpusStore STORE = new CorpusStore(STORIES);

  @Test
  void anArticleComesWithItsTextAndItsStory() {
    Story s = STORIES.get(0);
    long id = STORE.articleId(0);
    ArticleDetail d = STORE.articles().article(id);
    assertEquals(id, d.id());
    assertEquals(List.of(s.title(), s.url(), "2025-06-04", "inbox/northwire-1.txt", s.text()),
        List.of(d.title(), d.url(), d.published(), d.source(), d.text()));
    assertEquals(id, d.storyId());
    assertEquals(List.of(STORE.articleId(1)), d.sameStory(), "the edited copy");
    ArticleDetail copy = STORE.articles().article(STORE.articleId(1));
    assertEquals(id, copy.storyId());
    assertEquals(List.of(id), copy.sameStory());
    assertEquals(List.of(), STORE.articles().article(STORE.articleId(2)).sameStory());
  }

  @Test
  void actorsComeWithEveryMentionRange() {
    ArticleDetail d = STORE.articles().article(STORE.articleId(0));
    assertEquals(List.of("a1", "a2", "a3"), d.actors().stream().map(ActorView::id).toList());
    ActorView valeva = d.actors().get(0);
    assertEquals(List.of("Irina Valeva", "PERSON", "RUSGOV", "RUS", "hand-coded"),
        List.of(valeva.name(), valeva.kind(), valeva.code(), valeva.country(), valeva.basis()));
    int full = d.text().indexOf("Irina Valeva");
    int surname = d.text().indexOf("Valeva said");
    assertEquals(List.of(new Range(full, full + 12), new Range(surname, surname + 6)), valeva.mentions());
    for (ActorView a : d.actors()) {
      for (Range r : a.mentions()) {
        assertTrue(a.name().endsWith(d.text().substring(r.start(), r.end())), a.name() + " " + r);
      }
    }
  }

  @Test
  void quotesComeWithTheirSpeaker() {
    ArticleDetail d = STORE.articles().article(STORE.articleId(2));
    assertEquals(1, d.quotes().size());
    QuoteView q = d.quotes().get(0);
    assertEquals("protect every metre of our shared frontier", q.text());
    assertEquals(q.text(), d.text().substring(q.start(), q.end()));
    assertEquals(List.of("a1", "Markus Brandt", "DEUGOV"), List.of(q.speaker(), q.speakerName(),
        q.speakerCode()));
  }

  @Test
  void eventsComeInTextOrderWithTheirSentences() {
    ArticleDetail d = STORE.articles().article(STORE.articleId(2));
    assertEquals(List.of("042", "057", "150"), d.events().stream().map(EventView::cameo).toList());
    for (EventView e : d.events()) {
      assertEquals(e.sentence(), d.text().substring(e.start(), e.end()));
      assertTrue(e.sentence().contains(e.trigger()), e.trigger());
    }
    EventView show = d.events().get(2);
    assertEquals(List.of("POL", "RUS", "Poland", "Moscow", "future", "2025-06", "text", "MOBILIZE"),
        List.of(show.sourceCode(), show.targetCode(), show.sourceText(), show.targetText(), show.modality(),
            show.date(), show.dateBasis(), show.plover()));
    assertEquals(List.of(-7.2, 4.0), List.of(show.goldstein(), (double) show.quadClass()));
    EventView signed = d.events().get(1);
    assertEquals(null, signed.date(), "undated in the text: the event's own date is absent");
    assertEquals("published", signed.dateBasis());
    assertEquals(List.of("text", "text"), List.of(show.sourceBasis(), show.targetBasis()));
    assertEquals(List.of("context", "context"), List.of(signed.sourceBasis(), signed.targetBasis()),
        "'The two leaders signed' names neither: both came from the article");
  }

  @Test
  void copiesOfOneEventShareItsId() {
    List<EventView> first = STORE.articles().article(STORE.articleId(0)).events();
    List<EventView> copy = STORE.articles().article(STORE.articleId(1)).events();
    assertEquals(first.stream().map(EventView::eventId).toList(), copy.stream().map(EventView::eventId).toList());
  }

  @Test
  void aMissingArticleIsNull() {
    assertNull(STORE.articles().article(12_345));
  }

  @Test
  void articlesArePagedNewestFirst() {
    ArticleQueries.ArticlePage page = STORE.articles().page(1, 2);
    assertEquals(3, page.total());
    assertEquals(List.of(STORE.articleId(2), STORE.articleId(1)),
        page.articles().stream().map(ArticleQueries.ArticleRow::id).toList());
    ArticleQueries.ArticleRow pact = page.articles().get(0);
    assertEquals(List.of(3, 1), List.of(pact.events(), pact.quotes()));
    assertEquals(1, STORE.articles().page(2, 2).articles().size());
    assertThrows(IllegalArgumentException.class, () -> STORE.articles().page(0, 2));
    assertThrows(IllegalArgumentException.class, () -> STORE.articles().page(1, 501));
  }

  @Test
  void statsCountEverything() {
    // accusation and rejection (shared by the copy) + three border events; 2 + 2 + 3 mentions
    assertEquals(new ArticleQueries.Stats(3, 5, 7, 3, 0, "2025-06-01", "2025-06-10", 7),
        STORE.articles().stats(7));
  }
}
