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
}
