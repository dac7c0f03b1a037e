package org.dyad.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dyad.pipeline.ingest.IngestReport;
import org.junit.jupiter.api.Test;

/** The ingest's last line: plurals right, and a rate that says what it leaves out. */
class IngestSummaryTest {
  @Test
  void oneOfEachIsSingular() {
    String s = IngestCommand.summary(new IngestReport(2, 1, 1, 1, 1, 1, 4.0), 12.5, "data");
    assertEquals("dyad ingest: 2 read, 1 stored, 1 already stored, 1 error; 1 event mention, 1 new event;"
        + " 4.0 s (0.25 articles/s, not counting 12.5 s of model loading) into data", s);
  }

  @Test
  void manyArePlural() {
    String s = IngestCommand.summary(new IngestReport(12, 12, 0, 0, 136, 125, 10.0), 6, "d");
    assertTrue(s.contains("0 errors; 136 event mentions, 125 new events;"), s);
    assertFalse(s.contains("null"), s);
  }

  @Test
  void onlyTerminalDevicesCountAsTerminals() {
    assertTrue(StandardError.isTerminalDevice("/dev/pts/3"));
    assertTrue(StandardError.isTerminalDevice("/dev/tty1"));
    assertFalse(StandardError.isTerminalDevice("pipe:[12345]"));
    assertFalse(StandardError.isTerminalDevice("/tmp/ingest.log"));
    assertFalse(StandardError.isTerminalDevice("/dev/null"));
  }
}
