package org.dyad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobSummaryTest {
  @Test
  void reasonsOfOneKindCountTogetherWhateverTheDocument() {
    assertEquals("empty text", JobSummary.kind("empty text", "corpus/empty.txt"));
    assertEquals("file not found", JobSummary.kind("file not found: /data/x.jsonl", "/data/x.jsonl"));
    assertEquals("expected 482 more bytes in file", JobSummary.kind("crawl/t.warc: record 1"
        + " (https://news.example.org/a.html): expected 482 more bytes in file", "crawl/t.warc: record 1"));
    assertEquals("cannot read WARC record", JobSummary.kind("crawl/n.warc: record 1: cannot read WARC record"
        + " (invalid WARC record at position 5)", "crawl/n.warc: record 1"));
    assertEquals("analysis failed", JobSummary.kind("analysis failed: java.lang.OutOfMemoryError", "a.jsonl:3"));
    assertEquals("", JobSummary.kind(null, "x"));
  }

  @Test
  void theLineSaysCountsReasonsAndRate() {
    Map<String, Long> skipped = new LinkedHashMap<>();
    skipped.put("empty text", 2L);
    String line = new JobSummary(2, 14, 10, 2, skipped, 40, 35, 5.0).line();
    assertTrue(line.startsWith("dyad spark: run 2: 14 read, 10 coded, 2 already coded, 2 skipped {empty text=2};"
        + " 40 event mentions, 35 events in all; 5.0 s (2.00 articles/s)"), line);
  }
}
