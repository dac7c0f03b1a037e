package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.dyad.model.article.Article;
import org.dyad.model.article.IngestItem;
import org.dyad.model.article.Skipped;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, item 3: redirects and links found in fetched content must not reach private addresses
 * unless allowed, while URLs the user gave are fetched wherever they point. Two real servers on
 * 127.0.0.1: the "outlet" the user points at, and a "secret" service on another port that only a
 * redirect or a found link could lead to; it counts its requests, so a refusal is seen to reach it
 * not at all.
 */
class PrivateAddressTest {
  private static final IngestConfig CONFIG = IngestConfig.defaults().withDetectLanguage(false);
  private static final ArticleSource STRICT = new ArticleSource(CONFIG);
  private static final ArticleSource INTRANET =
      new ArticleSource(CONFIG.withAllowPrivateAddresses(true));
  private static final AtomicInteger SECRET_HITS = new AtomicInteger();
  private static LocalServer outlet;
  private static LocalServer secret;

  @TempDir
  Path dir;

  @BeforeAll
  static void start() throws IOException {
    secret = new LocalServer().on("/", ex -> {
      SECRET_HITS.incrementAndGet();
      LocalServer.send(ex, 200, "text/plain", Texts.article());
    });
    String hidden = secret.base() + "/admin";
    outlet = new LocalServer();
    String base = outlet.base();
    outlet.on("/hop", ex -> LocalServer.redirect(ex, hidden))
        .on("/same", ex -> LocalServer.redirect(ex, "/story"))
        .on("/story", ex -> LocalServer.send(ex, 200, "text/plain", Texts.article()))
        .on("/feed.rss", ex -> LocalServer.send(ex, 200, "application/rss+xml",
            LocalServer.rss(base + "/hop", hidden, base + "/same")));
  }

  @AfterAll
  static void stop() {
    outlet.close();
    secret.close();
  }

  @BeforeEach
  void resetCount() {
    SECRET_HITS.set(0);
  }

  private static List<IngestItem> read(ArticleSource source, String input) {
    List<IngestItem> items = new ArrayList<>();
    source.read(input, items::add);
    return items;
  }

  private static String reason(IngestItem item) {
    return assertInstanceOf(Skipped.class, item).reason();
  }

  @Test
  void fetchedFeedCannotLeadToAnotherLoopbackPortByDefault() {
    String feed = outlet.base() + "/feed.rss";
    List<IngestItem> items = read(STRICT, feed);
    assertEquals(3, items.size(), items.toString());
    // Entry 1: a page on the feed's own origin that redirects to the other port.
    String hop = reason(items.get(0));
    assertTrue(hop.startsWith(feed + ": entry 1 (" + outlet.base() + "/hop): refused "
        + secret.base() + "/admin (from " + outlet.base() + "/hop): 127.0.0.1 is a loopback "
        + "address; "), hop);
    assertTrue(hop.endsWith(IngestConfig.ALLOW_PRIVATE_OPTION), hop);
    // Entry 2: a direct link to the other port.
    assertTrue(reason(items.get(1)).contains("refused " + secret.base() + "/admin (from " + feed
        + ")"), reason(items.get(1)));
    // Entry 3: a redirect that stays on the origin the user chose is followed.
    assertEquals(Texts.article(), assertInstanceOf(Article.class, items.get(2)).text());
    assertEquals(0, SECRET_HITS.get());
  }

  @Test
  void fetchedFeedMayLeadToAnotherLoopbackPortWhenAllowed() {
    List<IngestItem> items = read(INTRANET, outlet.base() + "/feed.rss");
    assertEquals(3, items.size(), items.toString());
    for (IngestItem item : items) {
      assertEquals(Texts.article(), assertInstanceOf(Article.class, item).text());
    }
    assertEquals(2, SECRET_HITS.get());
  }

  @Test
  void typedUrlIsFetchedButItsRedirectElsewhereIsChecked() {
    // Typed: fetched wherever it points, the project's own tests rely on it.
    assertEquals(Texts.article(), assertInstanceOf(Article.class,
        read(STRICT, secret.base() + "/admin").get(0)).text());
    assertEquals(1, SECRET_HITS.get());
    assertTrue(reason(read(STRICT, outlet.base() + "/hop").get(0))
        .startsWith("refused " + secret.base() + "/admin (from " + outlet.base() + "/hop)"));
    assertEquals(1, SECRET_HITS.get());
    assertInstanceOf(Article.class, read(INTRANET, outlet.base() + "/hop").get(0));
    assertEquals(2, SECRET_HITS.get());
  }

  @Test
  void linksInTheUsersOwnFeedFileCountAsTyped() throws IOException {
    Path feed = Files.writeString(dir.resolve("saved.rss"),
        LocalServer.rss(secret.base() + "/admin"));
    assertInstanceOf(Article.class, read(STRICT, feed.toString()).get(0));
    assertEquals(1, SECRET_HITS.get());
  }

  @Test
  void publicPageNeverLeadsToAPrivateAddressEvenWhenAllowed() {
    // IP literals resolve without DNS: 93.184.216.34 is a public address, nothing is requested.
    URI target = URI.create(secret.base() + "/admin");
    PrivateAddressGuard intranet = new PrivateAddressGuard(true);
    String refusal = intranet.refusal(target, null, URI.create("http://93.184.216.34/feed"));
    assertNotNull(refusal);
    assertTrue(refusal.endsWith("a public address never leads to a private one"), refusal);
    assertNull(intranet.refusal(target, null, URI.create("http://10.1.2.3/feed")));
    assertNull(new PrivateAddressGuard(false).refusal(URI.create("http://93.184.216.34/x"), null,
        URI.create("http://10.1.2.3/feed")));
    assertNull(new PrivateAddressGuard(false).refusal(target, null, null), "typed");
  }

  @Test
  void privateAddressKinds() throws IOException {
    for (String a : List.of("127.0.0.1", "127.8.9.10", "::1", "10.0.0.1", "172.16.5.4",
        "172.31.255.255", "192.168.1.1", "169.254.169.254", "fe80::1", "fc00::1", "fd12:3456::1",
        "0.0.0.0", "0.1.2.3", "::", "224.0.0.1", "ff02::1", "100.64.0.1", "::ffff:127.0.0.1",
        "::ffff:192.168.0.1")) {
      assertTrue(PrivateAddressGuard.isPrivate(InetAddress.getByName(a)), a);
    }
    for (String a : List.of("8.8.8.8", "93.184.216.34", "172.32.0.1", "100.128.0.1", "11.0.0.1",
        "2001:4860:4860::8888", "::ffff:8.8.8.8")) {
      assertFalse(PrivateAddressGuard.isPrivate(InetAddress.getByName(a)), a);
    }
  }
}
