package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Fuzzes the date parsing ({@link Dates#parse}) behind JSONL dates and the dates in HTML metadata
 * (pages, WARC records, the pages feed entries link to), with the input as UTF-8 text. Dyad has no
 * dateline parser of its own; the dates of the text itself are SUTime's. The contract: a date or
 * {@code null} ("never throws"), and a date that is given reads back as itself in ISO form.
 */
final class DatesFuzzTest {
  @FuzzTest(maxDuration = "90s")
  void parse(byte[] data) {
    LocalDate date = Dates.parse(new String(data, StandardCharsets.UTF_8));
    if (date != null && date.getYear() >= 0 && date.getYear() <= 9999) {
      assertEquals(date, Dates.parse(date.toString()));
    }
  }
}
