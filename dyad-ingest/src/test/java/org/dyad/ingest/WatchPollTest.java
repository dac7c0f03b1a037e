package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.dyad.model.article.Article;
import org.dyad.model.article.IngestItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a watch's poll reads ({@link ArticleSource#poll}): a folder's new and changed files only, a URL
 * again only when its server says it changed (a real HTTP server on 127.0.0.1 that honours
 * {@code If-None-Match}), and requests to one host spaced by the configured interval.
 */
class WatchPollTest {
  private static final String TEXT = "Norway and Sweden signed a fisheries accord in Oslo on Monday.";

  @TempDir
  Path tmp;

  private final ArticleSource source = new ArticleSource(IngestConfig.defaults().withDetectLanguage(false));

  private List<String> poll(String input, WatchState state) {
    List<String> names = new ArrayList<>();
    source.poll(input, state, item -> names.add(item.source()));
    return names;
  }

  @Test
  void aFolderGivesItsNewAndChangedFilesOnly() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("inbox"));
    WatchState state = new WatchState();
    assertEquals(List.of(), poll(dir.toString(), state), "an empty watched folder is no error");
    Files.writeString(dir.resolve("a.txt"), TEXT);
    assertEquals(List.of("inbox/a.txt"), poll(dir.toString(), state));
    assertEquals(List.of(), poll(dir.toString(), state), "nothing changed");
    Files.writeString(dir.resolve("b.txt"), TEXT + " Again.");
    Files.writeString(dir.resolve(".c.txt.part"), "half written");
    assertEquals(List.of("inbox/b.txt"), poll(dir.toString(), state), "hidden files wait for their rename");
    Files.writeString(dir.resolve("a.txt"), TEXT + " Corrected.");
    Files.setLastModifiedTime(dir.resolve("a.txt"), FileTime.fromMillis(System.currentTimeMillis() + 5000));
    assertEquals(List.of("inbox/a.txt"), poll(dir.toString(), state));
  }

  @Test
  void aUrlIsReadAgainOnlyWhenItsServerSaysItChanged() throws Exception {
    List<String> conditions = new CopyOnWriteArrayList<>();
    String[] etag = {"\"v1\""};
    try (LocalServer server = new LocalServer().on("/news", ex -> {
      String asked = ex.getRequestHeaders().getFirst("If-None-Match");
      conditions.add(String.valueOf(asked));
      if (etag[0].equals(asked)) {
        LocalServer.send(ex, 304, "text/plain", "");
        return;
      }
      ex.getResponseHeaders().add("ETag", etag[0]);
      LocalServer.send(ex, 200, "text/plain", TEXT + " Version " + etag[0]);
    })) {
      String url = server.base() + "/news";
      WatchState state = new WatchState();
      List<IngestItem> items = new ArrayList<>();
      source.poll(url, state, items::add);
      assertEquals(1, items.size());
      assertTrue(items.get(0) instanceof Article, items.toString());
      assertEquals(0, pollCount(url, state), "304: nothing to read");
      etag[0] = "\"v2\"";
      assertEquals(1, pollCount(url, state), "a changed page is read");
      assertEquals(List.of("null", "\"v1\"", "\"v1\""), conditions);
      List<IngestItem> plain = new ArrayList<>();
      source.read(url, plain::add);
      assertEquals(1, plain.size(), "a batch read is never conditional");
    }
  }

  private int pollCount(String url, WatchState state) {
    int[] n = {0};
    source.poll(url, state, item -> n[0]++);
    return n[0];
  }

  @Test
  void requestsToOneHostAreSpaced() throws Exception {
    HostPacer pacer = new HostPacer(Duration.ofMillis(200));
    long start = System.nanoTime();
    pacer.await("example.org");
    pacer.await("EXAMPLE.org");
    pacer.await("other.example");
    pacer.await("example.org");
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(millis >= 390, "two waits of 200 ms for the same host: " + millis + " ms");
    assertTrue(millis < 1500, "the other host did not wait: " + millis + " ms");
    long zero = System.nanoTime();
    HostPacer none = new HostPacer(Duration.ZERO);
    for (int i = 0; i < 100; i++) {
      none.await("example.org");
    }
    assertTrue((System.nanoTime() - zero) / 1_000_000 < 100, "a zero interval never waits");
  }
}
