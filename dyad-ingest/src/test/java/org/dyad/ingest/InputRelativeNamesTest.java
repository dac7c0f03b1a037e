package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dyad.model.article.Article;
import org.dyad.model.article.IngestItem;
import org.dyad.model.article.Skipped;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Articles read from absolute paths are named relative to the input the user named (they are stored
 * and served); skipped documents keep the path as typed (their message is for the user).
 */
class InputRelativeNamesTest {
  @TempDir
  Path tmp;

  /** How an article read from this file, named by its path, is named: from the folder holding it. */
  static String stored(Path file) {
    return file.toAbsolutePath().getParent().getFileName() + "/" + file.getFileName();
  }

  private final ArticleSource source = new ArticleSource(IngestConfig.defaults().withDetectLanguage(false));

  private Path write(String relative, String content) throws IOException {
    Path file = tmp.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
    return file;
  }

  @Test
  void aFolderGivenByItsAbsolutePathNamesItsArticlesFromTheFolderDown() throws IOException {
    write("home/alice/corpus/a.txt", Texts.article());
    write("home/alice/corpus/2025/06/b.txt", Texts.article().replace("Tuesday", "Wednesday"));
    write("home/alice/corpus/empty.txt", "  \n");
    Path corpus = tmp.resolve("home/alice/corpus").toAbsolutePath();

    List<IngestItem> items = WarcArticleReaderTest.read(source, corpus.toString());
    List<String> sources = items.stream().map(IngestItem::source).toList();
    assertEquals(List.of("corpus/2025/06/b.txt", "corpus/a.txt", corpus.resolve("empty.txt").toString()),
        sources);
    assertTrue(items.get(0) instanceof Article && items.get(2) instanceof Skipped, items.toString());
    for (IngestItem i : items) {
      if (i instanceof Article a) {
        assertFalse(a.source().contains(tmp.toString()), a.source());
      }
    }
  }

  @Test
  void aFileGivenByItsPathIsNamedFromTheFolderHoldingIt() throws IOException {
    String line = new ObjectMapper().writeValueAsString(Map.of("id", "w1", "text", Texts.article()));
    Path wire = write("data/corpus/wire.jsonl", line + "\n" + line.replace("Tuesday", "Friday") + "\n");

    List<String> absolute = WarcArticleReaderTest.read(source, wire.toAbsolutePath().toString()).stream()
        .map(IngestItem::source).toList();
    assertEquals(List.of("corpus/wire.jsonl:1", "corpus/wire.jsonl:2"), absolute);

    Path page = write("data/pages/one.txt", Texts.article());
    String dotted = page.getParent().resolve("../pages/one.txt").toString();
    assertEquals(List.of("pages/one.txt"), WarcArticleReaderTest.read(source, dotted).stream()
        .map(IngestItem::source).toList());
  }

  @Test
  void aNameFromElsewhereIsLeftAsItIs() {
    assertEquals("stdin: record 1", InputRelativeNames.under("/data/x.warc", false).apply("stdin: record 1"));
  }
}
