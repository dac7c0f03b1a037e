package org.dyad.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dyad.model.text.ParsedDocument;
import org.dyad.model.text.TextParser;
import org.junit.jupiter.api.Test;

class CountingParserTest {
  private static final LocalDate DAY = LocalDate.of(2025, 6, 4);

  @Test
  void countsSentencesAndTokensOfWhatItPassesOn() {
    TextParser fake = new FakeParser();
    CountingParser counting = new CountingParser(fake);
    ParsedDocument parsed = counting.parse("One two three. Four five.", DAY);
    assertEquals(2, parsed.sentences().size());
    counting.parse("Six seven eight nine.", DAY);
    assertEquals(2, counting.documents());
    assertEquals(3, counting.sentences());
    assertEquals(9, counting.tokens());
  }

  @Test
  void givesTheDelegatesResultUnchanged() {
    ParsedDocument fixed = new FakeParser().parse("A b.", DAY);
    CountingParser counting = new CountingParser((text, ref) -> fixed);
    assertSame(fixed, counting.parse("anything at all", DAY));
  }

  @Test
  void resetStartsAgainFromZero() {
    CountingParser counting = new CountingParser(new FakeParser());
    counting.parse("A b c.", DAY);
    counting.reset();
    assertEquals(0, counting.documents());
    assertEquals(0, counting.sentences());
    assertEquals(0, counting.tokens());
    counting.parse("D e.", DAY);
    assertEquals(2, counting.tokens());
  }

  @Test
  void aFailedParseCountsNothing() {
    CountingParser counting = new CountingParser((text, ref) -> {
      throw new IllegalStateException("model broke");
    });
    assertThrows(IllegalStateException.class, () -> counting.parse("A b.", DAY));
    assertEquals(0, counting.documents());
    assertEquals(0, counting.tokens());
  }

  @Test
  void countsExactlyUnderManyThreads() throws Exception {
    CountingParser counting = new CountingParser(new FakeParser());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        futures.add(pool.submit(() -> counting.parse("One two. Three four five.", DAY)));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(400, counting.documents());
    assertEquals(800, counting.sentences());
    assertEquals(2000, counting.tokens());
  }
}
