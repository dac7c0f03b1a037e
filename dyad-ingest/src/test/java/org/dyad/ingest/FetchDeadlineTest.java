package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.dyad.model.article.Article;
import org.dyad.model.article.IngestItem;
import org.dyad.model.article.Skipped;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, item 1: a server that sends its headers at once and then one byte every 2 s must not
 * stall a fetch past the total deadline, whether the URL was typed, is a feed, or is a page a feed
 * links to; the batch goes on with the next document.
 */
class FetchDeadlineTest {
  private static final Duration DEADLINE = Duration.ofSeconds(2);
  /** Far under the trickle's 60 s, far over the deadline plus a slow machine's start-up. */
  private static final Duration LIMIT = Duration.ofSeconds(15);
  private static final ArticleSource SOURCE = new ArticleSource(IngestConfig.defaults()
      .withDetectLanguage(false).withFetchDeadline(DEADLINE));
  private static LocalServer server;
  /** Released each time the trickling handler finds the client gone. */
  private static final Semaphore HUNG_UP = new Semaphore(0);

  @BeforeAll
  static void start() throws IOException {
    server = new LocalServer()
        .on("/trickle", ex -> {
          ex.getResponseHeaders().add("Content-Type", "text/plain");
          ex.sendResponseHeaders(200, 0);
          try (OutputStream out = ex.getResponseBody()) {
            for (int i = 0; i < 30; i++) {
              out.write('a');
              out.flush();
              Thread.sleep(2000);
            }
          } catch (IOException e) {
            HUNG_UP.release();
          } catch (InterruptedException e) {
            // The server is stopping.
          }
        })
        .on("/good", ex -> LocalServer.send(ex, 200, "text/plain", Texts.article()));
    String base = server.base();
    server.on("/feed.rss", ex -> LocalServer.send(ex, 200, "application/rss+xml",
        LocalServer.rss(base + "/trickle", base + "/good")));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static List<IngestItem> read(String... inputs) {
    List<IngestItem> items = new ArrayList<>();
    assertTimeoutPreemptively(LIMIT, () -> {
      for (String input : inputs) {
        SOURCE.read(input, items::add);
      }
    });
    return items;
  }

  private static String deadlineReason(String url) {
    return "gave up on " + url + ": not complete within the 2 s fetch deadline";
  }

  @Test
  void defaultDeadlineIsAMinute() {
    assertEquals(Duration.ofSeconds(60), IngestConfig.defaults().fetchDeadline());
  }

  @Test
  void tricklingPageEndsAtTheDeadlineAndTheBatchGoesOn() throws InterruptedException {
    HUNG_UP.drainPermits();
    String slow = server.base() + "/trickle";
    List<IngestItem> items = read(slow, server.base() + "/good");
    assertEquals(2, items.size(), items.toString());
    assertEquals(deadlineReason(slow), assertInstanceOf(Skipped.class, items.get(0)).reason());
    assertEquals(Texts.article(), assertInstanceOf(Article.class, items.get(1)).text());
    // Giving up closes the connection: a batch of trickling pages does not pile up open sockets.
    assertTrue(HUNG_UP.tryAcquire(10, TimeUnit.SECONDS), "connection left open");
  }

  @Test
  void tricklingFeedEntryPageEndsAtTheDeadline() {
    String feed = server.base() + "/feed.rss";
    String slow = server.base() + "/trickle";
    List<IngestItem> items = read(feed);
    assertEquals(2, items.size(), items.toString());
    assertEquals(feed + ": entry 1 (" + slow + "): " + deadlineReason(slow),
        assertInstanceOf(Skipped.class, items.get(0)).reason());
    assertEquals(Texts.article(), assertInstanceOf(Article.class, items.get(1)).text());
  }

  @Test
  void tricklingFeedItselfEndsAtTheDeadline() {
    // Under FEED a trickling URL is read as a feed: the deadline holds before any parsing.
    ArticleSource feeds = new ArticleSource(SOURCE.config().withFormat(InputFormat.FEED));
    String slow = server.base() + "/trickle";
    List<IngestItem> items = new ArrayList<>();
    assertTimeoutPreemptively(LIMIT, () -> feeds.read(slow, items::add));
    assertEquals(List.of(deadlineReason(slow)),
        items.stream().map(i -> ((Skipped) i).reason()).toList());
  }
}
