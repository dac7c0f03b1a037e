package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 item 10: a store another process holds is refused with Dyad's options, not DuckDB's
 * advice about a {@code -readonly} flag of its own shell. The holder is a real second JVM
 * ({@link Holder}) with the real DuckDB file lock.
 */
class StoreLockTest {
  @TempDir
  Path tmp;

  /** Opens the store named by the first argument (read-only when the second is "true") and waits. */
  public static final class Holder {
    public static void main(String[] args) throws Exception {
      try (Store s = Store.open(Path.of(args[0]), Boolean.parseBoolean(args[1]))) {
        System.out.println("open");
        System.out.flush();
        System.in.read(); // until the test closes our input
      }
    }
  }

  private static Process hold(Path dir, boolean readOnly) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(List.of(java, "-Xmx128m", "-cp", System.getProperty("java.class.path"),
        Holder.class.getName(), dir.toString(), String.valueOf(readOnly))).redirectErrorStream(true).start();
    BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    assertEquals("open", out.readLine(), "the holder process opened the store");
    return p;
  }

  private static void release(Process p) throws Exception {
    p.getOutputStream().close();
    if (!p.waitFor(20, TimeUnit.SECONDS)) {
      p.destroyForcibly();
    }
  }

  @Test
  void aStoreHeldReadOnlyElsewhereNamesDyadsOptionsNotDuckdbsFlag() throws Exception {
    Path dir = tmp.resolve("store");
    Store.open(dir, false).close();
    Process holder = hold(dir, true);
    try {
      StoreException e = assertThrows(StoreException.class, () -> Store.open(dir, false));
      assertTrue(e.inUse());
      assertEquals("store " + dir + " is open read-only in process " + holder.pid() + " (a 'dyad serve"
          + " --read-only'?), so it cannot be written now; stop that process or wait until it ends (reading it"
          + " at the same time works: 'dyad serve --read-only', 'dyad export')", e.getMessage());
      // What the message promises: reading it at the same time works.
      Store.open(dir, true).close();
    } finally {
      release(holder);
    }
  }

  @Test
  void aStoreHeldForWritingElsewhereSaysToWaitOrHandOver() throws Exception {
    Path dir = tmp.resolve("store");
    Process holder = hold(dir, false);
    try {
      StoreException write = assertThrows(StoreException.class, () -> Store.open(dir, false));
      assertTrue(write.inUse());
      assertEquals("store " + dir + " is in use by process " + holder.pid() + " (a running 'dyad serve' or 'dyad"
          + " ingest'?); wait until it ends, or let it do the work: a 'dyad serve' without --read-only stores what"
          + " 'dyad ingest' hands it", write.getMessage());
      StoreException read = assertThrows(StoreException.class, () -> Store.open(dir, true));
      assertTrue(read.getMessage().contains("cannot be read here now"), read.getMessage());
      assertFalse(read.getMessage().contains("readonly") || read.getMessage().contains("duckdb.org"),
          read.getMessage());
    } finally {
      release(holder);
    }
  }
}
