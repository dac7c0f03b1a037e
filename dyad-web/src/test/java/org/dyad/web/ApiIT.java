package org.dyad.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The REST API of docs/api.md over real HTTP, on the three reports of {@link Reports}. */
class ApiIT {
  @RegisterExtension
  static final RunningServer SERVER = new RunningServer();

  private static List<String> fields(JsonNode node) {
    List<String> out = new ArrayList<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.get(field).asText()));
    return out;
  }

  @Test
  void statsCountTheStore() {
    JsonNode s = SERVER.json("/api/stats");
    assertEquals(List.of("articles", "events", "mentions", "quotes", "errors", "firstDate", "lastDate",
        "schemaVersion"), fields(s));
    assertEquals(List.of(3, 3, 4, 1, 1, 5), List.of(s.get("articles").asInt(), s.get("events").asInt(),
        s.get("mentions").asInt(), s.get("quotes").asInt(), s.get("errors").asInt(), s.get("schemaVersion").asInt()));
    assertEquals(List.of("2025-06-09", "2025-06-11"), List.of(s.get("firstDate").asText(), s.get("lastDate").asText()));
  }

  /** The map's endpoint over real HTTP: counts per place as JSON, and a bad box named in a 400. */
  @Test
  void placesAnswerAndABadBoxIsNamed() {
    JsonNode places = SERVER.json("/api/places?level=country");
    assertTrue(places.isArray(), places::toString);
    for (JsonNode p : places) {
      assertTrue(p.get("events").asInt() > 0, p::toString);
    }
    assertTrue(SERVER.json("/api/events?bbox=1,2,3", 400).get("error").asText().startsWith("bbox: "));
    assertTrue(SERVER.json("/api/places?level=city", 400).get("error").asText().startsWith("level: "));
    assertEquals(0, SERVER.json("/api/events?bbox=170,-20,-170,-10").get("total").asInt(),
        "no event of the fixture took place in the Pacific");
  }

  @Test
  void eventsAreFilteredSortedAndPaged() {
    JsonNode all = SERVER.json("/api/events");
    assertEquals(3, all.get("total").asInt());
    assertEquals(List.of(1, 50), List.of(all.get("page").asInt(), all.get("size").asInt()));
    assertEquals(List.of("id", "date", "sourceCode", "sourceName", "sourceCountry", "sourceBasis", "targetCode",
        "targetName", "targetCountry", "targetBasis", "cameo", "cameoName", "root", "plover", "ploverMode", "goldstein", "quadClass",
        "modality", "numMentions", "numArticles", "numSources", "confidence", "articleId", "articleTitle",
        "trigger", "sentence", "place"), fields(all.get("events").get(0)));

    JsonNode norway = SERVER.json("/api/events?source=nor&target=RUS");
    assertEquals(1, norway.get("total").asInt());
    JsonNode e = norway.get("events").get(0);
    assertEquals(List.of("NORGOV", "Tor Aasen", "112", "2", "2", "2"), List.of(e.get("sourceCode").asText(),
        e.get("sourceName").asText(), e.get("cameo").asText(), e.get("numMentions").asText(),
        e.get("numArticles").asText(), e.get("numSources").asText()));

    assertEquals(List.of("112", "120"), texts(SERVER.json("/api/events?actor=aasen&sort=code&order=asc")
        .get("events"), "cameo"));
    assertEquals(List.of("111"), texts(SERVER.json("/api/events?country=EST").get("events"), "cameo"));
    assertEquals(List.of("120"), texts(SERVER.json("/api/events?from=2025-06-11&to=2025-06-11").get("events"),
        "cameo"));
    assertEquals("-4.0", SERVER.json("/api/events?sort=goldstein&order=asc").get("events").get(0)
        .get("goldstein").asText());
    JsonNode second = SERVER.json("/api/events?size=2&page=2");
    assertEquals(List.of(3, 1), List.of(second.get("total").asInt(), second.get("events").size()));
    String injection = URLEncoder.encode("x' OR 1=1 --", StandardCharsets.UTF_8);
    assertEquals(0, SERVER.json("/api/events?text=" + injection).get("total").asInt());
  }

  @Test
  void anEventComesWithItsMentions() {
    long id = SERVER.onlyEventId("code=112&source=NOR");
    JsonNode e = SERVER.json("/api/events/" + id);
    assertEquals(id, e.get("id").asLong());
    assertEquals("NORGOV", e.get("sourceCode").asText(), "the event's fields stand beside its mentions");
    JsonNode mentions = e.get("mentions");
    assertEquals(2, mentions.size());
    assertEquals(List.of("articleId", "articleTitle", "url", "published", "sentence", "start", "end", "trigger",
        "sourceText", "targetText", "sourceBasis", "targetBasis", "rule", "confidence", "modality", "dateBasis"),
        fields(mentions.get(0)));
    assertEquals(List.of("text", "text"), texts(mentions, "targetBasis"));
    assertEquals(List.of("accused", "blamed"), texts(mentions, "trigger"));
    assertEquals(List.of("https://www.harbourpost.example/a/1", "https://fjordnews.example/2025/06/11/gps"),
        texts(mentions, "url"));
    JsonNode first = mentions.get(0);
    assertEquals(Reports.JAMMING.substring(first.get("start").asInt(), first.get("end").asInt()),
        first.get("sentence").asText());
  }

  @Test
  void anActorTakenFromContextIsMarkedInTheTableAndTheMentions() {
    JsonNode denial = SERVER.json("/api/events?code=120").get("events").get(0);
    assertEquals(List.of("RUSGOV", "text", "NORGOV", "context"), List.of(denial.get("sourceCode").asText(),
        denial.get("sourceBasis").asText(), denial.get("targetCode").asText(), denial.get("targetBasis").asText()));
    JsonNode mention = SERVER.json("/api/events/" + denial.get("id").asLong()).get("mentions").get(0);
    assertEquals(List.of("Tor Aasen", "context"), List.of(mention.get("targetText").asText(),
        mention.get("targetBasis").asText()));
  }

  @Test
  void unknownIdsAndPathsAreJson404s() {
    assertTrue(SERVER.json("/api/events/999999", 404).get("error").asText().contains("999999"));
    assertTrue(SERVER.json("/api/articles/424242", 404).get("error").asText().contains("424242"));
    assertTrue(SERVER.json("/api/nothing-here", 404).get("error").asText().contains("/api/nothing-here"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ' ', value = {
      "/api/events?root=abc root", "/api/events?from=yesterday from", "/api/events?size=100000 size",
      "/api/events?page=0 page", "/api/events?quad=9 quad", "/api/events?sort=tone sort",
      "/api/events?order=ascending order",
      "/api/events?source=R%26S source", "/api/events?modality=probably modality",
      "/api/timeline?bucket=year bucket", "/api/timeline?to=2025-02-30 to", "/api/network?level=region level",
      "/api/network?limit=many limit", "/api/articles?size=0 size", "/api/events/abc id", "/api/articles/x1 id",
      "/api/search q", "/api/search?q=title%3A%28 q", "/api/search?q=grain&type=blog type",
      "/api/search?q=grain&limit=1000 limit"})
  void badInputIsA400NamingTheParameter(String path, String parameter) {
    String error = SERVER.json(path, 400).get("error").asText();
    assertTrue(java.util.regex.Pattern.compile("(^|\\W)" + parameter + "\\W").matcher(error).find(), error);
  }

  @Test
  void timelinesBucketTheEvents() {
    JsonNode week = SERVER.json("/api/timeline?source=NOR&target=RUS");
    assertEquals("week", week.get("bucket").asText());
    assertEquals(1, week.get("points").size());
    JsonNode p = week.get("points").get(0);
    assertEquals(List.of("period", "events", "q1", "q2", "q3", "q4", "meanGoldstein"), fields(p));
    assertEquals(List.of("2025-06-09", "1", "0", "1", "-2.0"), List.of(p.get("period").asText(),
        p.get("events").asText(), p.get("q1").asText(), p.get("q3").asText(), p.get("meanGoldstein").asText()));
    JsonNode days = SERVER.json("/api/timeline?bucket=day").get("points");
    assertEquals(List.of("2025-06-09", "2025-06-10", "2025-06-11"), texts(days, "period"), "the empty day too");
    assertEquals(List.of("2", "0", "1"), texts(days, "events"));
    assertTrue(days.get(1).get("meanGoldstein").isNull(), "no mean for a day without events");
  }

  @Test
  void theNetworkIsByCountryOrActor() {
    JsonNode country = SERVER.json("/api/network");
    assertEquals(List.of("EST", "NOR", "RUS"), texts(country.get("edges"), "source"));
    assertEquals(List.of("source", "target", "events", "cooperation", "conflict", "meanGoldstein"),
        fields(country.get("edges").get(0)));
    JsonNode russia = null;
    for (JsonNode n : country.get("nodes")) {
      russia = n.get("id").asText().equals("RUS") ? n : russia;
    }
    assertEquals(3, russia.get("events").asInt());
    JsonNode actors = SERVER.json("/api/network?level=actor&min=1&limit=60");
    assertEquals(List.of("EST", "NORGOV", "RUSGOV"), texts(actors.get("edges"), "source"));
    assertEquals(List.of("RUS", "RUS", "NORGOV"), texts(actors.get("edges"), "target"));
    assertEquals(1, actors.get("edges").get(0).get("conflict").asInt());
  }

  @Test
  void anArticleComesWithItsActorsQuotesAndEvents() {
    long id = SERVER.articleId("harbour-1");
    JsonNode a = SERVER.json("/api/articles/" + id);
    assertEquals(List.of("id", "title", "url", "published", "source", "text", "storyId", "sameStory", "actors",
        "quotes", "events"), fields(a));
    String text = a.get("text").asText();
    assertEquals(Reports.JAMMING, text);
    assertEquals(List.of("Tor Aasen", "Russia", "Russian diplomats"), texts(a.get("actors"), "name"));
    JsonNode aasen = a.get("actors").get(0);
    List<String> said = new ArrayList<>();
    aasen.get("mentions").forEach(m -> said.add(text.substring(m.get("start").asInt(), m.get("end").asInt())));
    assertEquals(List.of("Tor Aasen", "Aasen"), said);
    JsonNode russia = a.get("actors").get(1).get("mentions");
    assertEquals(1, russia.size(), "not inside 'Russian'");
    JsonNode quote = a.get("quotes").get(0);
    assertEquals("puts every civilian pilot at risk", text.substring(quote.get("start").asInt(),
        quote.get("end").asInt()));
    assertEquals(List.of("Tor Aasen", "NORGOV"), List.of(quote.get("speakerName").asText(),
        quote.get("speakerCode").asText()));
    assertEquals(List.of("112", "120"), texts(a.get("events"), "cameo"));
    JsonNode denied = a.get("events").get(1);
    assertTrue(text.substring(denied.get("start").asInt(), denied.get("end").asInt()).contains("denied"));
    assertEquals("published", denied.get("dateBasis").asText());
    assertEquals(List.of("text", "context"), List.of(denied.get("sourceBasis").asText(),
        denied.get("targetBasis").asText()), "'Russian diplomats denied the charge' does not name Aasen");
    assertEquals("text", a.get("events").get(0).get("targetBasis").asText());
    assertEquals(0, a.get("sameStory").size());
    assertEquals(3, SERVER.json("/api/articles").get("total").asInt());
  }

  @Test
  void searchGivesFragmentsWithTheMatchMarked() {
    JsonNode r = SERVER.json("/api/search?q=pilot&type=quote");
    assertEquals(1, r.get("total").asInt());
    JsonNode hit = r.get("hits").get(0);
    assertEquals(List.of("quote", "Tor Aasen", "NORGOV"), List.of(hit.get("type").asText(),
        hit.get("speakerName").asText(), hit.get("speakerCode").asText()));
    List<String> matched = new ArrayList<>();
    for (JsonNode fragment : hit.get("fragments")) {
      fragment.forEach(piece -> {
        if (piece.get("match").asBoolean()) {
          matched.add(piece.get("text").asText());
        }
      });
    }
    assertEquals(List.of("pilot"), matched);
    assertEquals(2, SERVER.json("/api/search?q=pilot").get("total").asInt(), "the quote and its article");
  }

  @Test
  void theUiPageIsServedWithAContentSecurityPolicy() {
    HttpResponse<String> page = SERVER.get("/");
    assertEquals(200, page.statusCode());
    assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    assertTrue(page.body().contains("<title>Dyad</title>"), page.body());
    String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
    assertTrue(csp.contains("default-src 'self'") && csp.contains("script-src 'self'"), csp);
    assertFalse(csp.contains("unsafe-inline"), csp);
    assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
  }

  /** Article text is data: the API hands it back verbatim, and the UI must render it as text. */
  @Test
  void markupInArticleTextComesBackAsTheSameLiteralString() {
    long id = SERVER.articleId("alert");
    HttpResponse<String> raw = SERVER.get("/api/articles/" + id);
    assertTrue(raw.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    assertEquals("nosniff", raw.headers().firstValue("X-Content-Type-Options").orElse(""));
    JsonNode a = SERVER.json("/api/articles/" + id);
    assertEquals(Reports.HOSTILE, a.get("text").asText());
    assertTrue(a.get("text").asText().contains(Reports.SCRIPT));
    assertEquals(Reports.HOSTILE_TITLE, a.get("title").asText());
    JsonNode hits = SERVER.json("/api/search?q=hackers").get("hits");
    assertEquals(Reports.HOSTILE_TITLE, hits.get(0).get("title").asText());
  }

  /** The export endpoint gives the filter's events, as many as the event list counts, in each format. */
  @Test
  void exportDownloadsTheFiltersEventsInEachFormat() {
    long total = SERVER.json("/api/events?country=RUS").get("total").asLong();
    assertTrue(total >= 2, "the fixture has several events with Russia");
    HttpResponse<String> csv = SERVER.get("/api/export?format=csv&country=RUS");
    assertEquals(200, csv.statusCode(), csv.body());
    assertEquals("text/csv", csv.headers().firstValue("Content-Type").orElse("").split(";")[0]);
    assertEquals("attachment; filename=\"dyad-events.csv\"", csv.headers().firstValue("Content-Disposition")
        .orElse(""));
    String[] lines = csv.body().strip().split("\n");
    assertEquals(total + 1, lines.length, csv.body());
    assertTrue(lines[0].startsWith("id,date,date_precision,day,source_code,"), lines[0]);
    // Split on newlines only: a row's last cells may be empty, and strip() would eat their tabs.
    String[] gdelt = SERVER.get("/api/export?format=gdelt&country=RUS").body().split("\n");
    assertEquals(total, gdelt.length);
    for (String row : gdelt) {
      assertEquals(61, row.split("\t", -1).length, "GDELT 2.0 has 61 columns: " + row);
    }
    assertEquals(total, SERVER.get("/api/export?format=jsonl&country=RUS").body().strip().split("\n").length);
    HttpResponse<String> one = SERVER.get("/api/export?format=csv&country=RUS&source=EST");
    assertEquals(2, one.body().strip().split("\n").length, "the header and Estonia's accusation");
    assertTrue(SERVER.get("/api/export?format=parquet").body().startsWith("PAR1"), "Parquet's magic bytes");
    assertEquals("format: 'xls' is not one of csv, jsonl, parquet, gdelt",
        SERVER.json("/api/export?format=xls", 400).get("error").asText());
    assertTrue(SERVER.json("/api/export", 400).get("error").asText().startsWith("format: missing"));
    assertTrue(SERVER.json("/api/export?format=csv&quad=9", 400).get("error").asText().startsWith("quad: "));
  }

  @Test
  void quotesAreFoundBySpeakerActorAndWords() {
    JsonNode q = SERVER.json("/api/quotes?speaker=aas");
    assertEquals(1, q.get("total").asInt(), q::toString);
    JsonNode quote = q.get("quotes").get(0);
    assertEquals(List.of("puts every civilian pilot at risk", "Tor Aasen", "NORGOV"), List.of(quote.get("text").asText(),
        quote.get("speakerName").asText(), quote.get("speakerCode").asText()));
    JsonNode article = SERVER.json("/api/articles/" + quote.get("articleId").asLong());
    assertEquals(article.get("title").asText(), quote.get("articleTitle").asText());
    assertEquals(List.of("puts every civilian pilot at risk"), texts(article.get("quotes"), "text"));
    assertEquals("Tor Aasen", q.get("speakers").get(0).get("name").asText());
    assertEquals(1, q.get("speakers").get(0).get("quotes").asInt());
    assertEquals(1, SERVER.json("/api/quotes?actor=nor").get("total").asInt(), "a code's start, any case");
    assertEquals(0, SERVER.json("/api/quotes?actor=RUS").get("total").asInt());
    assertEquals(1, SERVER.json("/api/quotes?text=CIVILIAN%20pilot").get("total").asInt());
    assertEquals(0, SERVER.json("/api/quotes?text=tanks").get("total").asInt());
    assertTrue(SERVER.json("/api/quotes?actor=N%20O", 400).get("error").asText().startsWith("actor: "));
  }

  @Test
  void theVocabularyComesFromTheStoreAndTheFilters() {
    JsonNode v = SERVER.json("/api/vocabulary");
    List<String> modalities = new ArrayList<>();
    v.get("modalities").forEach(m -> modalities.add(m.asText()));
    assertEquals(List.of("asserted", "negated", "hypothetical", "future", "reported"), modalities);
    assertEquals(List.of("Verbal cooperation", "Material cooperation", "Verbal conflict", "Material conflict"),
        texts(v.get("quadClasses"), "name"));
    for (JsonNode t : v.get("plover")) {
      assertEquals(SERVER.json("/api/events?plover=" + t.get("code").asText()).get("total").asLong(),
          t.get("events").asLong(), t::toString);
    }
    for (JsonNode t : v.get("cameo")) {
      assertEquals(SERVER.json("/api/events?code=" + t.get("code").asText()).get("total").asLong(),
          t.get("events").asLong(), t::toString);
    }
    assertTrue(texts(v.get("plover"), "code").contains("ACCUSE"));
    // The UI's filter names are the ones the server parses.
    List<String> filters = new ArrayList<>();
    v.get("filters").forEach(f -> filters.add(f.asText()));
    assertEquals(org.dyad.store.query.EventFilter.PARAMETERS, filters);
  }
}
