package org.dyad.bench.api;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.bench.HeapPeak;
import org.dyad.bench.HeapSampler;
import org.dyad.store.Store;
import org.dyad.web.DyadServer;
import org.dyad.web.ServeConfig;

/**
 * The {@code dyad bench-api} run: a synthetic store (made unless the folder already holds one), the
 * server on a free port of 127.0.0.1, the latency of each query kind and the load check; figures
 * printed as a small table.
 *
 * <p>With {@code hugeTitle}, the store also gets {@link HugeTitleArticle} (a 9,000,000-character
 * title and {@link HugeTitleArticle#EVENTS} events, written through the real write path) and the load
 * mixes in the largest event pages ({@code /api/events?size=500}, newest first), which repeat that
 * article's (cut) title on every row; the largest answer and the heap of the JVM that runs the server
 * (and the clients) during the load are printed too.
 */
public final class ApiBench {
  private final Path dir;
  private final long events;
  private final int requests;
  private final int clients;
  private final int perClient;
  private final double maxSeconds;
  private final boolean hugeTitle;
  private final PrintWriter out;
  private final PrintWriter err;

  /**
   * A benchmark of {@code events} synthetic events in {@code dir}, with the huge-title article when
   * {@code hugeTitle}; figures to {@code out}.
   */
  public ApiBench(Path dir, long events, int requests, int clients, int perClient, double maxSeconds,
                  boolean hugeTitle, PrintWriter out, PrintWriter err) {
    this.dir = dir;
    this.events = events;
    this.requests = requests;
    this.clients = clients;
    this.perClient = perClient;
    this.maxSeconds = maxSeconds;
    this.hugeTitle = hugeTitle;
    this.out = out;
    this.err = err;
  }

  /** Runs it. */
  public void run() throws Exception {
    boolean fresh = !Files.exists(dir.resolve(Store.DATABASE));
    if (fresh) {
      long t0 = System.nanoTime();
      try (Store s = Store.open(dir, false)) {
        SyntheticStore.fill(s, events);
      }
      err.printf("bench-api: %d synthetic events generated in %.1f s%n", events, (System.nanoTime() - t0) / 1e9);
      err.flush();
    }
    if (hugeTitle) {
      try (Store s = Store.open(dir, false)) {
        for (String note : HugeTitleArticle.writeOnce(s, HugeTitleArticle.EVENTS)) {
          err.println("bench-api: huge-title article: " + note);
        }
      }
      err.flush();
    }
    try (Store s = Store.open(dir, true); DyadServer server = DyadServer.start(s, new ServeConfig("127.0.0.1", 0, 4))) {
      long stored = org.dyad.store.query.ArticleQueries.stats(s).events();
      ApiBenchmark bench = new ApiBenchmark(server.port());
      List<String> timeline = bench.timelineQueries(requests, 1);
      List<String> table = bench.tableQueries(requests, 2);
      ApiBenchmark.Latency tl = bench.latency("timeline (dyad, weekly)", timeline, 20);
      ApiBenchmark.Latency tb = bench.latency("event table (filtered, sorted page)", table, 20);
      List<String> mixed = new java.util.ArrayList<>(timeline.subList(0, Math.min(50, timeline.size())));
      mixed.addAll(table.subList(0, Math.min(50, table.size())));
      List<String> hostile = hugeTitle ? HugeTitleArticle.pages() : List.of();
      mixed.addAll(hostile);
      HeapSampler heap = new HeapSampler(50);
      ApiBenchmark.Load load = bench.load(clients, perClient, mixed, maxSeconds);
      HeapPeak peak = heap.stop();
      out.printf("store: %d events (%s)%n", stored, dir);
      out.println("| query | requests | median ms | p99 ms | max ms |");
      out.println("|---|---|---|---|---|");
      for (ApiBenchmark.Latency l : List.of(tl, tb)) {
        out.printf("| %s | %d | %.1f | %.1f | %.1f |%n", l.kind(), l.requests(), l.medianMs(), l.p99Ms(), l.maxMs());
      }
      out.printf("load: %d clients, %d requests in %.1f s = %.1f requests/s, p99 %.1f ms, %d errors, %d wrong"
          + " answers%n", load.clients(), load.requests(), load.seconds(), load.perSecond(), load.p99Ms(),
          load.errors(), load.wrong());
      out.printf("load latency: median %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms; largest answer %d bytes%n",
          load.medianMs(), load.p90Ms(), load.p99Ms(), load.maxMs(), load.largestBytes());
      if (hugeTitle) {
        out.printf("huge-title pages (%s): largest answer %d bytes%n", HugeTitleArticle.PAGE,
            load.largestBytes(hostile));
      }
      out.printf("heap during the load: peak %d MB (sampled %d MB, pool peaks %d MB), after GC %d MB, limit %d MB%n",
          peak.peakBytes() >> 20, peak.sampledBytes() >> 20, peak.poolPeaksBytes() >> 20, peak.afterGcBytes() >> 20,
          peak.maxBytes() >> 20);
      out.flush();
      if (load.errors() > 0 || load.wrong() > 0) {
        throw new IllegalStateException("the server failed " + load.errors() + " requests and answered "
            + load.wrong() + " wrongly under load");
      }
    }
  }
}
