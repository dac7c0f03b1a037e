package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * {@link IngestConfig}'s defaults keep the values they had when written out as a full constructor
 * call (issue 13), its builder copies every field (a field it forgot would come back as its
 * default), and the record's checks still apply to what is built.
 */
class IngestConfigTest {
  private static final LocalDate DAY = LocalDate.of(2025, 6, 4);

  @Test
  void defaultsKeepTheirValues() {
    assertEquals(new IngestConfig(10L * 1024 * 1024, Duration.ofSeconds(20), Duration.ofSeconds(60), false,
        true, null, InputFormat.AUTO, Duration.ZERO), IngestConfig.defaults());
  }

  @Test
  void copiesKeepEveryOtherField() {
    // Every field away from its default, so that a field dropped on the way shows.
    IngestConfig odd = new IngestConfig(5, Duration.ofSeconds(1), Duration.ofSeconds(2), true, false, DAY,
        InputFormat.WARC, Duration.ofSeconds(3));
    assertEquals(odd, odd.toBuilder().build());
    assertEquals(new IngestConfig(6, Duration.ofSeconds(7), Duration.ofSeconds(8), false, true, null,
        InputFormat.FEED, Duration.ofSeconds(9)), odd.withMaxBytes(6).withHttpTimeout(Duration.ofSeconds(7))
        .withFetchDeadline(Duration.ofSeconds(8)).withAllowPrivateAddresses(false).withDetectLanguage(true)
        .withDefaultDate(null).withFormat(InputFormat.FEED).withHostInterval(Duration.ofSeconds(9)));
    assertEquals(new IngestConfig(5, Duration.ofSeconds(1), Duration.ofSeconds(2), true, false, DAY,
        InputFormat.JSONL, Duration.ofSeconds(3)), odd.withFormat(InputFormat.JSONL));
  }

  @Test
  void theRecordChecksWhatIsBuilt() {
    assertThrows(IllegalArgumentException.class, () -> IngestConfig.builder().maxBytes(0).build());
    assertThrows(IllegalArgumentException.class, () -> IngestConfig.defaults().withFetchDeadline(Duration.ZERO));
    assertEquals(InputFormat.AUTO, IngestConfig.builder().format(null).build().format());
    assertEquals(Duration.ZERO, IngestConfig.defaults().withHostInterval(Duration.ofSeconds(-1)).hostInterval());
  }
}
