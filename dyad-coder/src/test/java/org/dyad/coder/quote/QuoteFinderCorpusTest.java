package org.dyad.coder.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * QuoteFinder over the shared corpora (read at run time from {@code -Ddyad.shared}, never copied
 * into the project): the seed article's quotations, and no failure or malformed span on the
 * InSight Crime articles. Skips when the shared folder is absent.
 */
class QuoteFinderCorpusTest {
  private static final QuoteFinder FINDER = new QuoteFinder();

  private static Path shared(String file) {
    String dir = System.getProperty("dyad.shared");
    Path path = dir == null ? null : Path.of(dir, file);
    assumeTrue(path != null && Files.isRegularFile(path),
        "skipped: " + file + " not found under -Ddyad.shared=" + dir);
    return path;
  }

  @Test
  void seedArticleHasFiveQuotationsOneOverSeveralSentences() throws IOException {
    String text = Files.readString(shared("corpus/seed-article.txt"), StandardCharsets.UTF_8);
    List<QuotedText> found = FINDER.find(text);
    assertEquals(5, found.size(), found::toString);
    assertTrue(found.stream().anyMatch(q -> q.text().contains("? ") || q.text().contains(". ")),
        "a multi-sentence quotation");
    found.forEach(q -> assertEquals('“', text.charAt(q.marks().begin()), q.toString()));
  }

  @Test
  void newsCorpusGivesWellFormedSpans() throws IOException {
    Path corpus = shared("corpus/insightcrime.jsonl");
    ObjectMapper json = new ObjectMapper();
    int articles = 0;
    int quotes = 0;
    try (BufferedReader in = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String text = json.readTree(line).path("text").asText("");
        articles++;
        for (QuotedText q : FINDER.find(text)) {
          quotes++;
          assertTrue(q.marks().contains(q.span()), q.toString());
          assertTrue(q.text().split("\\s+").length >= QuoteFinder.MIN_WORDS, q.toString());
          assertEquals(text.substring(q.span().begin(), q.span().end()),
              q.parts().size() == 1 ? q.text() : text.substring(q.span().begin(), q.span().end()));
        }
      }
    }
    assertTrue(articles > 1000 && quotes > articles / 2, articles + " articles, " + quotes + " quotes");
  }
}
