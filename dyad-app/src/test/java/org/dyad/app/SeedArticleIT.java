package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.dyad.model.analysis.Modality;
import org.dyad.pipeline.analyze.AnalyzerConfig;
import org.dyad.pipeline.analyze.ArticleAnalyzer;
import org.dyad.app.output.AnalysisJsonWriter;
import org.dyad.model.analysis.Actor;
import org.dyad.model.analysis.DocumentAnalysis;
import org.dyad.model.analysis.Quote;
import org.dyad.model.analysis.Span;
import org.dyad.model.article.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The seed article (../shared/corpus/seed-article.txt, published 2025-06-04) with the real models.
 * Every expectation here was written from reading the article, not from Dyad's output.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedArticleIT {
  static final LocalDate PUBLISHED = LocalDate.of(2025, 6, 4);
  ArticleAnalyzer analyzer;
  String text;
  DocumentAnalysis result;

  @BeforeAll
  void analyze() throws Exception {
    java.nio.file.Path seed = SharedData.require("corpus/seed-article.txt");
    List<org.dyad.model.article.IngestItem> items = new java.util.ArrayList<>();
    new org.dyad.ingest.ArticleSource(org.dyad.ingest.IngestConfig.defaults()).read(seed.toString(), items::add);
    Article article = (Article) items.get(0);
    text = article.text();
    analyzer = new ArticleAnalyzer(AnalyzerConfig.defaults());
    result = analyzer.analyze(article, PUBLISHED, false);
  }

  private Actor person(String surname) {
    List<Actor> found = result.actors().stream()
        .filter(a -> a.kind().equals("PERSON") && a.name().endsWith(surname)).toList();
    assertEquals(1, found.size(), () -> "one person named " + surname + " in " + names());
    return found.get(0);
  }

  private String names() {
    return result.actors().stream().map(a -> a.name() + "=" + a.code()).collect(Collectors.joining(", "));
  }

  private List<String> mentionTexts(Actor a) {
    return a.mentions().stream().map(s -> text.substring(s.begin(), s.end())).toList();
  }

  private void assertPerson(String surname, String country, String sector) {
    Actor a = person(surname);
    assertEquals(country, a.country(), () -> surname + ": " + a);
    assertTrue(a.sectors().contains(sector), () -> surname + " should be " + sector + ": " + a);
  }

  @Test
  void everyPersonHasTheRightCountryAndSector() {
    assertPerson("Zelensky", "UKR", "GOV");
    assertPerson("Putin", "RUS", "GOV");
    assertPerson("Trump", "USA", "GOV");
    assertPerson("Barrack", "USA", "GOV");
    assertPerson("Wicker", "USA", "LEG");
    assertPerson("Thune", "USA", "LEG");
    assertPerson("Hegseth", "USA", "GOV");
    assertPerson("Whitaker", "USA", "GOV");
    assertPerson("Umerov", "UKR", "GOV");
    assertPerson("Batyuk", "RUS", "EDU");
    assertPerson("Pistorius", "DEU", "GOV");
    Actor biden = person("Biden");
    assertEquals("USA", biden.country());
    assertTrue(!biden.sectors().contains("GOV"), "Biden left office in January 2025: " + biden);
  }

  @Test
  void misspeltHegsetJoinsHegseth() {
    Actor hegseth = person("Hegseth");
    List<String> seen = mentionTexts(hegseth);
    assertTrue(seen.contains("Hegset"), seen.toString());
    assertTrue(seen.contains("Peter Hegseth"), seen.toString());
    // Peter Hegseth, Hegseth's (x3), Hegset (x2) in the article
    assertTrue(seen.size() >= 6, seen.toString());
  }

  @Test
  void theRussianLeaderIsPutin() {
    List<String> seen = mentionTexts(person("Putin"));
    assertTrue(seen.stream().anyMatch(s -> s.contains("Russian leader")), seen.toString());
  }

  @Test
  void namedBodiesAndCountries() {
    assertTrue(codeOf("White House").equals("USAGOV"), names());
    assertTrue(codeOf("Pentagon").startsWith("USA"), names());
    assertEquals("UKR", actorMentioning("Kiev").country(), names());
    assertEquals("RUS", actorMentioning("Moscow").country(), names());
    assertEquals("USALEG", actorMentioning("US Senate").code(), names());
    assertEquals("RUS", actorMentioning("Russia").code(), names());
  }

  private String codeOf(String mention) {
    return actorMentioning(mention).code();
  }

  private Actor actorMentioning(String surface) {
    for (Actor a : result.actors()) {
      for (Span s : a.mentions()) {
        if (text.substring(s.begin(), s.end()).equals(surface)) {
          return a;
        }
      }
    }
    throw new AssertionError("no actor mentioned as '" + surface + "' in " + names());
  }

  @Test
  void fiveQuotesWithTheRightSpeakers() {
    List<Quote> quotes = result.quotes();
    assertEquals(5, quotes.size(), quotes::toString);
    assertSpeaker(quotes.get(0), "The recent bombing of railway tracks", "Putin");
    assertSpeaker(quotes.get(1), "Against this background", "Putin");
    assertSpeaker(quotes.get(2), "Trump has run out of patience", "Barrack");
    assertSpeaker(quotes.get(3), "The lack of American supplies", "Batyuk");
    assertSpeaker(quotes.get(4), "Both American businesses", "Batyuk");
  }

  private void assertSpeaker(Quote q, String start, String surname) {
    assertTrue(q.text().startsWith(start), q.text());
    assertEquals(text.substring(q.span().begin(), q.span().end()), q.text());
    assertNotNull(q.speaker(), () -> "no speaker for " + q);
    assertEquals(person(surname).id(), q.speaker(), () -> q + " in " + names());
  }

  @Test
  void relativeDatesResolveAgainstPublication() {
    assertTrue(result.dates().stream().anyMatch(d -> d.text().equals("Wednesday")
        && d.value().equals("2025-06-04")), result.dates()::toString);
    assertTrue(result.dates().stream().anyMatch(d -> d.text().equals("March")
        && d.value().equals("2025-03")), result.dates()::toString);
    assertTrue(result.dates().stream().anyMatch(d -> d.value().equals("2022-01-24/2024-12-31")),
        result.dates()::toString);
  }

  private List<org.dyad.model.analysis.Event> eventsIn(String sentenceStart) {
    List<org.dyad.model.analysis.Event> found = result.events().stream()
        .filter(e -> e.sentence().startsWith(sentenceStart)).toList();
    return found;
  }

  private String events() {
    return result.events().stream().map(e -> e.sourceCode() + "->" + e.targetCode() + " " + e.cameo()
        + " " + e.modality().label() + " " + e.date() + " '" + e.sentence().substring(0, Math.min(40, e.sentence().length())) + "'")
        .collect(Collectors.joining("\n"));
  }

  @Test
  void putinAccusesUkraine() {
    Actor putin = person("Putin");
    assertTrue(result.events().stream().anyMatch(e -> putin.id().equals(e.source())
        && "RUSGOV".equals(e.sourceCode()) && e.targetCode() != null && e.targetCode().startsWith("UKR")
        && e.cameo().startsWith("112") && e.modality() == Modality.ASSERTED), this::events);
  }

  @Test
  void zelenskyCriticisesTheRussianMemorandumOnWednesday() {
    Actor zelensky = person("Zelensky");
    assertTrue(result.events().stream().anyMatch(e -> zelensky.id().equals(e.source())
        && "UKRGOV".equals(e.sourceCode()) && e.targetCode() != null && e.targetCode().startsWith("RUS")
        && e.cameo().startsWith("11") && e.date().equals("2025-06-04") && e.dateBasis().equals("text")),
        this::events);
  }

  @Test
  void unitedStatesSuspendedArmsSuppliesInMarch() {
    assertTrue(result.events().stream().anyMatch(e -> e.sourceCode() != null
        && e.sourceCode().startsWith("USA") && e.targetCode() != null && e.targetCode().startsWith("UKR")
        && e.cameo().startsWith("16") && e.date().equals("2025-03") && e.modality() == Modality.ASSERTED),
        this::events);
  }

  @Test
  void britainAndGermanyAnnounceWeaponsForUkraine() {
    for (String giver : List.of("GBR", "DEU")) {
      assertTrue(result.events().stream().anyMatch(e -> e.sourceCode() != null
          && e.sourceCode().startsWith(giver) && e.targetCode() != null && e.targetCode().startsWith("UKR")
          && (e.cameo().startsWith("033") || e.cameo().startsWith("07"))
          && e.modality() != Modality.NEGATED && e.modality() != Modality.HYPOTHETICAL), () -> giver + "\n" + events());
    }
  }

  @Test
  void conditionalsAreNotAsserted() {
    for (String start : List.of("If Trump gives the go-ahead", "If a complete halt in arms supplies occurs")) {
      assertTrue(eventsIn(start).stream().noneMatch(e -> e.modality() == Modality.ASSERTED),
          () -> start + ": " + events());
    }
  }

  @Test
  void everyEventCarriesItsEvidence() {
    assertTrue(!result.events().isEmpty());
    for (org.dyad.model.analysis.Event e : result.events()) {
      assertEquals(e.sentence(), text.substring(e.span().begin(), e.span().end()), e::toString);
      assertTrue(e.sentence().contains(e.trigger().split(" ")[0]), e::toString);
      assertTrue(e.rule().matches("cameo/event-patterns\\.tsv:\\d+ .*"), e::rule);
      assertTrue(e.confidence() > 0 && e.confidence() <= 1, e::toString);
    }
  }

  @Test
  void explainTellsWhichRowFiredAndWhy() {
    List<String> trace = new java.util.ArrayList<>();
    DocumentAnalysis explained = analyzer.explain("Hungary did not criticize Brussels.", PUBLISHED,
        trace::add, p -> { });
    assertTrue(trace.stream().anyMatch(l -> l.contains("'criticize'") && l.contains("event-patterns.tsv:")
        && l.contains("fired") && l.contains("negated")), trace::toString);
    assertEquals(Modality.NEGATED, explained.events().get(0).modality());
    assertEquals("HUN", explained.events().get(0).sourceCode());
  }

  @Test
  void outputValidatesAgainstTheSchema() throws Exception {
    String json = new AnalysisJsonWriter(true).write(result);
    assertEquals("[]", new SchemaValidator().violations(json).toString());
  }

  @Test
  void savedWebPageGivesTheSameResult() throws Exception {
    String html = WebPageFixture.wrap(text);
    Article page = null;
    List<org.dyad.model.article.IngestItem> items = new java.util.ArrayList<>();
    new org.dyad.ingest.ArticleSource(org.dyad.ingest.IngestConfig.defaults()).read("seed.html",
        new java.io.ByteArrayInputStream(html.getBytes(java.nio.charset.StandardCharsets.UTF_8)), items::add);
    assertEquals(1, items.size(), items::toString);
    page = (Article) items.get(0);
    assertEquals(PUBLISHED, page.published());
    DocumentAnalysis fromHtml = analyzer.analyze(page, null, false);
    assertEquals(summary(result, text), summary(fromHtml, page.text()));
  }

  /** Actors, quotes and dates without offsets, which differ between the two texts. */
  private static String summary(DocumentAnalysis a, String body) {
    StringBuilder b = new StringBuilder();
    for (Actor x : a.actors()) {
      b.append(x.name()).append('=').append(x.code()).append(" x").append(x.mentions().size()).append('\n');
    }
    for (Quote q : a.quotes()) {
      Actor s = q.speaker() == null ? null : a.actor(q.speaker());
      b.append(s == null ? null : s.name()).append(": ").append(q.text()).append('\n');
    }
    a.dates().forEach(d -> b.append(d.text()).append('=').append(d.value()).append('\n'));
    return b.toString();
  }
}
