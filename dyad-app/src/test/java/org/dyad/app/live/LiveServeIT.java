package org.dyad.app.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.dyad.pipeline.analyze.AnalyzerConfig;
import org.dyad.pipeline.analyze.ArticleAnalyzer;
import org.dyad.pipeline.ingest.CorpusIngester;
import org.dyad.ingest.ArticleSource;
import org.dyad.ingest.IngestConfig;
import org.dyad.store.Store;
import org.dyad.web.ServeConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dyad serve --watch DIR} on a temporary store, with the real NLP models, DuckDB, Lucene and
 * HTTP: a file dropped into the watched folder shows up as events through {@code /api/events?after=}
 * within a poll or two while other requests keep being answered; a {@code dyad ingest} started in
 * another process meanwhile hands its articles to the server and succeeds; and the store then holds
 * what a batch ingest of the same files holds. The models load once, in this JVM; the other process
 * reads and sends only.
 */
class LiveServeIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration POLL = Duration.ofSeconds(1);

  /** Three short wire stories of our own, each with a dateline, so no date depends on today. */
  private static final Map<String, String> FILES = new LinkedHashMap<>();

  static {
    FILES.put("oslo.txt", "Fisheries accord\n\nOSLO, June 12, 2025 — Norway and Sweden signed a fisheries"
        + " agreement in Oslo on Thursday. The Norwegian foreign minister praised Sweden for its patience.\n");
    FILES.put("lima.txt", "Border dispute\n\nLIMA, June 10, 2025 — Peru accused Chile of violating its"
        + " airspace on Monday. Chile rejected the accusation and demanded an apology from Peru.\n");
    FILES.put("kyiv.txt", "Talks\n\nKYIV, June 11, 2025 — Ukraine and Poland agreed to reopen a border"
        + " crossing on Wednesday. Poland promised humanitarian aid to Ukraine.\n");
  }

  @TempDir
  Path tmp;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void watchedFilesAndAHandedOverIngestEndAsABatchIngestDoes() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    for (Map.Entry<String, String> f : FILES.entrySet()) {
      Files.writeString(corpus.resolve(f.getKey()), f.getValue());
    }
    ArticleAnalyzer analyzer = new ArticleAnalyzer(AnalyzerConfig.defaults());
    ArticleSource source = new ArticleSource(IngestConfig.defaults());
    StringWriter log = new StringWriter();
    PrintWriter err = new PrintWriter(log, true);

    Map<String, Long> batch;
    try (Store s = Store.open(tmp.resolve("batch"), false)) {
      new CorpusIngester(analyzer, source, s, new CorpusIngester.Options(1, null, false, 3600), err)
          .run(List.of(corpus.toString()), null);
      batch = counts(s);
    }
    assertEquals(3L, batch.get("articles"), log.toString());
    assertTrue(batch.get("events") > 0, "the stories code to events: " + batch);

    Path inbox = Files.createDirectories(tmp.resolve("inbox"));
    try (Store s = Store.open(tmp.resolve("live"), false)) {
      try (LiveServer server = LiveServer.start(s, new ServeConfig("127.0.0.1", 0, 2),
          new LiveServer.Options(List.of(inbox.toString()), POLL, 1, null), () -> analyzer, source, err,
          org.dyad.store.export.CountryCodes.NONE)) {
        String base = "http://127.0.0.1:" + server.port();
        assertEquals(0, get(base + "/api/events?after=0").get("total").asLong());

        // A file dropped in as a mail folder would: written under a hidden name, then renamed.
        Path part = inbox.resolve(".oslo.txt.part");
        Files.writeString(part, FILES.get("oslo.txt"));
        long dropped = System.nanoTime();
        Files.move(part, inbox.resolve("oslo.txt"));
        AtomicInteger answered = new AtomicInteger();
        JsonNode page = null;
        while (System.nanoTime() - dropped < TimeUnit.SECONDS.toNanos(60)) {
          // Other requests are answered meanwhile: each has 5 s, while the ingest runs.
          get(base + "/api/stats");
          answered.incrementAndGet();
          page = get(base + "/api/events?after=0");
          if (page.get("total").asLong() > 0) {
            break;
          }
          Thread.sleep(100);
        }
        double seconds = (System.nanoTime() - dropped) / 1e9;
        assertTrue(page.get("total").asLong() > 0, "the dropped file's events appear: " + log);
        System.err.printf("LiveServeIT: the dropped file's events were served %.1f s after the drop"
            + " (poll %d s); %d other requests answered meanwhile%n", seconds, POLL.toSeconds(), answered.get());
        assertTrue(seconds < 30, "within a poll and one article's analysis: " + seconds + " s");
        assertTrue(answered.get() > 1, "the API answered while the article was ingested");
        long cursor = page.get("cursor").asLong();
        assertEquals(page.get("events").get(page.get("events").size() - 1).get("id").asLong(), cursor);
        JsonNode search = get(base + "/api/search?q=fisheries");
        assertTrue(search.get("total").asLong() > 0, "search sees the new article: " + search);

        // A concurrent 'dyad ingest' in another process: the store is held, so it hands over.
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx1g", "-cp", System.getProperty("java.class.path"), "org.dyad.app.cli.DyadCommand", "ingest",
            "--store", tmp.resolve("live").toString(), corpus.resolve("lima.txt").toString(),
            corpus.resolve("kyiv.txt").toString(), corpus.resolve("oslo.txt").toString())
            .redirectErrorStream(true).start();
        // Meanwhile the watched folder gets its second file.
        Files.writeString(inbox.resolve(".lima.txt.part"), FILES.get("lima.txt"));
        Files.move(inbox.resolve(".lima.txt.part"), inbox.resolve("lima.txt"));
        assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the handed-over ingest ends");
        String childOut = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, child.exitValue(), childOut);
        assertTrue(childOut.contains("handing the articles to it"), childOut);

        JsonNode after = get(base + "/api/events?after=" + cursor);
        assertTrue(after.get("total").asLong() > 0, "new events after the cursor: " + after);
        for (JsonNode e : after.get("events")) {
          assertTrue(e.get("id").asLong() > cursor, e.toString());
        }
        waitForArticles(s, 3);
      }
      assertEquals(batch, counts(s), "the same store as a batch ingest of the same files; log: " + log);
    }
  }

  private JsonNode get(String url) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5))
        .GET().build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), url + ": " + r.body());
    return JSON.readTree(r.body());
  }

  /** Waits for the watch to store the files dropped last (the watch may poll once more). */
  private static void waitForArticles(Store s, long n) throws Exception {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (counts(s).get("articles") < n && System.nanoTime() < end) {
      Thread.sleep(200);
    }
  }

  private static Map<String, Long> counts(Store s) throws Exception {
    Map<String, Long> out = new LinkedHashMap<>();
    try (Connection c = s.connect(); Statement st = c.createStatement()) {
      for (String table : List.of("articles", "events", "event_mentions", "actors", "quotes", "ingest_errors")) {
        try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
          rs.next();
          out.put(table.equals("event_mentions") ? "mentions" : table, rs.getLong(1));
        }
      }
      try (ResultSet rs = st.executeQuery("SELECT coalesce(sum(num_mentions), 0) FROM events")) {
        rs.next();
        out.put("num_mentions", rs.getLong(1));
      }
      try (ResultSet rs = st.executeQuery("SELECT string_agg(CAST(published AS VARCHAR), ',' ORDER BY published)"
          + " FROM articles")) {
        rs.next();
        out.put("published:" + rs.getString(1), 0L);
      }
    }
    return out;
  }
}
