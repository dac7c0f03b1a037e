package org.dyad.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.dyad.app.CliRun;
import org.dyad.store.Store;
import org.dyad.web.DyadServer;
import org.dyad.web.ServeConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The README's main job end to end in a real browser: ingest the built-in example (real CoreNLP,
 * real DuckDB), serve it on 127.0.0.1, and drive headless Chromium through the event table, an
 * article's evidence and hostile article text.
 */
class BrowserIT {
  /** A hostile article: its markup must show as text and never run. */
  static final String HOSTILE = "Hostile page test\n\nThe ministry said on Monday that it rejected the"
      + " proposal. <script>window.dyadXss = 1;</script> Officials added <img src=x"
      + " onerror=\"window.dyadXss = 2\"> that talks would go on in Geneva next week.\n";

  @TempDir
  static Path dir;
  static Store store;
  static DyadServer server;
  static ChromeDriver driver;
  static String base;
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void ingestAndServe() throws Exception {
    driver = Browser.start(Files.createDirectories(dir.resolve("profile")));
    Path hostile = dir.resolve("hostile.txt");
    Files.writeString(hostile, HOSTILE);
    CliRun cli = new CliRun();
    assertEquals(0, cli.run("ingest", "--store", dir.resolve("store").toString(), "--date", "2025-06-02"),
        cli.err());
    assertEquals(0, cli.run("ingest", "--store", dir.resolve("store").toString(), "--date", "2025-06-02",
        hostile.toString()), cli.err());
    store = Store.open(dir.resolve("store"), true);
    server = DyadServer.start(store, new ServeConfig("127.0.0.1", 0, 2));
    base = "http://127.0.0.1:" + server.port();
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
    if (store != null) {
      store.close();
    }
  }

  @Test
  void filterToRussiaUkraineThenOpenAnArticleWithItsEvidenceHighlighted() throws Exception {
    JsonNode api = api("/api/events?source=RUS&target=UKR&size=500");
    long total = api.get("total").asLong();
    assertTrue(total >= 1, "the example corpus has Russian acts on Ukraine");

    driver.get(base + "/#/events");
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#events-table tbody tr")));
    driver.findElement(By.id("f-source")).sendKeys("RUS");
    driver.findElement(By.id("f-target")).sendKeys("UKR");
    driver.findElement(By.id("f-apply")).click();
    wait.until(d -> d.getCurrentUrl().contains("target=UKR")
        && d.findElements(By.cssSelector("#events-table tbody tr[data-event-id]")).size() == total);
    List<WebElement> rows = driver.findElements(By.cssSelector("#events-table tbody tr[data-event-id]"));
    java.util.Map<String, JsonNode> byId = new java.util.HashMap<>();
    api.get("events").forEach(e -> byId.put(e.get("id").asText(), e));
    for (WebElement row : rows) {
      assertTrue(row.findElement(By.cssSelector("td.src")).getText().contains("RUS"), row.getText());
      assertTrue(row.findElement(By.cssSelector("td.tgt")).getText().contains("UKR"), row.getText());
      // An actor filled from the article, not the sentence, carries a badge; one the sentence names none.
      JsonNode ev = byId.get(row.getAttribute("data-event-id"));
      for (String side : List.of("source", "target")) {
        boolean context = "context".equals(ev.path(side + "Basis").asText());
        List<WebElement> badges = row.findElements(By.cssSelector((side.equals("source") ? "td.src" : "td.tgt")
            + " .off-sentence .basis-badge"));
        assertEquals(context ? 1 : 0, badges.size(), side + " of " + row.getText());
      }
    }
    Browser.screenshot(driver, "events-rus-ukr");

    WebElement first = rows.get(0);
    String eventId = first.getAttribute("data-event-id");
    long articleId = api.get("events").get(0).get("articleId").asLong();
    first.findElement(By.cssSelector("a.article-link")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article-text mark.evidence")));

    // The marked pieces of this event, joined, are its evidence sentence from the API.
    JsonNode article = api("/api/articles/" + articleId);
    String sentence = null;
    for (JsonNode e : article.get("events")) {
      if (e.get("eventId").asText().equals(eventId)) {
        sentence = e.get("sentence").asText();
      }
    }
    assertTrue(sentence != null, "the article lists event " + eventId);
    List<WebElement> marks = driver.findElements(
        By.cssSelector("#article-text mark.evidence[data-event-id='" + eventId + "']"));
    StringBuilder marked = new StringBuilder();
    marks.forEach(m -> marked.append(m.getText()));
    assertEquals(sentence.replaceAll("\\s+", " ").strip(), marked.toString().replaceAll("\\s+", " ").strip());
    assertFalse(driver.findElements(By.cssSelector("#article-events li")).isEmpty());
    assertTrue(driver.findElement(By.id("article-text")).getText().replaceAll("\\s+", " ")
        .contains(sentence.replaceAll("\\s+", " ").strip()));
    Browser.screenshot(driver, "article-evidence");
  }

  @Test
  void articleMarkupIsShownAsTextAndNeverRuns() throws Exception {
    JsonNode hits = api("/api/search?q=Geneva&type=article");
    long id = hits.get("hits").get(0).get("articleId").asLong();
    driver.get(base + "/#/article/" + id);
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("article-text"), "Geneva"));
    String shown = driver.findElement(By.id("article-text")).getText();
    assertTrue(shown.contains("<script>window.dyadXss = 1;</script>"), shown);
    assertTrue(shown.contains("<img src=x onerror=\"window.dyadXss = 2\">"), shown);
    assertTrue(driver.findElements(By.cssSelector("#article-text script, #article-text img")).isEmpty());
    assertNull(driver.executeScript("return window.dyadXss === undefined ? null : window.dyadXss;"));
    Browser.screenshot(driver, "hostile-article");
  }

  @Test
  void timelineAndNetworkDrawTheDyad() throws Exception {
    driver.get(base + "/#/timeline?source=RUS&target=UKR&bucket=month");
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#timeline-chart g.bar")));
    JsonNode points = api("/api/timeline?source=RUS&target=UKR&bucket=month").get("points");
    long withEvents = 0;
    for (JsonNode p : points) {
      withEvents += p.get("events").asLong() > 0 ? 1 : 0;
    }
    assertTrue(withEvents < points.size(), "the example's months with Russian acts on Ukraine have gaps");
    // A continuous axis: a bar slot for every month, the empty ones drawn as such.
    assertEquals(points.size(), driver.findElements(By.cssSelector("#timeline-chart g.bar")).size());
    assertEquals(withEvents, driver.findElements(By.cssSelector("#timeline-chart g.bar:not(.empty)")).size());
    // Each bar stacks a part per QuadClass with events; the UI takes the QuadClasses from /api/vocabulary.
    JsonNode quads = api("/api/vocabulary").get("quadClasses");
    long parts = 0;
    for (JsonNode p : points) {
      for (JsonNode q : quads) {
        parts += p.path("q" + q.get("id").asInt()).asLong() > 0 ? 1 : 0;
      }
    }
    assertTrue(parts > 0, "the dyad's bars have QuadClass parts");
    assertEquals(parts, driver.findElements(By.cssSelector("#timeline-chart g.bar rect[class^='q']")).size());
    assertEquals(quads.size() + 1, driver.findElements(By.cssSelector("#timeline-legend .legend-item")).size(),
        "a legend entry per QuadClass and one for the Goldstein line");
    driver.get(base + "/#/network");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#network-chart g.node")));
    JsonNode network = api("/api/network");
    assertEquals(network.get("nodes").size(), driver.findElements(By.cssSelector("#network-chart g.node")).size());
    Browser.screenshot(driver, "network");
  }

  /**
   * The map draws the example's event places on the world outlines (every event counted once, in a
   * place or a cluster), and clicking the busiest single place opens the event table filtered to it.
   */
  @Test
  void theMapDrawsEventPlacesAndAClickFiltersTheTable() throws Exception {
    driver.get(base + "/#/map");
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#map-chart g.place")));
    assertTrue(driver.findElement(By.cssSelector("#map-chart path.land")).getAttribute("d").length() > 10_000,
        "the Natural Earth outlines are drawn");
    JsonNode places = api("/api/places?level=place&limit=2000");
    assertTrue(places.size() >= 3, places::toString);
    long events = 0;
    for (JsonNode p : places) {
      events += p.get("events").asLong();
    }
    List<WebElement> marks = driver.findElements(By.cssSelector("#map-chart g.place"));
    assertTrue(marks.size() <= places.size() && !marks.isEmpty());
    long drawn = 0;
    for (WebElement m : marks) {
      drawn += Long.parseLong(m.getAttribute("data-events"));
    }
    assertEquals(events, drawn, "every located event is in one place or cluster");
    WebElement busiest = null;
    for (WebElement m : driver.findElements(By.cssSelector("#map-chart g.place.single"))) {
      if (busiest == null || Long.parseLong(m.getAttribute("data-events")) > Long.parseLong(busiest.getAttribute("data-events"))) {
        busiest = m;
      }
    }
    assertTrue(busiest != null, "at least one place stands alone");
    String name = busiest.getAttribute("data-name");
    long expected = Long.parseLong(busiest.getAttribute("data-events"));
    Browser.screenshot(driver, "map");
    // The table hides statements addressed to no one, as it always does (and says so).
    long shown = api("/api/events?statements=targeted&place=" + java.net.URLEncoder.encode(name,
        java.nio.charset.StandardCharsets.UTF_8)).get("total").asLong();
    busiest.findElement(By.cssSelector("circle")).click();
    wait.until(d -> d.getCurrentUrl().contains("#/events?") && d.getCurrentUrl().contains("place="));
    wait.until(d -> d.findElements(By.cssSelector("#events-table tbody tr[data-event-id]")).size()
        == Math.min(shown, 50)); // the table's first page
    assertTrue(driver.findElement(By.cssSelector(".chips")).getText().contains("place = " + name));
    JsonNode filtered = api("/api/events?size=500&place=" + java.net.URLEncoder.encode(name,
        java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(expected, filtered.get("total").asLong());
    for (JsonNode e : filtered.get("events")) {
      assertEquals(name, e.get("place").get("name").asText(), e::toString);
    }
  }

  /**
   * The download links fetch the filter's events: the CSV the browser saves holds the rows the table
   * counts, and the Parquet and GDELT links name the same filter.
   */
  @Test
  void theExportButtonDownloadsTheFilteredEvents() throws Exception {
    long total = api("/api/events?source=RUS&statements=targeted").get("total").asLong();
    driver.get(base + "/#/events?source=RUS");
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#events-table tbody tr")));
    for (String format : List.of("csv", "parquet", "gdelt")) {
      String href = driver.findElement(By.id("export-" + format)).getAttribute("href");
      assertEquals(base + "/api/export?format=" + format + "&source=RUS&statements=targeted", href);
    }
    Path saved = Browser.downloads(dir.resolve("profile")).resolve("dyad-events.csv");
    Files.deleteIfExists(saved);
    driver.findElement(By.id("export-csv")).click();
    wait.until(d -> Files.exists(saved) && !Files.exists(saved.resolveSibling("dyad-events.csv.crdownload")));
    List<String> lines = Files.readAllLines(saved);
    assertTrue(lines.get(0).startsWith("id,date,date_precision,day,source_code,"), lines.get(0));
    long rows = lines.stream().skip(1).filter(l -> l.matches("^\\d+,.*")).count();
    assertEquals(total, rows, "one row per event of the filter");
  }

  /**
   * Statements without a target are hidden until the toggle shows them; the table says how many it
   * hides, and with the toggle on it counts them all.
   */
  @Test
  void statementsWithoutATargetHideBehindAToggle() throws Exception {
    long all = api("/api/events?statements=all").get("total").asLong();
    long targeted = api("/api/events?statements=targeted").get("total").asLong();
    long bare = api("/api/events?root=01&statements=all").get("total").asLong()
        - api("/api/events?root=01&statements=targeted").get("total").asLong();
    assertTrue(bare > 0 && all - targeted == bare, "the example has statements addressed to no one");
    driver.get(base + "/#/events");
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("page-info"), "of " + targeted));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("statements-hint"),
        bare + " statements without a target hidden"));
    assertFalse(driver.findElement(By.id("f-statements")).isSelected());
    driver.findElement(By.id("f-statements")).click();
    driver.findElement(By.id("f-apply")).click();
    wait.until(d -> d.getCurrentUrl().contains("statements=all"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("page-info"), "of " + all));
    assertTrue(driver.findElement(By.id("f-statements")).isSelected());
    assertEquals("", driver.findElement(By.id("statements-hint")).getText());
  }

  /** Who said what: every quote with its speaker and article; a speaker's chip narrows to theirs. */
  @Test
  void theQuotesViewShowsWhoSaidWhat() throws Exception {
    JsonNode quotes = api("/api/quotes?size=500");
    long total = quotes.get("total").asLong();
    assertTrue(total >= 2 && total <= 50, "the example's quotes fit one page: " + total);
    driver.get(base + "/#/quotes");
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    wait.until(d -> d.findElements(By.cssSelector("#quotes-list li")).size() == total);
    WebElement first = driver.findElement(By.cssSelector("#quotes-list li"));
    JsonNode q = quotes.get("quotes").get(0);
    assertEquals("\u201C" + q.get("text").asText() + "\u201D", first.findElement(By.cssSelector(".quote-text")).getText());
    assertEquals(q.get("speakerName").asText(), first.findElement(By.cssSelector(".speaker-name")).getText());
    assertEquals(base + "/#/article/" + q.get("articleId").asText(),
        first.findElement(By.cssSelector("a.article-link")).getAttribute("href"));
    Browser.screenshot(driver, "quotes");

    JsonNode top = quotes.get("speakers").get(0);
    driver.findElement(By.cssSelector("#quote-speakers .speaker-chip")).click();
    wait.until(d -> d.getCurrentUrl().contains("speaker="));
    wait.until(d -> d.findElements(By.cssSelector("#quotes-list li")).size() == top.get("quotes").asInt());
    for (WebElement li : driver.findElements(By.cssSelector("#quotes-list li"))) {
      assertTrue(li.findElement(By.cssSelector(".speaker-name")).getText().contains(top.get("name").asText()),
          li.getText());
    }

    // A quote found by its speaker's name says so.
    String surname = top.get("name").asText().replaceAll(".* ", "");
    driver.get(base + "/#/search?type=quote&q=" + surname);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#search-results li .matched-in")));
    assertTrue(driver.findElement(By.cssSelector("#search-results li .matched-in")).getText().contains("the speaker"));
    assertEquals(surname, driver.findElement(By.cssSelector("#search-results li .speaker mark")).getText());
  }

  /** At the actors' level a sector with no country (MIL, CVL) is a grey square, never a state's circle. */
  @Test
  void sectorOnlyActorsAreNeverDrawnAsCountries() throws Exception {
    JsonNode nodes = api("/api/network?level=actor").get("nodes");
    java.util.Set<String> sectors = new java.util.TreeSet<>();
    nodes.forEach(n -> {
      if (n.get("kind").asText().equals("sector")) {
        sectors.add(n.get("id").asText());
      }
    });
    assertFalse(sectors.isEmpty(), "the example has bare sectors: " + nodes);
    driver.get(base + "/#/network?level=actor");
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("#network-chart g.node")));
    java.util.Set<String> drawn = new java.util.TreeSet<>();
    for (WebElement g : driver.findElements(By.cssSelector("#network-chart g.node"))) {
      boolean square = !g.findElements(By.tagName("rect")).isEmpty();
      assertEquals(square, g.findElements(By.tagName("circle")).isEmpty(), g.getAttribute("data-id"));
      if (square) {
        drawn.add(g.getAttribute("data-id"));
      }
    }
    assertEquals(sectors, drawn);
    for (JsonNode n : api("/api/network").get("nodes")) {
      assertFalse(sectors.contains(n.get("id").asText()), "no bare sector among the states: " + n);
    }
  }

  /** The README's picture: the event table of the example corpus. */
  @Test
  void theReadmeScreenshot() throws Exception {
    driver.get(base + "/#/events?size=25");
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElements(
        By.cssSelector("#events-table tbody tr[data-event-id]")).size() == 25);
    Browser.screenshot(driver, "ui");
  }

  static JsonNode api(String path) throws Exception {
    HttpResponse<String> resp = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, resp.statusCode(), resp.body());
    return JSON.readTree(resp.body());
  }
}
