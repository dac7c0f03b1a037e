package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.article.IngestItem;

/**
 * Fuzzes the WARC reader ({@link WarcArticleReader}, over jwarc) with a 64 KiB payload limit, on
 * plain and gzip-compressed records alike. The contract: the reader gives at least one item (a
 * page, or a skipped record or file whose source names the file, {@link FuzzItems}) and nothing
 * escapes it: broken records are reasons, not exceptions, and no page reaches the extraction's
 * catch-all for unexpected exceptions ("cannot extract text").
 */
final class WarcArticleReaderFuzzTest {
  private static final String SOURCE = "fuzz.warc";

  @FuzzTest(maxDuration = "90s")
  void read(byte[] data) {
    List<IngestItem> items = new ArrayList<>();
    new WarcArticleReader(64 * 1024).read(SOURCE, new ByteArrayInputStream(data), items::add);
    assertFalse(items.isEmpty());
    for (IngestItem item : items) {
      FuzzItems.check(item, SOURCE, "cannot extract text");
    }
  }
}
