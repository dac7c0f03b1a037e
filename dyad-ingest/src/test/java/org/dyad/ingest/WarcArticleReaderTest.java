package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.dyad.model.article.Article;
import org.dyad.model.article.IngestItem;
import org.dyad.model.article.Skipped;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/** WARC files written by the test with jwarc, read through {@link ArticleSource}. */
class WarcArticleReaderTest {
  private static final ArticleSource SOURCE = new ArticleSource(IngestConfig.defaults()
      .withDetectLanguage(false));
  private static final String CP1252_PAGE = "<html><head><title>Mayor \u201cwill not resign\u201d"
      + "</title></head><body><article><h1>Mayor \u201cwill not resign\u201d</h1>"
      + "<p>The mayor of Halvik said on Friday that she \u201cwill not resign over a caf\u00e9 "
      + "licence\u201d, rejecting calls from the city council to step down before the autumn "
      + "election.</p><p>Council members accuse her of favouring a friend's business in the old "
      + "harbour district. An inquiry is expected to report its findings in September.</p>"
      + "</article></body></html>";

  @TempDir
  Path dir;

  static List<IngestItem> read(ArticleSource source, String input) {
    List<IngestItem> items = new ArrayList<>();
    source.read(input, items::add);
    return items;
  }

  @Test
  void gzippedCrawlGivesItsHtmlPagesOnly() throws IOException {
    Path file = dir.resolve("CC-NEWS-20250701.warc.gz");
    WarcFiles.write(file, WarcCompression.GZIP, List.of(
        WarcFiles.request(Stories.GRAIN.url()),
        WarcFiles.response(Stories.GRAIN.url(), 200, "text/html; charset=utf-8",
            Stories.GRAIN.page("2025-06-02T08:15:00Z")),
        WarcFiles.response("https://herald.example/world/gone", 404, "text/html",
            "<html><body><p>This page was not found on our server.</p></body></html>"),
        WarcFiles.response("https://herald.example/logo.png", 200, "image/png",
            new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}),
        WarcFiles.response("https://herald.example/city/mayor", 200,
            "text/html; charset=windows-1252", CP1252_PAGE.getBytes(Charset.forName("windows-1252")))));

    List<IngestItem> items = read(SOURCE, file.toString());
    assertEquals(2, items.size(), items.toString());
    assertEquals(new Article("grain-corridor-reopens", Stories.GRAIN.title(), Stories.GRAIN.url(),
        LocalDate.of(2025, 6, 2), null, Stories.GRAIN.pageText(), InputRelativeNamesTest.stored(file) + ": record 2"),
        items.get(0));
    Article mayor = assertInstanceOf(Article.class, items.get(1));
    assertEquals("mayor", mayor.id());
    assertEquals("Mayor \u201cwill not resign\u201d", mayor.title());
    assertEquals("https://herald.example/city/mayor", mayor.url());
    assertEquals(InputRelativeNamesTest.stored(file) + ": record 5", mayor.source());
    // The HTTP header's charset decoded the page; the crawl date is not a publication date.
    assertTrue(mayor.text().contains("she \u201cwill not resign over a caf\u00e9 licence\u201d"),
        mayor.text());
    assertEquals(null, mayor.published());
  }

  @Test
  void defaultDateStillFillsIn() throws IOException {
    Path file = dir.resolve("one.warc");
    WarcFiles.write(file, WarcCompression.NONE, List.of(WarcFiles.response(
        "https://herald.example/city/mayor", 200, "text/html; charset=windows-1252",
        CP1252_PAGE.getBytes(Charset.forName("windows-1252")))));
    LocalDate day = LocalDate.of(2025, 6, 30);
    ArticleSource dated = new ArticleSource(IngestConfig.defaults().withDefaultDate(day));
    Article a = assertInstanceOf(Article.class, read(dated, file.toString()).get(0));
    assertEquals(day, a.published());
    assertEquals("en", a.language());
  }

  @Test
  void resourceAndPlainTextRecords() throws IOException {
    Path file = dir.resolve("saved.warc");
    WarcFiles.write(file, WarcCompression.NONE, List.of(
        WarcFiles.resource(Stories.VOTE.url(), "text/html", Stories.VOTE.page("2025-06-04")),
        WarcFiles.resource("https://herald.example/style.css", "text/css", "p { margin: 0; }"),
        WarcFiles.response("https://herald.example/wire/convoy.txt", 200, "text/plain",
            Stories.CONVOY.pageText())));
    List<IngestItem> items = read(SOURCE, file.toString());
    assertEquals(List.of(
        new Article("border-treaty-vote", Stories.VOTE.title(), Stories.VOTE.url(),
            LocalDate.of(2025, 6, 4), null, Stories.VOTE.pageText(), InputRelativeNamesTest.stored(file) + ": record 1"),
        new Article("convoy", Stories.CONVOY.title(), "https://herald.example/wire/convoy.txt",
            null, null, Stories.CONVOY.pageText(), InputRelativeNamesTest.stored(file) + ": record 3")), items);
  }

  @Test
  void gzipContentEncodingIsUndone() throws IOException {
    ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gzipped)) {
      out.write(Stories.GRAIN.page("2025-06-02").getBytes(StandardCharsets.UTF_8));
    }
    HttpResponse http = new HttpResponse.Builder(200, "OK")
        .body(MediaType.parse("text/html; charset=utf-8"), gzipped.toByteArray())
        .addHeader("Content-Encoding", "gzip").build();
    Path file = dir.resolve("encoded.warc");
    WarcFiles.write(file, WarcCompression.NONE, List.of(new WarcResponse.Builder(
        URI.create(Stories.GRAIN.url())).body(http).build()));
    List<IngestItem> items = read(SOURCE, file.toString());
    assertEquals(Stories.GRAIN.pageText(), ((Article) items.get(0)).text());
  }

  @Test
  void truncatedGzipKeepsTheRecordsBefore() throws IOException {
    Path file = dir.resolve("cut.warc.gz");
    List<Long> ends = WarcFiles.write(file, WarcCompression.GZIP, threeStories());
    cut(file, ends.get(1) + (ends.get(2) - ends.get(1)) / 2);

    List<IngestItem> items = read(SOURCE, file.toString());
    assertEquals(3, items.size(), items.toString());
    assertEquals(List.of(Stories.GRAIN.pageText(), Stories.VOTE.pageText()),
        List.of(((Article) items.get(0)).text(), ((Article) items.get(1)).text()));
    assertEquals(new Skipped("cut.warc.gz:3", null, null, file + ": record 3", file
        + ": record 3: cannot read WARC record (unexpected end of gzip stream)"), items.get(2));
  }

  @Test
  void fileCutInsideARecordBodyReportsThatRecordOnce() throws IOException {
    Path file = dir.resolve("cut.warc");
    List<Long> ends = WarcFiles.write(file, WarcCompression.NONE, threeStories());
    cut(file, ends.get(2) - 1000);

    List<IngestItem> items = read(SOURCE, file.toString());
    assertEquals(3, items.size(), items.toString());
    assertEquals(Stories.VOTE.title(), ((Article) items.get(1)).title());
    Skipped cutOff = assertInstanceOf(Skipped.class, items.get(2));
    assertEquals(Stories.CONVOY.url(), cutOff.url());
    // 1000 bytes cut, 4 of them the record's closing blank lines, outside its block.
    assertEquals(file + ": record 3 (" + Stories.CONVOY.url() + "): expected 996 more bytes in "
        + "file", cutOff.reason());
  }

  @Test
  void notAWarcFile() throws IOException {
    Path junk = Files.writeString(dir.resolve("junk.warc"), "This is not a web archive.\n");
    Skipped skipped = assertInstanceOf(Skipped.class, one(junk));
    assertEquals(junk + ": record 1", skipped.source());
    assertTrue(skipped.reason().startsWith(junk + ": record 1: cannot read WARC record (invalid "
        + "WARC record at position 0"), skipped.reason());

    Path gz = Files.write(dir.resolve("bad.warc.gz"),
        new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
    assertEquals(gz + ": record 1: cannot read WARC record (invalid block type)",
        ((Skipped) one(gz)).reason());

    Path empty = Files.write(dir.resolve("empty.warc.gz"), new byte[0]);
    assertEquals(new Skipped("empty.warc", null, null, empty.toString(),
        empty + ": no HTML or text pages in 0 WARC records"), one(empty));
  }

  private IngestItem one(Path file) {
    List<IngestItem> items = read(SOURCE, file.toString());
    assertEquals(1, items.size(), items.toString());
    return items.get(0);
  }

  private static List<WarcRecord> threeStories() throws IOException {
    return List.of(
        WarcFiles.response(Stories.GRAIN.url(), 200, "text/html", Stories.GRAIN.page("2025-06-02")),
        WarcFiles.response(Stories.VOTE.url(), 200, "text/html", Stories.VOTE.page("2025-06-04")),
        WarcFiles.response(Stories.CONVOY.url(), 200, "text/html", Stories.CONVOY.page("2025-06-05")));
  }

  private static void cut(Path file, long length) throws IOException {
    Files.write(file, Arrays.copyOf(Files.readAllBytes(file), (int) length));
  }

  @Test
  void sniffedFromStandardInput() throws IOException {
    Path file = dir.resolve("x.warc.gz");
    WarcFiles.write(file, WarcCompression.GZIP, List.of(WarcFiles.response(Stories.VOTE.url(), 200,
        "text/html", Stories.VOTE.page("2025-06-04"))));
    List<IngestItem> items = new ArrayList<>();
    SOURCE.read("stdin", new ByteArrayInputStream(Files.readAllBytes(file)), items::add);
    assertEquals(List.of("border-treaty-vote"), items.stream().map(IngestItem::id).toList());
    assertEquals("stdin: record 1", items.get(0).source());
  }
}
