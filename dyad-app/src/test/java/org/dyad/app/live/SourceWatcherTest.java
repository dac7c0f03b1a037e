package org.dyad.app.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.pipeline.analyze.AnalyzerConfig;
import org.dyad.pipeline.analyze.ArticleAnalyzer;
import org.dyad.ingest.ArticleSource;
import org.dyad.ingest.IngestConfig;
import org.dyad.model.text.ParsedDocument;
import org.dyad.store.Store;
import org.dyad.store.search.SearchIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watch on its own: a file dropped into a watched folder is stored by the next poll, and a source
 * that cannot be reached is logged and retried ever later (twice, four times ... the interval)
 * without stopping the watch of the others. Real folder, HTTP client, ingest, DuckDB and Lucene; the
 * parser is a model-free stand-in (no sentences), as what is watched does not depend on it.
 */
class SourceWatcherTest {
  private static final Pattern RETRY = Pattern.compile("next try in (\\d+\\.\\d) s");

  @TempDir
  Path tmp;

  @Test
  void aDroppedFileIsStoredAndAnUnreachableSourceBacksOff() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort(); // free once closed: nothing listens there
    }
    String dead = "http://127.0.0.1:" + closedPort + "/feed.xml";
    Path inbox = Files.createDirectories(tmp.resolve("inbox"));
    ArticleAnalyzer analyzer = new ArticleAnalyzer(AnalyzerConfig.defaults(),
        () -> (text, reference) -> new ParsedDocument(text, reference, List.of(), List.of(), List.of(), 0),
        UnaryOperator.identity());
    StringWriter log = new StringWriter();
    PrintWriter err = new PrintWriter(log, true);
    try (Store store = Store.open(tmp.resolve("store"), false);
         SearchIndex index = new SearchIndex(store, err::println);
         LiveIngest live = new LiveIngest(store, index, () -> analyzer,
             new ArticleSource(IngestConfig.defaults().withDetectLanguage(false)), 1, err);
         SourceWatcher watcher = new SourceWatcher(live, List.of(dead, inbox.toString()), Duration.ofMillis(200),
             LocalDate.of(2025, 6, 4), err)) {
      watcher.start();
      Files.writeString(inbox.resolve(".a.txt.part"), "Norway and Sweden signed a fisheries accord in Oslo.");
      Files.move(inbox.resolve(".a.txt.part"), inbox.resolve("a.txt"));
      long end = System.nanoTime() + 10_000_000_000L;
      while ((articles(store) < 1 || retries(log).size() < 3) && System.nanoTime() < end) {
        Thread.sleep(50);
      }
      assertEquals(1, articles(store), "the dropped file was stored: " + log);
      List<Double> waits = retries(log);
      assertTrue(waits.size() >= 3, log.toString());
      assertEquals(List.of(0.4, 0.8, 1.6), waits.subList(0, 3), "each failure doubles the wait: " + log);
      assertTrue(log.toString().contains("dyad watch: " + dead + " failed (connection refused: 127.0.0.1:"), log.toString());
      assertTrue(log.toString().contains("dyad watch: " + inbox + ": 1 new article"), log.toString());
    }
  }

  private static List<Double> retries(StringWriter log) {
    Matcher m = RETRY.matcher(log.toString());
    List<Double> out = new java.util.ArrayList<>();
    while (m.find()) {
      out.add(Double.parseDouble(m.group(1)));
    }
    return out;
  }

  private static long articles(Store store) throws Exception {
    try (Connection c = store.connect(); Statement st = c.createStatement();
         ResultSet rs = st.executeQuery("SELECT count(*) FROM articles")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
