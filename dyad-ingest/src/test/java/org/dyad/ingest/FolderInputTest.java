package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dyad.model.article.Article;
import org.dyad.model.article.IngestItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;

/** A folder tree read as one input: every article file, in path order, through the usual checks. */
class FolderInputTest {
  @TempDir
  Path dir;

  private Path write(String relative, String content) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content);
  }

  @Test
  void readsEveryArticleFileInPathOrder() throws IOException {
    ObjectMapper json = new ObjectMapper();
    write("b-story.html", Stories.VOTE.page("2025-06-04"));
    write("a-notes.txt", Texts.article());
    write("c-wire.jsonl", json.writeValueAsString(Map.of("id", "wire-1", "text",
        Stories.GRAIN.bodyText())) + "\n" + json.writeValueAsString(Map.of("id", "wire-2", "text",
        Stories.CONVOY.bodyText(), "date", "2025-06-05")) + "\n");
    Path nested = dir.resolve("crawl/2025/06");
    Files.createDirectories(nested);
    WarcFiles.write(nested.resolve("news.warc.gz"), WarcCompression.GZIP, List.of(
        WarcFiles.request(Stories.GRAIN.url()),
        WarcFiles.response(Stories.GRAIN.url(), 200, "text/html", Stories.GRAIN.page("2025-06-02"))));
    // Ignored: unknown extensions, hidden files and folders, XML that is not a feed.
    write("README.md", "These are the articles collected for the June report.");
    write("crawl/urls.csv", "url\n" + Stories.GRAIN.url() + "\n");
    write(".draft.txt", Texts.article());
    write(".cache/old.txt", Texts.article());
    write("crawl/sitemap.xml", "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/"
        + "schemas/sitemap/0.9\"><url><loc>" + Stories.GRAIN.url() + "</loc></url></urlset>");

    List<IngestItem> items = WarcArticleReaderTest.read(new ArticleSource(IngestConfig.defaults()),
        dir.toString());
    String root = dir.getFileName().toString();
    assertEquals(List.of(
        root + "/a-notes.txt",
        root + "/b-story.html",
        root + "/c-wire.jsonl:1",
        root + "/c-wire.jsonl:2",
        root + "/crawl/2025/06/news.warc.gz: record 2"),
        items.stream().map(IngestItem::source).toList());
    List<Article> articles = items.stream().map(Article.class::cast).toList();
    assertEquals(List.of(Texts.TITLE, Stories.VOTE.title(), Stories.GRAIN.body().get(0),
            Stories.CONVOY.body().get(0), Stories.GRAIN.title()),
        articles.stream().map(a -> a.title() != null ? a.title() : a.text().lines().findFirst()
            .orElseThrow()).toList());
    assertEquals(Stories.GRAIN.pageText(), articles.get(4).text());
    assertEquals(LocalDate.of(2025, 6, 5), articles.get(3).published());
    // Every article went through the language gate.
    articles.forEach(a -> assertEquals("en", a.language(), a.id()));
  }

  @Test
  void xmlFeedInAFolderIsRead() throws IOException {
    write("feeds/world.xml", "<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"
        + "<title>Herald</title><id>urn:herald</id><updated>2025-06-04T09:00:00Z</updated>"
        + "<entry><title>" + Stories.VOTE.title() + "</title><link href=\"" + Stories.VOTE.url()
        + "\"/><id>urn:herald:vote</id><updated>2025-06-04T09:00:00Z</updated><content>"
        + Stories.VOTE.bodyText() + "</content></entry></feed>\n");
    List<IngestItem> items = WarcArticleReaderTest.read(new ArticleSource(IngestConfig.defaults()
        .withDetectLanguage(false)), dir.toString());
    assertEquals(List.of(new Article("border-treaty-vote", Stories.VOTE.title(),
        Stories.VOTE.url(), LocalDate.of(2025, 6, 4), null, Stories.VOTE.bodyText(),
        dir.getFileName() + "/feeds/world.xml: entry 1")), items);
  }

  @Test
  void anArticleFilesLinkThatLeadsNowhereIsReportedAndTheRestIsRead() throws IOException {
    write("a-notes.txt", Texts.article());
    Files.createSymbolicLink(dir.resolve("b-gone.txt"), dir.resolve("deleted.txt"));
    Files.createSymbolicLink(dir.resolve("c-loop.txt"), dir.resolve("d-loop.txt"));
    Files.createSymbolicLink(dir.resolve("d-loop.txt"), dir.resolve("c-loop.txt"));
    Files.createSymbolicLink(dir.resolve("e-notes.md"), dir.resolve("deleted.md")); // not an article name

    List<IngestItem> items = WarcArticleReaderTest.read(new ArticleSource(IngestConfig.defaults()),
        dir.toString());
    String root = dir.getFileName().toString();
    // a stored article is named relative to the input; a skipped one by its path as given
    assertEquals(List.of(root + "/a-notes.txt", dir.resolve("b-gone.txt").toString(),
        dir.resolve("c-loop.txt").toString(), dir.resolve("d-loop.txt").toString()),
        items.stream().map(IngestItem::source).toList());
    assertEquals(Texts.TITLE, ((Article) items.get(0)).title());
    for (IngestItem bad : items.subList(1, 4)) {
      String reason = ((org.dyad.model.article.Skipped) bad).reason();
      org.junit.jupiter.api.Assertions.assertTrue(reason.startsWith("broken symbolic link"), reason);
    }
  }
}
