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
    assertEquals(points.size(), driver.findElements(By.cssSelector("#timeline-chart g.bar:not(.empty)")).size());
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
    busiest.findElement(By.cssSelector("circle")).click();
    wait.until(d -> d.getCurrentUrl().contains("#/events?") && d.getCurrentUrl().contains("place="));
    wait.until(d -> d.findElements(By.cssSelector("#events-table tbody tr[data-event-id]")).size()
        == Math.min(expected, 50)); // the table's first page
    assertTrue(driver.findElement(By.cssSelector(".chips")).getText().contains("place = " + name));
    JsonNode filtered = api("/api/events?size=500&place=" + java.net.URLEncoder.encode(name,
        java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(expected, filtered.get("total").asLong());
    for (JsonNode e : filtered.get("events")) {
      assertEquals(name, e.get("place").get("name").asText(), e::toString);
    }
  }

  static JsonNode api(String path) throws Exception {
    HttpResponse<String> resp = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, resp.statusCode(), resp.body());
    return JSON.readTree(resp.body());
  }
}
