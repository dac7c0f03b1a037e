package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.article.IngestItem;

/**
 * Fuzzes the RSS/Atom reader ({@link FeedArticleReader}, over ROME), with an optional declared
 * charset ({@link FuzzInput}). The fetcher is a real {@link UrlFetcher} whose fetch deadline is one
 * nanosecond, so an entry that links to a page gets the fetcher's "gave up" failure without any
 * network. The contract: a feed gives at least one item (entries, or one skipped feed with its
 * reason, {@link FuzzItems}); an entry never reaches the reader's catch-all for unexpected exceptions
 * ("cannot read entry"); nothing throws.
 */
final class FeedArticleReaderFuzzTest {
  private static final String SOURCE = "fuzz.rss";
  private static final FeedArticleReader READER = new FeedArticleReader(
      new UrlFetcher(IngestConfig.defaults().withFetchDeadline(Duration.ofNanos(1))));

  @FuzzTest(maxDuration = "90s")
  void read(byte[] data) {
    FuzzInput in = FuzzInput.of(data);
    List<IngestItem> items = new ArrayList<>();
    READER.read(SOURCE, in.body(), in.charset(), null, items::add);
    assertFalse(items.isEmpty());
    for (IngestItem item : items) {
      FuzzItems.check(item, SOURCE, "cannot read entry");
    }
  }
}
