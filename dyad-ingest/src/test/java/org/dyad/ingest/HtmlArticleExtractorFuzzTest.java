package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the extraction of an article from a web page's bytes ({@link HtmlArticleExtractor}):
 * decoding with an optional declared charset ({@link FuzzInput}), jsoup, the metadata, the
 * furniture removal and Readability. The contract: any bytes give an article whose text is not
 * {@code null} (possibly empty); nothing throws.
 */
final class HtmlArticleExtractorFuzzTest {
  @FuzzTest(maxDuration = "90s")
  void extract(byte[] data) {
    FuzzInput in = FuzzInput.of(data);
    HtmlArticleExtractor.HtmlArticle page =
        HtmlArticleExtractor.extract(in.body(), in.charset(), "https://news.example.org/2025/06/a.html");
    assertNotNull(page);
    assertNotNull(page.text());
  }
}
