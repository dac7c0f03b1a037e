package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.article.Article;
import org.dyad.model.article.IngestItem;
import org.dyad.model.article.Skipped;
import org.junit.jupiter.api.Test;

class JsonlArticleReaderTest {
  private static List<IngestItem> read(String content, long maxLine) {
    List<IngestItem> items = new ArrayList<>();
    new JsonlArticleReader(maxLine).read("data/notes.jsonl",
        new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), items::add);
    return items;
  }

  @Test
  void goodAndBadLinesInOrder() {
    String content = "\uFEFF{\"id\": \"a1\", \"text\": \"Troops withdrew.\", \"title\": \"Withdrawal\", "
        + "\"url\": \"https://x.example/a1\", \"date\": \"2025-06-04\", \"section\": \"world\"}\n"
        + "\n"
        + "{\"id\": 7, \"text\": \"Second story.\", \"published\": \"2025-06-05T23:00:00-05:00\"}\r\n"
        + "{\"id\": \"bad\" \"text\": 1}\n"
        + "{\"text\": \"No id here.\", \"publish_date\": \"2025/06/06\"}\n"
        + "{\"id\": \"n\", \"text\": 42}\n"
        + "{\"id\": \"m\", \"title\": \"Only a title\"}\n"
        + "[1, 2]\n"
        + "{\"id\": \"last\", \"text\": \"Last story.\", \"date\": \"not a date\"}";
    List<IngestItem> items = read(content, 1000);
    assertEquals(8, items.size());

    Article a1 = assertInstanceOf(Article.class, items.get(0));
    assertEquals(new Article("a1", "Withdrawal", "https://x.example/a1", LocalDate.of(2025, 6, 4),
        null, "Troops withdrew.", "data/notes.jsonl:1"), a1);

    Article seven = assertInstanceOf(Article.class, items.get(1));
    assertEquals("7", seven.id());
    assertEquals(LocalDate.of(2025, 6, 5), seven.published());
    assertEquals("data/notes.jsonl:3", seven.source());

    Skipped bad = assertInstanceOf(Skipped.class, items.get(2));
    assertEquals("notes.jsonl:4", bad.id());
    assertTrue(bad.reason().startsWith("data/notes.jsonl:4: malformed JSON (Unexpected character"),
        bad.reason());

    Article noId = assertInstanceOf(Article.class, items.get(3));
    assertEquals("notes.jsonl:5", noId.id());
    assertEquals(LocalDate.of(2025, 6, 6), noId.published());

    assertEquals("data/notes.jsonl:6: \"text\" is not a string (number)",
        ((Skipped) items.get(4)).reason());
    Skipped missing = (Skipped) items.get(5);
    assertEquals("data/notes.jsonl:7: missing \"text\"", missing.reason());
    assertEquals("m", missing.id());
    assertEquals("Only a title", missing.title());
    assertEquals("data/notes.jsonl:8: not a JSON object", ((Skipped) items.get(6)).reason());
    Article last = assertInstanceOf(Article.class, items.get(7));
    assertNull(last.published());
    assertEquals("data/notes.jsonl:9", last.source());
  }

  @Test
  void htmlTextIsExtracted() {
    String html = Pages.wrapped("<meta name=\"date\" content=\"2025-06-04\">");
    String line = "{\"id\": \"page\", \"text\": " + quote(html) + "}";
    Article a = assertInstanceOf(Article.class, read(line, 1_000_000).get(0));
    assertEquals(Texts.TITLE + "\n\n" + String.join("\n\n", Texts.BODY), a.text());
    assertEquals(Texts.TITLE, a.title());
    assertEquals(LocalDate.of(2025, 6, 4), a.published());
  }

  @Test
  void plainTextTitleWhenNoTitleField() {
    String line = "{\"id\": \"t\", \"text\": " + quote(Texts.article()) + "}";
    Article a = assertInstanceOf(Article.class, read(line, 1_000_000).get(0));
    assertEquals(Texts.TITLE, a.title());
    assertEquals(Texts.article(), a.text());
  }

  @Test
  void overlongLineIsSkippedAndReadingGoesOn() {
    String content = "{\"id\": \"big\", \"text\": \"" + "x".repeat(500) + "\"}\n"
        + "{\"id\": \"small\", \"text\": \"fine\"}\n";
    List<IngestItem> items = read(content, 100);
    assertEquals(2, items.size());
    assertEquals("data/notes.jsonl:1: line longer than 100 characters",
        ((Skipped) items.get(0)).reason());
    assertEquals("fine", ((Article) items.get(1)).text());
  }

  private static String quote(String s) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(s);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aDateItCannotReadIsAWarningNamingFileAndLine() {
    List<IngestItem> items = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    String content = "{\"id\": \"y\", \"text\": \"Troops withdrew.\", \"date\": \"yesterday\"}\n"
        + "{\"id\": \"ok\", \"text\": \"Talks resumed.\", \"date\": \"2025-06-04\"}\n"
        + "{\"id\": \"z\", \"text\": \"Ships left.\", \"published\": \"2025-13-45\"}\n";
    new JsonlArticleReader(1000, warnings::add).read("data/notes.jsonl",
        new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), items::add);

    assertEquals(3, items.size(), "the articles are still read");
    assertNull(((Article) items.get(0)).published());
    assertEquals(LocalDate.of(2025, 6, 4), ((Article) items.get(1)).published());
    assertEquals(2, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).startsWith("data/notes.jsonl:1: \"date\": 'yesterday' is not a date"),
        warnings.get(0));
    assertTrue(warnings.get(1).startsWith("data/notes.jsonl:3: \"published\": '2025-13-45' is not a date"),
        warnings.get(1));
    assertTrue(warnings.get(1).contains("it is ignored"), warnings.get(1));
  }
}
