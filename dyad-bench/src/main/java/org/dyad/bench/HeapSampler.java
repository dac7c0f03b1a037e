package org.dyad.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;

/**
 * Watches the heap during one benchmark phase: starts sampling when built, stops on
 * {@link #stop()} (or {@link #close()}), and gives a {@link HeapPeak}.
 *
 * <p>A daemon thread reads the heap in use every {@code intervalMillis} (the benchmark uses 50),
 * so a run that ends abruptly never waits on it. The heap pools' own peak counters are reset when
 * the sampler starts, so each phase (Dyad, then the stock pipeline) gets its own peaks.
 */
public final class HeapSampler implements AutoCloseable {
  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
      .filter(p -> p.getType() == MemoryType.HEAP && p.isValid()).toList();
  private final Thread thread;
  private volatile boolean running = true;
  // Written by the sampling thread only; read after join() in stop(), which orders the reads.
  private long sampled;
  private long afterGc;
  private HeapPeak result;

  /** Starts sampling every {@code intervalMillis} milliseconds (at least 1). */
  public HeapSampler(long intervalMillis) {
    long interval = Math.max(1, intervalMillis);
    for (MemoryPoolMXBean p : pools) {
      p.resetPeakUsage();
    }
    sample();
    thread = new Thread(() -> {
      while (running) {
        sample();
        try {
          Thread.sleep(interval);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "dyad-bench-heap");
    thread.setDaemon(true);
    thread.start();
  }

  private void sample() {
    sampled = Math.max(sampled, memory.getHeapMemoryUsage().getUsed());
    long gc = 0;
    for (MemoryPoolMXBean p : pools) {
      MemoryUsage u = p.getCollectionUsage();
      gc += u == null ? 0 : u.getUsed();
    }
    afterGc = Math.max(afterGc, gc);
  }

  /** Stops sampling (idempotent) and gives the peaks of the phase. */
  public synchronized HeapPeak stop() {
    if (result == null) {
      running = false;
      thread.interrupt();
      try {
        thread.join(1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      sample();
      long poolPeaks = 0;
      for (MemoryPoolMXBean p : pools) {
        poolPeaks += p.getPeakUsage().getUsed();
      }
      result = new HeapPeak(sampled, poolPeaks, afterGc, memory.getHeapMemoryUsage().getMax());
    }
    return result;
  }

  /** Stops sampling; for try-with-resources when a phase fails. */
  @Override
  public void close() {
    stop();
  }
}
