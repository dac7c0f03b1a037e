package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.article.IngestItem;

/**
 * Fuzzes the JSON Lines reader ({@link JsonlArticleReader}) with a line limit of 512 characters,
 * so that overlong lines are met too. The contract: every non-blank line gives an article or a
 * skipped line whose reason names {@code source:line} ({@link FuzzItems}); a line never reaches the
 * reader's catch-all for unexpected exceptions ("cannot read article"); dates it cannot read are
 * warnings naming the line; nothing throws.
 */
final class JsonlArticleReaderFuzzTest {
  private static final String SOURCE = "fuzz.jsonl";

  @FuzzTest(maxDuration = "90s")
  void read(byte[] data) {
    List<String> warnings = new ArrayList<>();
    JsonlArticleReader reader = new JsonlArticleReader(512, warnings::add);
    List<IngestItem> items = new ArrayList<>();
    reader.read(SOURCE, new ByteArrayInputStream(data), items::add);
    for (IngestItem item : items) {
      FuzzItems.check(item, SOURCE, "cannot read article");
    }
    for (String warning : warnings) {
      assertTrue(warning.startsWith(SOURCE + ":"), warning);
    }
  }
}
