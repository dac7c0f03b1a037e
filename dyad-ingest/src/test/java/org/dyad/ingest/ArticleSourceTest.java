package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.article.Article;
import org.dyad.model.article.IngestItem;
import org.dyad.model.article.Skipped;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleSourceTest {
  private static final ArticleSource SOURCE = new ArticleSource(IngestConfig.defaults());
  private static final ArticleSource NO_LANGUAGE =
      new ArticleSource(IngestConfig.defaults().withDetectLanguage(false));

  @TempDir
  Path dir;

  private static List<IngestItem> read(ArticleSource source, String input) {
    List<IngestItem> items = new ArrayList<>();
    source.read(input, items::add);
    return items;
  }

  private static IngestItem one(ArticleSource source, String input) {
    List<IngestItem> items = read(source, input);
    assertEquals(1, items.size(), items.toString());
    return items.get(0);
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  private Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void plainTextFile() throws IOException {
    String raw = "\r\n" + Texts.article().replace("\n", "\r\n") + "\r\n\r\n" + Texts.REPLY_FORM;
    Path file = write("halvik-talks.txt", raw);
    Article a = assertInstanceOf(Article.class, one(SOURCE, file.toString()));
    assertEquals(new Article("halvik-talks", Texts.TITLE, null, null, "en", Texts.article(),
        InputRelativeNamesTest.stored(file)), a);
  }

  @Test
  void defaultDateFillsIn() throws IOException {
    Path file = write("a.txt", Texts.article());
    LocalDate day = LocalDate.of(2025, 6, 4);
    ArticleSource dated = new ArticleSource(IngestConfig.defaults().withDefaultDate(day));
    assertEquals(day, ((Article) one(dated, file.toString())).published());
    // A date from the document wins over the default.
    Path page = write("p.html", Pages.wrapped("<meta name=\"date\" content=\"2024-12-31\">"));
    assertEquals(LocalDate.of(2024, 12, 31), ((Article) one(dated, page.toString())).published());
  }

  @Test
  void htmlFile() throws IOException {
    Path file = write("story.htm", Pages.wrapped(
        "<link rel=\"canonical\" href=\"https://herald.example/story\">"));
    Article a = assertInstanceOf(Article.class, one(SOURCE, file.toString()));
    assertEquals(new Article("story", Texts.TITLE, "https://herald.example/story", null, "en",
        Texts.article(), InputRelativeNamesTest.stored(file)), a);
  }

  @Test
  void autoSniffsHtmlAndJsonlUnderOtherNames() throws IOException {
    Path page = write("download.dat", Pages.wrapped(""));
    assertEquals(Texts.article(), ((Article) one(SOURCE, page.toString())).text());
    Path lines = write("export.txt", "{\"id\": \"x1\", \"text\": \"Troops withdrew from the "
        + "border town.\"}\n{\"id\": \"x2\", \"text\": \"Talks resumed.\"}\n");
    List<IngestItem> items = read(SOURCE, lines.toString());
    assertEquals(List.of("x1", "x2"), items.stream().map(IngestItem::id).toList());
    // Forcing TEXT reads the same file as one plain-text document.
    ArticleSource text = new ArticleSource(IngestConfig.defaults().withFormat(InputFormat.TEXT)
        .withDetectLanguage(false));
    assertEquals("export", one(text, lines.toString()).id());
  }

  @Test
  void jsonlFileKeepsGoingPastBadLines() throws IOException {
    Path file = write("batch.jsonl", "{\"id\": \"en\", \"text\": " + json(Texts.article()) + "}\n"
        + "{oops}\n"
        + "{\"id\": \"ru\", \"text\": " + json(Texts.RUSSIAN) + "}\n"
        + "{\"id\": \"empty\", \"text\": \"  \\n \"}\n"
        + "{\"id\": \"es\", \"text\": " + json(Texts.SPANISH) + ", \"title\": \"Sin acuerdo\"}\n");
    List<IngestItem> items = read(SOURCE, file.toString());
    assertEquals(5, items.size());
    assertEquals(Texts.article(), ((Article) items.get(0)).text());
    assertEquals("en", ((Article) items.get(0)).language());
    assertEquals(file + ":2", items.get(1).source());
    assertEquals(file + ":2: malformed JSON (Unexpected character ('o' (code 111)): was "
        + "expecting double-quote to start field name)", ((Skipped) items.get(1)).reason());
    assertEquals(new Skipped("ru", null, null, file + ":3", "not English (detected: ru)"),
        items.get(2));
    assertEquals(new Skipped("empty", null, null, file + ":4", "empty text"), items.get(3));
    assertEquals(new Skipped("es", "Sin acuerdo", null, file + ":5", "not English (detected: es)"),
        items.get(4));
  }

  @Test
  void missingFileAndDirectory() {
    String missing = dir.resolve("nowhere/notes.txt").toString();
    assertEquals(new Skipped("notes", null, null, missing, "file not found: " + missing),
        one(SOURCE, missing));
    assertEquals("no article files in folder: " + dir,
        ((Skipped) one(SOURCE, dir.toString())).reason());
  }

  @Test
  void emptyAndBlank() throws IOException {
    assertEquals("empty text", reason(write("empty.txt", new byte[0])));
    assertEquals("empty text", reason(write("blank.txt", " \n\t\r\n  ")));
    assertEquals("empty text", reason(write("blank.html", "<html><body><nav>Home</nav>"
        + "<p>  </p></body></html>")));
  }

  @Test
  void binaryContent() throws IOException {
    byte[] bytes = "Troops withdrew.".getBytes(StandardCharsets.US_ASCII);
    bytes[6] = 0;
    assertEquals("binary content (NUL bytes)", reason(write("nul.txt", bytes)));
    byte[] controls = new byte[200];
    for (int i = 0; i < controls.length; i++) {
      controls[i] = (byte) (i % 4 == 0 ? 0x01 : 'a');
    }
    assertEquals("binary content (25% control or replacement characters)",
        reason(write("ctl.txt", controls)));
  }

  @Test
  void tooLargeFileIsNotRead() throws IOException {
    Path big = dir.resolve("huge.txt");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(50L * 1024 * 1024); // sparse: costs no disk and is never read
    }
    assertEquals(new Skipped("huge", null, null, big.toString(),
        "larger than 10485760 bytes (52428800)"), one(SOURCE, big.toString()));
    ArticleSource small = new ArticleSource(IngestConfig.defaults().withMaxBytes(100));
    assertEquals("larger than 100 bytes (" + Texts.article().length() + ")",
        ((Skipped) one(small, write("a.txt", Texts.article()).toString())).reason());
  }

  @Test
  void nonEnglish() throws IOException {
    assertEquals("not English (detected: ru)", reason(write("ru.txt", Texts.RUSSIAN)));
    assertEquals("not English (detected: es)", reason(write("es.txt", Texts.SPANISH)));
  }

  @Test
  void legacyEncodingsThroughTheWholePath() throws IOException {
    Path ru = write("ru1251.txt", Texts.RUSSIAN.getBytes(Charset.forName("windows-1251")));
    assertEquals("not English (detected: ru)", reason(ru));
    assertEquals(Texts.RUSSIAN, ((Article) one(NO_LANGUAGE, ru.toString())).text());
    Path fr = write("fr.txt", Texts.FRENCH.getBytes(Charset.forName("windows-1252")));
    Article a = (Article) one(NO_LANGUAGE, fr.toString());
    assertEquals(Texts.FRENCH, a.text());
    assertNull(a.language());
  }

  @Test
  void standardInputOverload() {
    List<IngestItem> items = new ArrayList<>();
    byte[] bytes = (Texts.article() + "\n\n" + Texts.REPLY_FORM).getBytes(StandardCharsets.UTF_8);
    SOURCE.read("stdin", new ByteArrayInputStream(bytes), items::add);
    assertEquals(List.of(new Article("stdin", Texts.TITLE, null, null, "en", Texts.article(),
        "stdin")), items);
    items.clear();
    SOURCE.read("piped.jsonl", new ByteArrayInputStream(
        "{\"text\": \"Talks resumed in Halvik.\"}".getBytes(StandardCharsets.UTF_8)), items::add);
    assertEquals(List.of(new Article("piped.jsonl:1", null, null, null, "en",
        "Talks resumed in Halvik.", "piped.jsonl:1")), items);
    items.clear();
    ArticleSource small = new ArticleSource(IngestConfig.defaults().withMaxBytes(10));
    small.read("stdin", new ByteArrayInputStream(bytes), items::add);
    assertEquals(List.of(new Skipped("stdin", null, null, "stdin", "larger than 10 bytes")), items);
  }

  @Test
  void blankInputName() {
    assertEquals("no input named", ((Skipped) one(SOURCE, " ")).reason());
  }

  private String reason(Path file) {
    return ((Skipped) one(SOURCE, file.toString())).reason();
  }

  private static String json(String s) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(s);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }
}
