package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.store.Store;
import org.dyad.store.query.ArticleQueries;
import org.dyad.store.search.SearchIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 during an ingest loses nothing reported stored, leaves no half-written article, and a
 * rerun finishes with exactly the store of a clean run: the same counts, and, since articles are
 * stored in input order, the same rows with the same ids. The ingest runs in a child JVM so it can
 * be killed for real (SIGKILL); the built-in example corpus is the input.
 */
class IngestCrashIT {
  private static final Pattern STORED = Pattern.compile("dyad ingest: \\S+ read, (\\d+) stored");

  @TempDir
  Path dir;

  @Test
  void killedIngestResumesToTheCountsOfACleanRun() throws Exception {
    Path clean = dir.resolve("clean");
    Path crashed = dir.resolve("crashed");
    CliRun cli = new CliRun();
    assertEquals(0, cli.run("ingest", "--store", clean.toString(), "--date", "2025-06-02"), cli.err());

    Process child = new ProcessBuilder(javaBin(), "-Xmx2g", "-cp", System.getProperty("java.class.path"),
        "org.dyad.app.cli.DyadCommand", "ingest", "--store", crashed.toString(), "--date", "2025-06-02",
        "--threads", "1", "--log-every", "0").redirectErrorStream(true).start();
    int reported = 0;
    List<String> lines = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(),
        StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        lines.add(line);
        Matcher m = STORED.matcher(line);
        if (m.find() && Integer.parseInt(m.group(1)) >= 3) {
          reported = Integer.parseInt(m.group(1));
          child.destroyForcibly(); // SIGKILL: no shutdown hooks, no flushing
          break;
        }
      }
    }
    assertTrue(child.waitFor(60, TimeUnit.SECONDS));
    assertTrue(reported >= 3, "the child reported stored articles before the kill: " + lines);

    try (Store s = Store.open(crashed, true); Connection c = s.connect(); Statement st = c.createStatement()) {
      long stored = count(st, "SELECT count(*) FROM articles");
      assertTrue(stored >= reported, "nothing reported stored is lost: " + stored + " < " + reported);
      // No half-written article: each article's own counts agree with its rows.
      assertEquals(0, count(st, "SELECT count(*) FROM articles a WHERE a.n_events <> (SELECT count(*)"
          + " FROM event_mentions m WHERE m.article_id = a.id) OR a.n_quotes <> (SELECT count(*) FROM quotes q"
          + " WHERE q.article_id = a.id)"));
      assertEquals(count(st, "SELECT count(*) FROM event_mentions"),
          count(st, "SELECT coalesce(sum(num_mentions), 0) FROM events"));
    }

    assertEquals(0, cli.run("ingest", "--store", crashed.toString(), "--date", "2025-06-02"), cli.err());
    assertEquals(stats(clean), stats(crashed));
    // Stored in input order: the resumed store is the clean one row for row, ids included.
    String articles = "SELECT id, doc_id, story_id FROM articles ORDER BY id";
    String events = "SELECT id, event_key, num_mentions, num_articles, num_sources, first_article FROM events"
        + " ORDER BY id";
    assertEquals(rows(clean, articles), rows(crashed, articles));
    assertEquals(rows(clean, events), rows(crashed, events));
    try (Store s = Store.open(crashed, true); SearchIndex index = new SearchIndex(s)) {
      assertEquals(12, index.search("*:*", "article", 50).total(), "the search index caught up");
    }
  }

  private static ArticleQueries.Stats stats(Path store) {
    try (Store s = Store.open(store, true)) {
      return ArticleQueries.stats(s);
    }
  }

  private static List<String> rows(Path store, String sql) throws Exception {
    List<String> out = new ArrayList<>();
    try (Store s = Store.open(store, true); Connection c = s.connect(); Statement st = c.createStatement();
         ResultSet rs = st.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          row.append(rs.getString(i)).append('|');
        }
        out.add(row.toString());
      }
    }
    return out;
  }

  private static long count(Statement st, String sql) throws Exception {
    try (ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
