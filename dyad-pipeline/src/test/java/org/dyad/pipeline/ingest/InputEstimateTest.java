package org.dyad.pipeline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.ingest.FormatSniffer;
import org.dyad.ingest.InputFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The progress estimate knows a file's format by its name as the reader does ({@link InputFormat}'s
 * extensions through {@link FormatSniffer}), not from a list of its own: every file a folder's
 * reading takes counts, and what it counts follows the format. Files only, no models.
 */
class InputEstimateTest {
  @TempDir
  Path dir;

  private long estimate(String name, String content) throws IOException {
    Path file = Files.writeString(dir.resolve(name), content);
    return InputEstimate.count(List.of(file.toString()), 0);
  }

  @Test
  void eachFormatCountsAsItIsRead() throws IOException {
    // JSON Lines: the non-blank lines; a page or a text: one; a crawl or a feed: unknown.
    assertEquals(2, estimate("wire.ndjson", "{\"id\": \"a\"}\n\n{\"id\": \"b\"}\n"));
    assertEquals(2, estimate("wire.JSONL", "{\"id\": \"a\"}\n{\"id\": \"b\"}"));
    assertEquals(1, estimate("page.xhtml", "<html><body><p>x</p></body></html>"));
    assertEquals(1, estimate("page.htm", "<p>x</p>"));
    assertEquals(1, estimate("notes.text", "x"));
    assertEquals(-1, estimate("crawl.warc.gz", "x"));
    assertEquals(-1, estimate("news.atom", "x"));
    assertEquals(-1, estimate("maybe-feed.xml", "<rss/>"));
  }

  @Test
  void everyArticleFileOfAFolderCountsAndOthersDoNot() throws IOException {
    for (InputFormat format : InputFormat.values()) {
      for (String extension : format.extensions()) {
        long n = estimate("doc" + extension, "{\"id\": \"a\"}\n");
        assertNotEquals(0, n, "doc" + extension + " is read, so the estimate must count it");
        assertEquals(format == InputFormat.WARC || format == InputFormat.FEED ? -1 : 1, n,
            "doc" + extension + " (" + format + ")");
      }
    }
    Path folder = Files.createDirectories(dir.resolve("folder"));
    Files.writeString(folder.resolve("a.txt"), "x");
    Files.writeString(folder.resolve("b.html"), "<p>x</p>");
    Files.writeString(folder.resolve("c.jsonl"), "{}\n{}\n{}\n");
    Files.writeString(folder.resolve("notes.md"), "not read");
    Files.writeString(folder.resolve(".hidden.txt"), "not read");
    assertEquals(5, InputEstimate.count(List.of(folder.toString()), 0));
  }
}
