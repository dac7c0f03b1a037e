package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.ingest.HtmlArticleExtractor.HtmlArticle;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlArticleExtractorTest {
  private static List<String> expected() {
    List<String> all = new ArrayList<>();
    all.add(Texts.TITLE);
    all.addAll(Texts.BODY);
    return all;
  }

  @Test
  void wrappedArticleGivesExactlyItsParagraphs() {
    HtmlArticle page = HtmlArticleExtractor.extract(Pages.wrapped(""), null);
    assertEquals(String.join("\n\n", expected()), page.text());
    assertEquals(Texts.TITLE, page.title());
  }

  @Test
  void wrappedStoryWithoutArticleElementGivesTheSameParagraphs() {
    String html = Pages.wrapped(Texts.TITLE, Texts.BODY, "", false);
    assertEquals(expected(), Texts.paragraphs(HtmlArticleExtractor.extract(html, null).text()));
  }

  @Test
  void readabilityRunsWithThisJsoupVersion() {
    // readability4j was built against jsoup 1.11; a linkage problem would only show as fallbacks.
    String text = HtmlArticleExtractor.readabilityText(Jsoup.parse(Pages.wrapped("")), "");
    assertNotNull(text);
    assertTrue(text.contains(Texts.BODY.get(2)), text);
  }

  @Test
  void seedArticleSurvivesWrapping() throws IOException {
    List<String> paragraphs = Texts.paragraphs(Texts.readShared("corpus/seed-article.txt"));
    int reply = paragraphs.indexOf("Leave a Reply");
    List<String> story = reply < 0 ? paragraphs : paragraphs.subList(0, reply);
    String html = Pages.wrapped(story.get(0), story.subList(1, story.size()), "", true);
    HtmlArticle page = HtmlArticleExtractor.extract(html, "https://herald.example/news/talks");
    assertEquals(story, Texts.paragraphs(page.text()));
    assertEquals(story.get(0), page.title());
  }

  @Test
  void boilerplateIsGone() {
    String text = HtmlArticleExtractor.extract(Pages.wrapped(""), null).text();
    for (String furniture : List.of("Leave a Reply", "email address", "Share on Facebook",
        "Related articles", "Most read", "cookies", "newsletter", "Politics", "Herald staff",
        "All rights reserved", "analytics", "font-family")) {
      assertFalse(text.contains(furniture), furniture + " in:\n" + text);
    }
  }

  @Test
  void metadataFromOpenGraphAndCanonicalLink() {
    String head = "<meta property=\"og:title\" content=\"Talks in Halvik collapse\">\n"
        + "<meta property=\"article:published_time\" content=\"2025-06-04T08:15:00+03:00\">\n"
        + "<link rel=\"canonical\" href=\"/2025/06/04/halvik-talks\">";
    HtmlArticle page = HtmlArticleExtractor.extract(Pages.wrapped(head), "https://herald.example/x?utm=1");
    assertEquals("Talks in Halvik collapse", page.title());
    assertEquals(LocalDate.of(2025, 6, 4), page.published());
    assertEquals("https://herald.example/2025/06/04/halvik-talks", page.url());
    // The h1 differs from og:title, so it is not forced in front of the text.
    assertEquals(Texts.BODY, Texts.paragraphs(page.text()));
  }

  @Test
  void titleFromTitleElementLosesSiteSuffix() {
    String html = "<html><head><title>Grain deal extended for 60 days | Halvik Herald</title></head>"
        + "<body><p>The grain deal was extended on Friday for another sixty days.</p></body></html>";
    assertEquals("Grain deal extended for 60 days", HtmlArticleExtractor.extract(html, null).title());
    assertEquals("Grain deal extended for 60 days",
        HtmlMetadata.stripSiteSuffix("Grain deal extended for 60 days - Reuters"));
    // A dash inside a short headline is not a site separator.
    assertEquals("Talks - again", HtmlMetadata.stripSiteSuffix("Talks - again"));
  }

  @Test
  void titleFallsBackToH1() {
    String html = "<html><body><h1>Ceasefire holds</h1><p>The ceasefire held overnight, both "
        + "armies said.</p></body></html>";
    HtmlArticle page = HtmlArticleExtractor.extract(html, null);
    assertEquals("Ceasefire holds", page.title());
    assertEquals("Ceasefire holds\n\nThe ceasefire held overnight, both armies said.", page.text());
    assertNull(page.published());
    assertNull(page.url());
  }

  @Test
  void datesFromEachKindOfMarkup() {
    LocalDate june4 = LocalDate.of(2025, 6, 4);
    assertEquals(june4, dateOf("<meta property=\"og:published_time\" content=\"2025-06-04\">"));
    assertEquals(june4, dateOf("<script type=\"application/ld+json\">{\"@context\":"
        + "\"https://schema.org\",\"@graph\":[{\"@type\":\"NewsArticle\",\"headline\":\"x\","
        + "\"datePublished\":\"2025-06-04T10:00:00Z\"}]}</script>"));
    assertEquals(june4, dateOf("<meta name=\"pubdate\" content=\"20250604\">"));
    assertEquals(june4, dateOf("<meta name=\"date\" content=\"2025-06-04\">"));
    assertEquals(june4, dateOf("<meta name=\"DC.date\" content=\"2025-06-04\">"));
    assertEquals(june4, dateOf("<meta name=\"sailthru.date\" content=\"2025-06-04 09:00:00\">"));
    assertEquals(june4, HtmlArticleExtractor.extract("<html><body><article><time datetime="
        + "\"2025-06-04T09:00\">4 June</time><p>Text of the story.</p></article></body></html>",
        null).published());
    assertEquals(LocalDate.of(2024, 1, 2), dateOf("<script type=\"application/ld+json\">{broken"
        + "</script><meta name=\"date\" content=\"2024-01-02\">"));
  }

  private static LocalDate dateOf(String head) {
    return HtmlArticleExtractor.extract(Pages.wrapped(head), null).published();
  }

  @Test
  void ogUrlWhenNoCanonical() {
    String head = "<meta property=\"og:url\" content=\"https://herald.example/halvik\">";
    assertEquals("https://herald.example/halvik",
        HtmlArticleExtractor.extract(Pages.wrapped(head), null).url());
  }

  @Test
  void metaCharsetDecidesDecoding() {
    String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
        + "charset=windows-1251\"></head><body><p>" + Texts.RUSSIAN + "</p></body></html>";
    byte[] bytes = html.getBytes(Charset.forName("windows-1251"));
    assertEquals("windows-1251", HtmlArticleExtractor.metaCharset(bytes));
    assertEquals(Texts.RUSSIAN, HtmlArticleExtractor.extract(bytes, null, null).text());
    // The HTTP header wins over the page's own declaration.
    byte[] koi = html.replace("windows-1251", "koi8-r").getBytes(Charset.forName("KOI8-R"));
    assertEquals(Texts.RUSSIAN, HtmlArticleExtractor.extract(koi, "KOI8-R", null).text());
  }

  @Test
  void paragraphStructureIsKept() {
    String html = "<div><h2>Key points</h2><ul><li>First point</li><li>Second <b>bold</b> "
        + "point</li></ul><p>Line one<br>line   two&nbsp;here</p>Loose text</div>";
    assertEquals("Key points\n\nFirst point\n\nSecond bold point\n\nLine one\nline two here"
        + "\n\nLoose text", HtmlText.paragraphs(Jsoup.parse(html).body()));
  }
}
