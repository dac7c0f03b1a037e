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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.article.Article;
import org.dyad.model.article.IngestItem;
import org.dyad.model.article.Skipped;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RSS and Atom feeds written by the test; linked pages come from a server on the loopback. */
class FeedArticleReaderTest {
  private static final ArticleSource SOURCE = new ArticleSource(IngestConfig.defaults()
      .withDetectLanguage(false).withHttpTimeout(Duration.ofSeconds(5)));
  private static final String TEASER = "Forty trucks reached the Lower Vel valley on Thursday.";
  private static HttpServer server;
  private static String base;

  @TempDir
  Path dir;

  @BeforeAll
  static void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/world/aid-convoy-valley", ex -> send(ex, 200, "text/html; charset=utf-8",
        Stories.CONVOY.page("2025-06-05T10:00:00Z")));
    server.createContext("/feeds/world.rss", ex -> send(ex, 200, "application/rss+xml",
        rss(item(Stories.GRAIN, "Mon, 02 Jun 2025 08:00:00 GMT"))));
    server.createContext("/", ex -> send(ex, 404, "text/html", "<p>Not found</p>"));
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  private static void send(HttpExchange ex, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", type);
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static String rss(String... items) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<?xml-stylesheet type=\"text/xsl\" href=\"/feed.xsl\"?>\n<!-- Halvik Herald -->\n"
        + "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">\n"
        + "<channel><title>Halvik Herald: World</title><link>https://herald.example/</link>\n"
        + "<description>News from the region</description>\n" + String.join("\n", items)
        + "</channel></rss>\n";
  }

  /** An item with the full story in content:encoded and a teaser as description. */
  private static String item(Stories.Story story, String pubDate) {
    return "<item><title>" + Entities.escape(story.title()) + "</title><link>" + story.url()
        + "</link><guid>" + story.url() + "</guid><pubDate>" + pubDate + "</pubDate>"
        + "<description>" + Entities.escape("<p>" + story.body().get(0) + "</p>") + "</description>"
        + "<content:encoded><![CDATA[" + story.html() + "]]></content:encoded></item>";
  }

  private static String teaser(String title, String link, String description) {
    return "<item><title>" + title + "</title><link>" + link + "</link>"
        + "<pubDate>Thu, 05 Jun 2025 09:00:00 GMT</pubDate>"
        + (description == null ? "" : "<description>" + Entities.escape(description)
        + "</description>") + "</item>";
  }

  private static List<IngestItem> read(String input) {
    List<IngestItem> items = new ArrayList<>();
    SOURCE.read(input, items::add);
    return items;
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  @Test
  void rssWithFullContent() throws IOException {
    // 23:30 at UTC-5 is already the next day in UTC.
    Path file = write("world.rss", rss(item(Stories.GRAIN, "Mon, 02 Jun 2025 08:00:00 GMT"),
        item(Stories.VOTE, "Tue, 03 Jun 2025 23:30:00 -0500")));
    assertEquals(List.of(
        new Article("grain-corridor-reopens", Stories.GRAIN.title(), Stories.GRAIN.url(),
            LocalDate.of(2025, 6, 2), null, Stories.GRAIN.bodyText(), InputRelativeNamesTest.stored(file) + ": entry 1"),
        new Article("border-treaty-vote", Stories.VOTE.title(), Stories.VOTE.url(),
            LocalDate.of(2025, 6, 4), null, Stories.VOTE.bodyText(), InputRelativeNamesTest.stored(file) + ": entry 2")),
        read(file.toString()));
  }

  @Test
  void atomWithHtmlAndXhtmlContent() throws IOException {
    Path file = write("world.atom", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Halvik Herald</title>"
        + "<id>urn:uuid:herald</id><updated>2025-06-05T12:00:00Z</updated>\n"
        + "<entry><title type=\"html\">" + Entities.escape("<b>" + Stories.VOTE.title() + "</b>")
        + "</title><link rel=\"alternate\" href=\"" + Stories.VOTE.url() + "\"/>"
        + "<id>urn:herald:vote</id><published>2025-06-04T06:00:00+02:00</published>"
        + "<updated>2025-06-04T09:00:00Z</updated>"
        + "<content type=\"html\">" + Entities.escape(Stories.VOTE.html()) + "</content></entry>\n"
        + "<entry><title>" + Stories.CONVOY.title() + "</title><link href=\"" + Stories.CONVOY.url()
        + "\"/><id>urn:herald:convoy</id><updated>2025-06-05T11:00:00Z</updated>"
        + "<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">"
        + Stories.CONVOY.html()
        + "</div></content></entry>\n</feed>\n");
    List<IngestItem> items = read(file.toString());
    assertEquals(List.of(
        new Article("border-treaty-vote", Stories.VOTE.title(), Stories.VOTE.url(),
            LocalDate.of(2025, 6, 4), null, Stories.VOTE.bodyText(), InputRelativeNamesTest.stored(file) + ": entry 1"),
        new Article("aid-convoy-valley", Stories.CONVOY.title(), Stories.CONVOY.url(),
            LocalDate.of(2025, 6, 5), null, Stories.CONVOY.bodyText(), InputRelativeNamesTest.stored(file) + ": entry 2")), items);
  }

  @Test
  void shortEntriesFetchTheirPage() throws IOException {
    String page = base + "/world/aid-convoy-valley";
    String gone = base + "/world/gone";
    // An .xml name: recognised as a feed by its root element.
    Path file = write("teasers.xml", rss(
        teaser("Convoy reaches valley", page, "<p>" + TEASER + "</p>"),
        teaser("Minister resigns", gone, "The minister resigned on Thursday."),
        teaser("Storm warning", gone, null)));
    List<IngestItem> items = read(file.toString());
    assertEquals(3, items.size(), items.toString());
    // The page's own title and date win over the entry's.
    assertEquals(new Article("aid-convoy-valley", Stories.CONVOY.title(), page,
        LocalDate.of(2025, 6, 5), null, Stories.CONVOY.pageText(), InputRelativeNamesTest.stored(file) + ": entry 1"),
        items.get(0));
    assertEquals(new Article("gone", "Minister resigns", gone, LocalDate.of(2025, 6, 5), null,
        "The minister resigned on Thursday.", InputRelativeNamesTest.stored(file) + ": entry 2"), items.get(1));
    assertEquals(new Skipped("gone", "Storm warning", gone, file + ": entry 3",
        file + ": entry 3 (" + gone + "): HTTP 404 from " + gone), items.get(2));
  }

  @Test
  void feedByUrl() {
    List<IngestItem> items = read(base + "/feeds/world.rss");
    assertEquals(1, items.size(), items.toString());
    Article a = assertInstanceOf(Article.class, items.get(0));
    assertEquals(Stories.GRAIN.title(), a.title());
    assertEquals(base + "/feeds/world.rss: entry 1", a.source());
  }

  @Test
  void brokenAndEmptyFeeds() throws IOException {
    Path broken = write("broken.rss", "<rss version=\"2.0\"><channel><item><title>Cut off");
    Skipped skipped = assertInstanceOf(Skipped.class, read(broken.toString()).get(0));
    assertTrue(skipped.reason().startsWith(broken + ": not a readable feed ("), skipped.reason());
    Path empty = write("empty.rss", rss());
    assertEquals(List.of(new Skipped("empty", null, null, empty.toString(),
        empty + ": feed has no entries")), read(empty.toString()));
    Path noText = write("bare.rss", rss("<item><title>Headline only</title></item>"));
    assertEquals(List.of(new Skipped("bare.rss:1", "Headline only", null, noText + ": entry 1",
        noText + ": entry 1: entry has no text")), read(noText.toString()));
  }

  @Test
  void recognisingFeeds() {
    assertEquals(InputFormat.FEED, sniff(rss()));
    assertEquals(InputFormat.FEED, sniff("<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>"));
    assertEquals(InputFormat.FEED, sniff("<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www"
        + ".w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\"></rdf:RDF>"));
    // A <feed> outside Atom's namespace, and pages that mention feeds, are not feeds.
    assertEquals(InputFormat.TEXT, sniff("<feed><item>x</item></feed>"));
    assertEquals(InputFormat.HTML, sniff("<html><body><p>Subscribe to our <rss> feed</p></body>"));
    assertEquals(InputFormat.FEED, FormatSniffer.fromName("news.atom"));
    assertEquals(InputFormat.AUTO, FormatSniffer.fromName("news.xml"));
    assertEquals(InputFormat.FEED, FormatSniffer.fromContentType("application/atom+xml",
        new byte[0]));
    assertEquals(InputFormat.FEED, FormatSniffer.fromContentType("text/xml", bytes(rss())));
    assertEquals(InputFormat.TEXT, FormatSniffer.fromContentType("text/xml", bytes("<a>b</a>")));
  }

  private static InputFormat sniff(String content) {
    return FormatSniffer.fromContent(bytes(content), true);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
