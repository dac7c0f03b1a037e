package org.dyad.store.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SearchQueryParserTest {
  private final SearchQueryParser parser = new SearchQueryParser(SearchIndex.newAnalyzer());

  /** Found by fuzzing (SearchQueryParserFuzzTestInputs/parse/finding-unbalanced-regex.txt). */
  @Test
  void aMalformedRegularExpressionIsRefusedInTheApisWords() {
    String q = "/neg[aeiou]Russia OR Ukraine) -sancti+t.*/";
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parser.parse(q));
    assertEquals("q: cannot parse '" + q + "' (end-of-string expected at position 27; a search between"
        + " slashes is a regular expression and must be valid)", e.getMessage());
  }
}
