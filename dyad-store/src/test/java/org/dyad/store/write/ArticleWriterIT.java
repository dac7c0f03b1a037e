package org.dyad.store.write;

import static org.dyad.store.fixture.Db.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.dyad.model.analysis.Actor;
import org.dyad.model.analysis.DocumentAnalysis;
import org.dyad.model.analysis.Event;
import org.dyad.model.article.Article;
import org.dyad.store.Store;
import org.dyad.store.fixture.Corpus;
import org.dyad.store.fixture.Db;
import org.dyad.store.fixture.Story;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Storing analysed articles: duplicates, event aggregation, stories, errors, atomicity. */
class ArticleWriterIT {
  /** The Valeva accusation of 2025-06-03, reported by grainAccusation and grainCollapse. */
  private static final String ACCUSATION = "FROM events WHERE event_key = '2025-06-03|RUSGOV|UKR|112|asserted'";

  @TempDir
  Path tmp;
  private Store store;
  private ArticleWriter writer;

  @BeforeEach
  void open() {
    store = Store.open(tmp, false);
    writer = new ArticleWriter(store);
  }

  @AfterEach
  void close() {
    writer.close();
    store.close();
  }

  private WriteResult write(Story s) {
    return writer.write(s.article(), s.analysis());
  }

  /** An accusation by unnamed officials against Moldova, as one outlet words it. */
  private static Story officialsAccuse(String id, String host, String text) {
    Story s = new Story(id, text).url("https://" + host + "/" + id).published("2025-03-04");
    Actor officials = s.actor("Officials", "ORGANIZATION", "GOV", "Officials");
    Actor moldova = s.actor("Moldova", "COUNTRY", "MDA");
    return s.event("accused", officials, moldova, Corpus.ACCUSE);
  }

  /** The analysis with the GOV actor as the coder gives it: a sector and no country. */
  private static DocumentAnalysis countryless(DocumentAnalysis d, String referenceBasis) {
    List<Actor> actors = d.actors().stream().map(a -> a.code().equals("GOV") ? new Actor(a.id(), a.name(),
        a.kind(), a.code(), null, List.of("GOV"), a.role(), a.basis(), a.mentions()) : a).toList();
    return new DocumentAnalysis(d.id(), d.title(), d.url(), d.published(), d.language(), d.status(),
        d.reason(), d.reference(), referenceBasis, actors, d.dates(), d.quotes(), d.events(), d.text());
  }

  @Test
  void unidentifiedActorsOrUndatedArticlesAreNotMergedAcrossArticles() {
    Story a = officialsAccuse("ofc-1", "eastwire.example", "Officials accused Moldova of closing the crossing.");
    Story b = officialsAccuse("ofc-2", "westpost.example", "Officials accused Moldova of a border provocation.");
    writer.write(a.article(), countryless(a.analysis(), "published"));
    writer.write(b.article(), countryless(b.analysis(), "published"));
    assertEquals("2 1 1", one(store, "SELECT concat_ws(' ', count(*), max(num_articles), max(num_mentions))"
        + " FROM events WHERE cameo = '112' AND target_code = 'MDA'"), "'officials' in two articles: two events");

    // Known actors, but articles without a date of their own: their dates are only the ingest day.
    Story c = officialsAccuse("ofc-3", "eastwire.example", "Officials accused Moldova of stalling the talks.");
    Story d = officialsAccuse("ofc-4", "westpost.example", "Officials accused Moldova of stalling talks again.");
    writer.write(c.article(), undated(c.analysis()));
    writer.write(d.article(), undated(d.analysis()));
    assertEquals("4", one(store, "SELECT count(*) FROM events WHERE cameo = '112' AND target_code = 'MDA'"));
  }

  private static final Story.Code ARREST = new Story.Code("173", "Arrest, detain", "COERCE", -5.0, 4);

  @Test
  void mentionsTheCoderLinkedAreOneEventThoughOnlyOneIsDatedAndTheActorHasNoCountry() {
    // "Officials arrested Dana Ilic on Monday. ... The arrest of Ilic drew protests.": one arrest, told
    // twice; only the first mention has a date from the text, and "officials" has no country, so
    // without the coder's link the two would be two events
    Story s = new Story("arrest-1", "Officials arrested the activist Dana Ilic on Monday. The arrest of Ilic "
        + "drew protests in the capital.").url("https://eastwire.example/arrest-1").published("2025-03-04");
    Actor officials = s.actor("Officials", "ORGANIZATION", "GOV", "Officials");
    Actor ilic = s.actor("Dana Ilic", "PERSON", "SRBCVL", "Dana Ilic", "Ilic");
    s.event("arrested", officials, ilic, ARREST).on("2025-03-03").event("arrest", officials, ilic,
        ARREST);
    DocumentAnalysis d = countryless(s.analysis(), "published");
    List<Event> events = List.of(d.events().get(0),
        d.events().get(1).relinked("e2", "2025-03-03", "context", "e1"));
    writer.write(s.article(), new DocumentAnalysis(d.id(), d.title(), d.url(), d.published(), d.language(),
        d.status(), d.reason(), d.reference(), d.referenceBasis(), d.actors(), d.dates(), d.quotes(), events,
        d.text()));
    assertEquals("1 2 2025-03-03", one(store, "SELECT concat_ws(' ', count(*), max(num_mentions), min(event_date))"
        + " FROM events WHERE cameo = '" + ARREST.cameo() + "'"));
  }

  private static DocumentAnalysis undated(DocumentAnalysis d) {
    return new DocumentAnalysis(d.id(), d.title(), d.url(), d.published(), d.language(), d.status(),
        d.reason(), d.reference(), "today", d.actors(), d.dates(), d.quotes(), d.events(), d.text());
  }

  @Test
  void theSameTextIsStoredOnceEvenWithOtherWhitespace() {
    Story first = Corpus.grainAccusation();
    WriteResult stored = write(first);
    assertFalse(stored.duplicate());
    assertEquals(2, stored.mentions());
    assertEquals(2, stored.newEvents());

    Story rewrapped = new Story("northwire-1-copy", "  " + first.text().replace(". ", ".\n\n")
        .replace(" the ", "  the\t") + "\n");
    assertNotEquals(first.text(), rewrapped.text());
    WriteResult again = writer.write(rewrapped.article(), first.analysis());
    assertTrue(again.duplicate());
    assertEquals(stored.articleId(), again.articleId());
    try (StoredTexts lookup = new StoredTexts(store)) {
      assertEquals(stored.articleId(), lookup.idOf(org.dyad.store.dedup.ContentHash.of(rewrapped.text())));
    }
    assertEquals("1", one(store, "SELECT count(*) FROM articles"));
    assertEquals("2", one(store, "SELECT count(*) FROM event_mentions"));
    assertEquals("1", one(store, "SELECT num_mentions " + ACCUSATION));
  }

  @Test
  void oneEventReportedByTwoOutletsIsOneRowWithTwoSources() {
    write(Corpus.grainAccusation());
    WriteResult second = write(Corpus.grainCollapse());
    assertEquals(3, second.mentions());
    assertEquals(2, second.newEvents(), "the accusation already existed");
    assertEquals("1", one(store, "SELECT count(*) " + ACCUSATION));
    assertEquals("2 2 2", one(store, "SELECT concat_ws(' ', num_mentions, num_articles, num_sources) "
        + ACCUSATION));
    assertEquals("Irina Valeva RUS GOV UKR", one(store, "SELECT concat_ws(' ', source_name, source_country,"
        + " trim(source_sectors), target_code) " + ACCUSATION));
    assertEquals("northwire.example", one(store, "SELECT outlet FROM articles WHERE doc_id = 'northwire-1'"));
    assertEquals("4", one(store, "SELECT count(*) FROM events"));
  }

  /**
   * Valeva's accusation where the sentence names no target: the coder took Ukraine from the
   * sentence before. One report per outlet, each worded its own way.
   */
  private static Story accusationWithTargetFromContext(String id, String host, String since) {
    Story s = new Story(id, "Kyiv has kept its Black Sea grain ports closed since " + since + ". Irina Valeva"
        + " accused the government on Tuesday of sabotaging the talks.")
        .url("https://" + host + "/" + id).published("2025-06-04");
    Actor valeva = s.actor("Irina Valeva", "PERSON", "RUSGOV");
    Actor ukraine = s.actor("Ukraine", "COUNTRY", "UKR", "Kyiv");
    return s.event("accused", valeva, ukraine, Corpus.ACCUSE).on("2025-06-03");
  }

  @Test
  void anEventIsContextOnlyWhileEveryMentionTookTheActorFromContext() {
    write(accusationWithTargetFromContext("ctx-1", "eastwire.example", "May"));
    assertEquals("text context", one(store, "SELECT source_basis || ' ' || target_basis " + ACCUSATION));
    write(accusationWithTargetFromContext("ctx-2", "westpost.example", "the spring"));
    assertEquals("2 text context", one(store, "SELECT concat_ws(' ', num_mentions, source_basis, target_basis) "
        + ACCUSATION), "two reports, both from context");
    write(Corpus.grainAccusation());
    assertEquals("3 text text", one(store, "SELECT concat_ws(' ', num_mentions, source_basis, target_basis) "
        + ACCUSATION), "one report naming Ukraine in the sentence is enough");
    assertEquals(List.of("context", "context", "text"), Db.column(store, "SELECT m.target_basis FROM"
        + " event_mentions m JOIN events e ON e.id = m.event_id WHERE e.event_key = '2025-06-03|RUSGOV|UKR|112|asserted'"
        + " ORDER BY m.article_id"), "each mention keeps its own basis");
    assertEquals("context", one(store, "SELECT target_basis FROM events WHERE cameo = '120'"),
        "the rejection's sentence does not name Valeva");
  }

  @Test
  void oneEventReportedTwiceByOneOutletHasOneSource() {
    write(Corpus.grainAccusation());
    write(Corpus.grainCollapse().url("https://northwire.example/europe/grain-deal"));
    assertEquals("2 2 1", one(store, "SELECT concat_ws(' ', num_mentions, num_articles, num_sources) "
        + ACCUSATION));
  }

  @Test
  void withoutAUrlTheOutletIsTheInputItCameFrom() {
    Article a = Corpus.senateVote().article();
    assertEquals("cables", ArticleWriter.outlet(a), "a page counts by its folder");
    assertEquals("cables", ArticleWriter.outlet(new Article("x", null, "not a url", null,
        null, "text", "cables/senate-07.txt:9")));
    assertEquals("wire/dump.jsonl", ArticleWriter.outlet(new Article("x", null, null, null, null, "text",
        "wire/dump.jsonl:17")), "a JSONL file is one outlet");
    assertEquals("feeds/news.xml", ArticleWriter.outlet(new Article("x", null, null, null, null, "text",
        "feeds/news.xml: entry 3 (no link)")), "a feed is one outlet");
    assertEquals("southpost.example", ArticleWriter.outlet(Corpus.grainCollapse().article()));
  }

  @Test
  void aLightlyEditedCopyJoinsTheStoryAndAnUnrelatedTextDoesNot() {
    WriteResult original = write(Corpus.grainAccusation());
    assertEquals(original.articleId(), original.storyId(), "the first article starts its story");
    WriteResult edited = write(Corpus.grainAccusationEdited());
    assertFalse(edited.duplicate());
    assertNotEquals(original.articleId(), edited.articleId());
    assertEquals(original.articleId(), edited.storyId());
    WriteResult other = write(Corpus.borderPact());
    assertEquals(other.articleId(), other.storyId());
    assertEquals("2 2", one(store, "SELECT num_mentions || ' ' || num_sources " + ACCUSATION),
        "the copy's mention counts");
  }

  @Test
  void anErrorIsRecordedOncePerInputAndReason() {
    assertTrue(writer.recordError("feed-9", "feeds/world.xml:9", "no text"));
    assertFalse(writer.recordError("feed-9", "feeds/world.xml:9", "no text"));
    assertTrue(writer.recordError("feed-9", "feeds/world.xml:9", "not English"));
    assertEquals("2", one(store, "SELECT count(*) FROM ingest_errors"));
    assertEquals("1", one(store, "SELECT count(*) FROM ingest_errors WHERE reason = 'no text'"));
  }

  @Test
  void eventsDatedToAYearOrMonthGetTheirFirstDay() {
    write(Corpus.borderPact());
    write(Corpus.senateVote());
    assertEquals("2025-06-01", one(store, "SELECT day FROM events WHERE event_date = '2025-06'"));
    assertEquals("2024-01-01", one(store, "SELECT day FROM events WHERE event_date = '2024'"));
    assertEquals("2025-06-10", one(store, "SELECT day FROM events WHERE cameo = '057'"),
        "an event the text does not date takes the publication date");
    assertEquals("negated", one(store, "SELECT modality FROM events WHERE cameo = '163'"));
  }

  @Test
  void aFailureMidArticleLeavesNothingOfIt() {
    Story broken = Corpus.borderPact();
    Actor brandt = broken.actors().get(0);
    broken.event("signed", brandt, brandt, new Story.Code(null, null, null, 0, 1));
    assertThrows(RuntimeException.class, () -> write(broken));
    for (String table : List.of("articles", "article_bands", "actors", "quotes", "events",
        "event_mentions")) {
      assertEquals("0", one(store, "SELECT count(*) FROM " + table), table);
    }
    WriteResult retry = write(Corpus.borderPact());
    assertFalse(retry.duplicate(), "the failed text was not stored");
    assertEquals(3, retry.newEvents());
  }

  @Test
  void actorsAndQuotesAreStoredWithTheirOffsets() {
    Story s = Corpus.grainAccusation();
    long id = write(s).articleId();
    int full = s.text().indexOf("Irina Valeva");
    int surname = s.text().indexOf("Valeva said");
    assertEquals("[[" + full + "," + (full + 12) + "],[" + surname + "," + (surname + 6) + "]]",
        one(store, "SELECT mentions FROM actors WHERE article_id = " + id + " AND name = 'Irina Valeva'"));
    assertEquals(" GOV ", one(store, "SELECT sectors FROM actors WHERE code = 'RUSGOV'"));
    int q = s.text().indexOf("until Kyiv");
    assertEquals(q + " Irina Valeva RUSGOV", one(store, "SELECT concat_ws(' ', start_offset, speaker_name,"
        + " speaker_code) FROM quotes"));
    assertEquals(List.of("1 2"), Db.column(store, "SELECT n_quotes || ' ' || n_events FROM articles"));
  }
}
