package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dyad bench-api} runs end to end on a small synthetic store and prints its figures; a
 * benchmark, not a timed test: no latency is asserted, only that every answer under load was right.
 */
class ApiBenchIT {
  @TempDir
  Path dir;

  @Test
  void smallRunPrintsLatencyAndACleanLoadCheck() {
    CliRun cli = new CliRun();
    int code = cli.run("bench-api", "--store", dir.resolve("s").toString(), "--events", "20000", "--requests",
        "30", "--clients", "8", "--per-client", "5");
    assertEquals(0, code, cli.err());
    assertTrue(cli.out().contains("store: 20000 events"), cli.out());
    assertTrue(cli.out().contains("| timeline (dyad, weekly) | 30 |"), cli.out());
    assertTrue(cli.out().contains("| event table (filtered, sorted page) | 30 |"), cli.out());
    Matcher m = Pattern.compile("load: 8 clients, (\\d+) requests .* (\\d+) errors, (\\d+) wrong answers")
        .matcher(cli.out());
    assertTrue(m.find(), cli.out());
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
  void theHugeTitleArticleIsCutAndItsLargestPagesAnswerSmallUnderLoad() {
    CliRun cli = new CliRun();
    int code = cli.run("bench-api", "--store", dir.resolve("h").toString(), "--events", "20000", "--requests",
        "10", "--clients", "8", "--per-client", "15", "--huge-title");
    assertEquals(0, code, cli.err());
    assertTrue(cli.err().contains("huge-title article: title cut to 1000 characters (it had 9000000)"), cli.err());
    Matcher m = Pattern.compile("load: 8 clients, (\\d+) requests .* (\\d+) errors, (\\d+) wrong answers")
        .matcher(cli.out());
    assertTrue(m.find(), cli.out());
    assertEquals(120, Integer.parseInt(m.group(1)));
    assertEquals("0", m.group(2));
    assertEquals("0", m.group(3));
    Matcher page = Pattern.compile("huge-title pages \\(/api/events\\?size=500&sort=date&order=desc\\): largest"
        + " answer (\\d+) bytes").matcher(cli.out());
    assertTrue(page.find(), cli.out());
    long bytes = Long.parseLong(page.group(1));
    // At least 500 rows each repeating the 1,000-character title; far under what the uncut title gave.
    assertTrue(bytes > 500_000 && bytes < 3_000_000, "largest 500-row page: " + bytes + " bytes");
    assertTrue(cli.out().contains("heap during the load: peak "), cli.out());
  }
}
