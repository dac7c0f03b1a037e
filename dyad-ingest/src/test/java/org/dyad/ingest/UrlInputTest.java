package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.article.Article;
import org.dyad.model.article.IngestItem;
import org.dyad.model.article.Skipped;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** URL input against a real HTTP server on the loopback interface; no outside network. */
class UrlInputTest {
  private static final Charset CP1251 = Charset.forName("windows-1251");
  private static HttpServer server;
  private static String base;
  private static final ArticleSource SOURCE = new ArticleSource(
      IngestConfig.defaults().withHttpTimeout(Duration.ofSeconds(5)));

  @BeforeAll
  static void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/news/halvik-talks.html", ex -> send(ex, 200,
        "text/html; charset=utf-8", Pages.wrapped("<meta property=\"article:published_time\" "
            + "content=\"2025-06-04T07:00:00Z\">").getBytes(StandardCharsets.UTF_8)));
    server.createContext("/old", ex -> {
      ex.getResponseHeaders().add("Location", "/news/halvik-talks.html");
      send(ex, 301, "text/plain", new byte[0]);
    });
    server.createContext("/plain", ex -> send(ex, 200, "text/plain",
        Texts.article().getBytes(StandardCharsets.UTF_8)));
    server.createContext("/ru", ex -> send(ex, 200, "text/html; charset=windows-1251",
        ("<html><body><p>" + Texts.RUSSIAN + "</p></body></html>").getBytes(CP1251)));
    server.createContext("/big", ex -> send(ex, 200, "text/plain", new byte[2048]));
    server.createContext("/stream", ex -> {
      // Chunked, no Content-Length: the limit must stop the read itself.
      ex.getResponseHeaders().add("Content-Type", "text/plain");
      ex.sendResponseHeaders(200, 0);
      try (OutputStream out = ex.getResponseBody()) {
        for (int i = 0; i < 64; i++) {
          out.write("Troops withdrew. ".repeat(8).getBytes(StandardCharsets.US_ASCII));
        }
      } catch (IOException e) {
        // The client stops reading early.
      }
    });
    server.createContext("/image.png", ex -> send(ex, 200, "image/png", new byte[] {1, 2, 3}));
    server.createContext("/", ex -> send(ex, 404, "text/html", "<p>Not found</p>".getBytes(
        StandardCharsets.UTF_8)));
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body)
      throws IOException {
    ex.getResponseHeaders().add("Content-Type", type);
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  private static IngestItem one(ArticleSource source, String url) {
    List<IngestItem> items = new ArrayList<>();
    source.read(url, items::add);
    assertEquals(1, items.size(), items.toString());
    return items.get(0);
  }

  @Test
  void htmlPage() {
    String url = base + "/news/halvik-talks.html";
    Article a = assertInstanceOf(Article.class, one(SOURCE, url));
    assertEquals(new Article("halvik-talks", Texts.TITLE, url, java.time.LocalDate.of(2025, 6, 4),
        "en", Texts.article(), url), a);
  }

  @Test
  void redirectIsFollowed() {
    String url = base + "/old";
    Article a = assertInstanceOf(Article.class, one(SOURCE, url));
    assertEquals(Texts.article(), a.text());
    assertEquals(base + "/news/halvik-talks.html", a.url());
    assertEquals(url, a.source());
  }

  @Test
  void plainTextByContentType() {
    Article a = assertInstanceOf(Article.class, one(SOURCE, base + "/plain"));
    assertEquals(Texts.TITLE, a.title());
    assertEquals(Texts.article(), a.text());
  }

  @Test
  void notFound() {
    String url = base + "/missing";
    assertEquals(new Skipped("missing", null, url, url, "HTTP 404 from " + url), one(SOURCE, url));
  }

  @Test
  void windows1251DeclaredInHeader() {
    ArticleSource raw = new ArticleSource(IngestConfig.defaults().withDetectLanguage(false));
    assertEquals(Texts.RUSSIAN, ((Article) one(raw, base + "/ru")).text());
    assertEquals("not English (detected: ru)", ((Skipped) one(SOURCE, base + "/ru")).reason());
  }

  @Test
  void tooLargeBodies() {
    ArticleSource small = new ArticleSource(IngestConfig.defaults().withMaxBytes(1000));
    assertEquals("larger than 1000 bytes (2048) at " + base + "/big",
        ((Skipped) one(small, base + "/big")).reason());
    assertEquals("larger than 1000 bytes at " + base + "/stream",
        ((Skipped) one(small, base + "/stream")).reason());
  }

  @Test
  void unsupportedContentType() {
    assertEquals("unsupported content type image/png from " + base + "/image.png",
        ((Skipped) one(SOURCE, base + "/image.png")).reason());
  }

  @Test
  void connectionRefused() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    String url = "http://127.0.0.1:" + port + "/x";
    String reason = ((Skipped) one(SOURCE, url)).reason();
    assertEquals("connection refused: 127.0.0.1:" + port + " (fetching " + url + ")", reason);
  }
}
