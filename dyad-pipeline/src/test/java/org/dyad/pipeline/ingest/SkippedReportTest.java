package org.dyad.pipeline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import org.dyad.ingest.ArticleSource;
import org.dyad.ingest.IngestConfig;
import org.dyad.model.article.IngestItem;
import org.dyad.model.article.Skipped;
import org.dyad.pipeline.ingest.StoreWriterLoop.Work;
import org.dyad.store.Store;
import org.dyad.store.search.SearchIndex;
import org.dyad.store.write.ArticleWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 item 10: an ingest reports a skipped document's place once. A JSONL line's reason
 * already starts with {@code file:line}; the report printed it twice ("skipped f.jsonl:2:
 * f.jsonl:2: malformed JSON"). Real JSONL reader, real DuckDB and Lucene, no models.
 */
class SkippedReportTest {
  @TempDir
  Path tmp;

  @Test
  void aBadJsonlLineIsReportedWithItsPlaceOnce() throws Exception {
    Path file = Files.writeString(tmp.resolve("feed.jsonl"), "{\"id\": \"a\", \"text\": \"Norway and Sweden met.\"}\n"
        + "{not json\n" + "{\"id\": \"c\"}\n");
    List<IngestItem> items = new ArrayList<>();
    new ArticleSource(IngestConfig.defaults().withDetectLanguage(false)).read(file.toString(), items::add);
    List<Skipped> skipped = items.stream().filter(Skipped.class::isInstance).map(Skipped.class::cast).toList();
    assertEquals(2, skipped.size(), items.toString());

    BlockingQueue<Work> queue = new LinkedBlockingQueue<>();
    for (int n = 0; n < skipped.size(); n++) {
      queue.put(new Work(n, skipped.get(n), null, skipped.get(n).reason(), null));
    }
    queue.put(StoreWriterLoop.END);
    StringWriter log = new StringWriter();
    PrintWriter err = new PrintWriter(log, true);
    try (Store store = Store.open(tmp.resolve("store"), false);
         ArticleWriter writer = new ArticleWriter(store);
         SearchIndex index = new SearchIndex(store, line -> { });
         IngestProgress progress = new IngestProgress(2, false, err, 3600)) {
      new StoreWriterLoop(queue, writer, index, progress, new IngestCounts(), ConcurrentHashMap.newKeySet(), err,
          new AtomicReference<>(), 1000).run();
    }
    List<String> lines = log.toString().lines().filter(l -> l.startsWith("dyad: skipped")).toList();
    String second = skipped.get(0).source();
    assertEquals(file + ":2", second);
    assertEquals(2, lines.size(), log.toString());
    for (String line : lines) {
      String place = line.substring("dyad: skipped ".length(), line.indexOf(": ", "dyad: skipped ".length()));
      assertEquals(1, count(line, place), "place said once: " + line);
    }
    assertEquals("dyad: skipped " + file + ":3: missing \"text\"", lines.get(1));
  }

  @Test
  void aReasonWithoutItsPlaceGetsIt() {
    assertEquals("inbox/a.txt: empty text", Skipped.placed("inbox/a.txt", "empty text"));
    assertEquals("permission denied: inbox/a.txt", Skipped.placed("inbox/a.txt", "permission denied: inbox/a.txt"));
    assertEquals("f.jsonl:3: malformed JSON", Skipped.placed("f.jsonl:3", "f.jsonl:3: malformed JSON"));
  }

  private static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
