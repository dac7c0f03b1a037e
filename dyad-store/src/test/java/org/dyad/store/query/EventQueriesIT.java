package org.dyad.store.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyad.store.fixture.Corpus;
import org.dyad.store.fixture.CorpusStore;
import org.dyad.store.fixture.Story;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A page of events and one event with its mentions, over the corpus (see Corpus). */
class EventQueriesIT {
  @RegisterExtension
  static final CorpusStore CORPUS = new CorpusStore();

  private static EventQueries.EventPage page(String sort, boolean descending, int page, int size) {
    return CORPUS.events().page(EventFilter.ALL, sort, descending, page, size);
  }

  private static EventQueries.EventRow accusation() {
    return CORPUS.events().page(EventFilter.parse(p -> p.equals("code") ? "112" : null), null, true, 1, 1)
        .events().get(0);
  }

  @Test
  void pagesCoverEveryEventOnce() {
    Set<Long> ids = new HashSet<>();
    List<Integer> sizes = new ArrayList<>();
    for (int p = 1; p <= 4; p++) {
      EventQueries.EventPage page = page(null, true, p, 4);
      assertEquals(Corpus.EVENTS, page.total());
      assertEquals(p, page.page());
      assertEquals(4, page.size());
      sizes.add(page.events().size());
      page.events().forEach(e -> ids.add(e.id()));
    }
    assertEquals(List.of(4, 4, 1, 0), sizes);
    assertEquals(Corpus.EVENTS, ids.size());
  }

  @Test
  void sortsByGoldsteinBothWays() {
    List<Double> asc = List.of(-8.0, -7.2, -4.4, -4.0, -2.0, 1.9, 4.0, 5.2, 8.0);
    assertEquals(asc, page("goldstein", false, 1, 50).events().stream()
        .map(EventQueries.EventRow::goldstein).toList());
    List<Double> desc = new ArrayList<>(asc);
    Collections.reverse(desc);
    assertEquals(desc, page("GOLDSTEIN", true, 1, 50).events().stream()
        .map(EventQueries.EventRow::goldstein).toList());
  }

  @Test
  void sortsByDateAndMentions() {
    List<String> newest = page(null, true, 1, 50).events().stream().map(EventQueries.EventRow::date).toList();
    assertEquals("2025-06-10", newest.get(0));
    assertEquals("2024", newest.get(newest.size() - 1));
    assertEquals("2024", page("date", false, 1, 1).events().get(0).date());
    assertEquals(2, page("mentions", true, 1, 1).events().get(0).numMentions());
  }

  @Test
  void pageAndSizeAreBounded() {
    assertEquals(Corpus.EVENTS, page(null, true, 1, EventQueries.MAX_PAGE_SIZE).events().size());
    for (int[] bad : new int[][] {{0, 10}, {1, 0}, {1, EventQueries.MAX_PAGE_SIZE + 1}, {1, -5}}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> page(null, true, bad[0], bad[1]));
      assertTrue(e.getMessage().contains("size"), e.getMessage());
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> page("tone", true, 1, 5));
    assertTrue(e.getMessage().startsWith("sort: 'tone'"), e.getMessage());
  }

  @Test
  void anEventRowCarriesItsCodingCountsAndFirstMention() {
    Story first = Corpus.grainAccusation();
    EventQueries.EventRow e = accusation();
    assertEquals("2025-06-03", e.date());
    assertEquals(List.of("RUSGOV", "Irina Valeva", "RUS", "text", "UKR", "Ukraine", "UKR", "text"),
        List.of(e.sourceCode(), e.sourceName(), e.sourceCountry(), e.sourceBasis(), e.targetCode(),
            e.targetName(), e.targetCountry(), e.targetBasis()));
    assertEquals(List.of("112", Corpus.ACCUSE.name(), "11", "ACCUSE", "asserted"),
        List.of(e.cameo(), e.cameoName(), e.root(), e.plover(), e.modality()));
    assertEquals(-2.0, e.goldstein());
    assertEquals(3, e.quadClass());
    assertEquals(List.of(2, 2, 2), List.of(e.numMentions(), e.numArticles(), e.numSources()));
    assertEquals(CORPUS.articleId(0), e.articleId());
    assertEquals(first.title(), e.articleTitle());
    assertEquals("accused", e.trigger());
    assertTrue(first.text().startsWith(e.sentence()), e.sentence());
  }

  @Test
  void anEventHasEveryMentionWithItsEvidence() {
    EventQueries.EventDetail d = CORPUS.events().event(accusation().id());
    assertEquals(accusation(), d.event());
    assertEquals(2, d.mentions().size());
    List<Story> reports = List.of(Corpus.grainAccusation(), Corpus.grainCollapse());
    List<String> triggers = List.of("accused", "blamed");
    for (int i = 0; i < 2; i++) {
      EventQueries.Mention m = d.mentions().get(i);
      Story s = reports.get(i);
      assertEquals(CORPUS.articleId(i), m.articleId());
      assertEquals(s.title(), m.articleTitle());
      assertEquals(s.url(), m.url());
      assertEquals("2025-06-04", m.published());
      assertEquals(s.text().substring(m.start(), m.end()), m.sentence());
      assertTrue(m.sentence().contains(triggers.get(i)), m.sentence());
      assertEquals(triggers.get(i), m.trigger());
      assertEquals("text", m.dateBasis());
      assertEquals("asserted", m.modality());
      assertEquals(List.of("text", "text"), List.of(m.sourceBasis(), m.targetBasis()));
    }
    assertEquals("Irina Valeva", d.mentions().get(1).sourceText());
  }

  @Test
  void anActorTakenFromContextIsMarkedOnTheEventAndItsMention() {
    EventQueries.EventRow rejection = CORPUS.events().page(EventFilter.parse(p -> p.equals("code") ? "120" : null),
        null, true, 1, 1).events().get(0);
    assertEquals(List.of("text", "context"), List.of(rejection.sourceBasis(), rejection.targetBasis()),
        "'Ukrainian officials rejected the accusation' does not name Valeva");
    EventQueries.Mention m = CORPUS.events().event(rejection.id()).mentions().get(0);
    assertEquals(List.of("Irina Valeva", "text", "context"), List.of(m.targetText(), m.sourceBasis(),
        m.targetBasis()));
  }

  @Test
  void aMissingEventIsNull() {
    assertNull(CORPUS.events().event(99_999));
    assertNull(CORPUS.events().event(-1));
  }
}
