package org.dyad.bench.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code dyad bench-api} runs ({@link ApiBench}) goes end to end on a small synthetic store and
 * prints its figures; a benchmark, not a timed test: no latency is asserted, only that every answer under load was right.
 */
class ApiBenchIT {
  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /** Runs the benchmark on a store in {@code name} under the test's folder (max 120 s, as the command). */
  private void run(String name, int requests, int perClient, boolean hugeTitle) throws Exception {
    new ApiBench(dir.resolve(name), 20000, requests, 8, perClient, 120, hugeTitle, new PrintWriter(out, true),
        new PrintWriter(err, true)).run();
  }

  @Test
  void smallRunPrintsLatencyAndACleanLoadCheck() throws Exception {
    run("s", 30, 5, false);
    assertTrue(out.toString().contains("store: 20000 events"), out.toString());
    assertTrue(out.toString().contains("| timeline (dyad, weekly) | 30 |"), out.toString());
    assertTrue(out.toString().contains("| event table (filtered, sorted page) | 30 |"), out.toString());
    Matcher m = Pattern.compile("load: 8 clients, (\\d+) requests .* (\\d+) errors, (\\d+) wrong answers")
        .matcher(out.toString());
    assertTrue(m.find(), out.toString());
    assertEquals(40, Integer.parseInt(m.group(1)));
    assertEquals("0", m.group(2));
    assertEquals("0", m.group(3));
  }

  /**
   * Issue 14 item 2: with the 9,000,000-character-title article in the store, the 500-row event
   * pages that repeat its title answer without errors and stay small (its title is cut to 1,000
   * characters when written: 500 rows of about 1.5 kB, not the 4.5 GB of the uncut title).
   */
  @Test
  void theHugeTitleArticleIsCutAndItsLargestPagesAnswerSmallUnderLoad() throws Exception {
    run("h", 10, 15, true);
    assertTrue(err.toString().contains("huge-title article: title cut to 1000 characters (it had 9000000)"), err.toString());
    Matcher m = Pattern.compile("load: 8 clients, (\\d+) requests .* (\\d+) errors, (\\d+) wrong answers")
        .matcher(out.toString());
    assertTrue(m.find(), out.toString());
    assertEquals(120, Integer.parseInt(m.group(1)));
    assertEquals("0", m.group(2));
    assertEquals("0", m.group(3));
    Matcher page = Pattern.compile("huge-title pages \\(/api/events\\?size=500&sort=date&order=desc\\): largest"
        + " answer (\\d+) bytes").matcher(out.toString());
    assertTrue(page.find(), out.toString());
    long bytes = Long.parseLong(page.group(1));
    // At least 500 rows each repeating the 1,000-character title; far under what the uncut title gave.
    assertTrue(bytes > 500_000 && bytes < 3_000_000, "largest 500-row page: " + bytes + " bytes");
    assertTrue(out.toString().contains("heap during the load: peak "), out.toString());
  }
}
