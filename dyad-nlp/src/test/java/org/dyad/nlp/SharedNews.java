package org.dyad.nlp;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/** The first texts of the shared news corpus for the NLP integration tests; skips the test when absent. */
final class SharedNews {
  private SharedNews() {}

  /** Up to {@code max} non-blank texts of {@code ../shared/corpus/insightcrime.jsonl}, in file order. */
  static List<String> texts(int max) throws IOException {
    // The build passes -Ddyad.shared (the project's sibling shared/ directory); ../../shared from
    // the module directory otherwise.
    Path corpus = Path.of(System.getProperty("dyad.shared", "../../shared"), "corpus",
        "insightcrime.jsonl");
    Assumptions.assumeTrue(Files.exists(corpus),
        corpus + " is absent: the shared-corpus comparison is skipped");
    ObjectMapper json = new ObjectMapper();
    List<String> texts = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(corpus)) {
      String line;
      while ((line = in.readLine()) != null && texts.size() < max) {
        String text = json.readTree(line).path("text").asText("");
        if (!text.isBlank()) {
          texts.add(text);
        }
      }
    }
    return texts;
  }
}
