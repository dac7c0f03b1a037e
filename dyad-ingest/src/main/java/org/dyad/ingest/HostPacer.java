package org.dyad.ingest;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Keeps requests to one host at least an interval apart, so a watch that polls a site's feed and then
 * fetches its new pages does not hammer it. Takes the interval (zero: never waits); {@link #await}
 * blocks the calling thread until its turn. Hosts are told apart by name, lower case. Thread-safe:
 * turns are handed out in call order.
 */
final class HostPacer {
  private final long intervalNanos;
  private final Map<String, Long> nextTurn = new HashMap<>();

  HostPacer(Duration interval) {
    this.intervalNanos = interval.toNanos();
  }

  /** Waits for the host's next turn; returns at once when the interval is zero or the host new. */
  void await(String host) throws InterruptedException {
    if (intervalNanos <= 0 || host == null) {
      return;
    }
    String key = host.toLowerCase(Locale.ROOT);
    long turn;
    synchronized (this) {
      long now = System.nanoTime();
      turn = Math.max(now, nextTurn.getOrDefault(key, now));
      nextTurn.put(key, turn + intervalNanos);
    }
    long wait = turn - System.nanoTime();
    if (wait > 0) {
      Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
    }
  }
}
