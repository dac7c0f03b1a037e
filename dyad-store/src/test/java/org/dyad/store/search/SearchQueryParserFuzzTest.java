package org.dyad.store.search;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes the search box's query parser ({@link SearchQueryParser}) with the index's analyser, the
 * input read as UTF-8 text. The contract: a Lucene query, or an {@link IllegalArgumentException}
 * (the API's 400) whose message starts with {@code q: }; any other exception is a finding.
 */
final class SearchQueryParserFuzzTest {
  private static final SearchQueryParser PARSER = new SearchQueryParser(SearchIndex.newAnalyzer());

  @FuzzTest(maxDuration = "90s")
  void parse(byte[] data) {
    String q = new String(data, StandardCharsets.UTF_8);
    try {
      assertNotNull(PARSER.parse(q));
    } catch (IllegalArgumentException e) {
      assertTrue(e.getMessage().startsWith("q: "), e.getMessage());
    }
  }
}
