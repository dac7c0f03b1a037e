package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.article.Article;
import org.dyad.model.article.IngestItem;
import org.junit.jupiter.api.Test;

/** Reads the shared corpus (skipped where ../shared is absent); expectations derive from the files. */
class SharedCorpusTest {
  @Test
  void seedArticleAsPlainText() throws IOException {
    Path seed = Texts.shared("corpus/seed-article.txt");
    String raw = TextDecoder.normalize(Files.readString(seed, StandardCharsets.UTF_8));
    String firstLine = raw.substring(0, raw.indexOf('\n')).strip();
    int reply = raw.lastIndexOf("\nLeave a Reply");
    assertTrue(reply > 0, "the seed ends with a comment form");

    List<IngestItem> items = new ArrayList<>();
    LocalDate day = LocalDate.of(2025, 6, 4);
    new ArticleSource(IngestConfig.defaults().withDefaultDate(day)).read(seed.toString(), items::add);
    Article a = assertInstanceOf(Article.class, items.get(0));
    assertEquals("seed-article", a.id());
    assertEquals(firstLine, a.title());
    assertEquals("en", a.language());
    assertEquals(day, a.published());
    assertEquals(raw.substring(0, reply).strip(), a.text());
    assertFalse(a.text().contains("email address"));
  }

  @Test
  void insightCrimeJsonlStreams() throws IOException {
    Path corpus = Texts.shared("corpus/insightcrime.jsonl");
    List<String> lines = Files.readAllLines(corpus, StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank()).toList();
    List<IngestItem> items = new ArrayList<>();
    // Language detection off: this checks reading at scale, not lingua's speed.
    new ArticleSource(IngestConfig.defaults().withDetectLanguage(false))
        .read(corpus.toString(), items::add);
    assertEquals(lines.size(), items.size());
    String firstId = new ObjectMapper().readTree(lines.get(0)).get("id").asText();
    assertEquals(firstId, items.get(0).id());
    long articles = items.stream().filter(i -> i instanceof Article).count();
    assertTrue(articles > 0.95 * lines.size(), articles + " of " + lines.size());
  }
}
