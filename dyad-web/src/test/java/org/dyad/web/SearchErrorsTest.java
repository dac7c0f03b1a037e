package org.dyad.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Queries Lucene refuses or that would cost too much are the user's mistake, not the server's: a 400
 * with a message that says what to change, over real HTTP.
 */
class SearchErrorsTest {
  @RegisterExtension
  static final RunningServer SERVER = new RunningServer();

  private static String error(String q) {
    JsonNode body = SERVER.json("/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), 400);
    return body.get("error").asText();
  }

  @Test
  void aVeryLongQueryIsRefusedWithItsWordCount() {
    String words = IntStream.range(0, 350).mapToObj(i -> "w" + Integer.toString(i, 36)).collect(Collectors.joining(" "));
    String message = error(words);
    assertTrue(message.startsWith("q: "), message);
    assertTrue(message.contains("too many"), message);
  }

  @Test
  void aRegexThatCannotBeCompiledCheaplyIsRefused() {
    String message = error("/(a|b|c|d|e|f|g|h)*[a-h]{1,40}.*x.{1,20}/");
    assertTrue(message.contains("regular expression"), message);
  }

  @Test
  void aFuzzySearchOnAVeryShortWordIsRefusedPlainly() {
    String message = error("a~2");
    assertTrue(message.contains("a~2"), message);
    assertTrue(message.contains("fuzzy"), message);
  }

  @Test
  void anOverlongQueryIsRefusedBeforeParsing() {
    String message = error("x".repeat(5000));
    assertTrue(message.contains("characters"), message);
  }

  @Test
  void ordinaryQueriesStillWork() {
    assertEquals(2, SERVER.json("/api/search?q=pilot").get("total").asInt());
    assertEquals(2, SERVER.json("/api/search?q=pilots~1").get("total").asInt(), "fuzzy on a real word");
    assertEquals(2, SERVER.json("/api/search?q=%2Fpil.t%2F").get("total").asInt(), "a plain regex");
  }
}
