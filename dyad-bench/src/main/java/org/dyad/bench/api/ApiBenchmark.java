package org.dyad.bench.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Measures a running server through its HTTP API on 127.0.0.1: latency of timeline and filtered
 * event-table queries one at a time (median, p99), then a bounded load of many concurrent clients
 * whose every answer is checked against the answer the same query gave alone.
 */
final class ApiBenchmark {
  /** Latency of one kind of query, in milliseconds. */
  record Latency(String kind, int requests, double medianMs, double p99Ms, double maxMs) {}

  /**
   * The concurrent load's outcome: counts, latency percentiles in milliseconds, and the largest
   * answer body in bytes of each query.
   */
  record Load(int clients, long requests, long errors, long wrong, double seconds, double perSecond,
              double medianMs, double p90Ms, double p99Ms, double maxMs, Map<String, Long> largest) {
    /** The largest answer of any query, in bytes. */
    long largestBytes() {
      return largest.values().stream().mapToLong(Long::longValue).max().orElse(0);
    }

    /** The largest answer of these queries, in bytes. */
    long largestBytes(List<String> queries) {
      return queries.stream().mapToLong(q -> largest.getOrDefault(q, 0L)).max().orElse(0);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;

  ApiBenchmark(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  /** Timeline queries for random dyads, by week. */
  List<String> timelineQueries(int n, long seed) {
    Random r = new Random(seed);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add("/api/timeline?bucket=week&source=" + country(r) + "&target=" + country(r));
    }
    return out;
  }

  /** Event-table pages with one to three filters and a sort. */
  List<String> tableQueries(int n, long seed) {
    Random r = new Random(seed);
    String[] sorts = {"date", "goldstein", "mentions", "code"};
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      StringBuilder q = new StringBuilder("/api/events?size=50&sort=" + sorts[r.nextInt(sorts.length)]);
      q.append(r.nextBoolean() ? "&order=desc" : "&order=asc");
      q.append("&source=").append(country(r));
      if (r.nextBoolean()) {
        q.append("&root=").append(String.format("%02d", 1 + r.nextInt(20)));
      }
      if (r.nextBoolean()) {
        int year = 2015 + r.nextInt(10);
        q.append("&from=").append(year).append("-01-01&to=").append(year + 1).append("-06-30");
      }
      if (r.nextInt(4) == 0) {
        q.append("&page=").append(2 + r.nextInt(20));
      }
      out.add(q.toString());
    }
    return out;
  }

  private static String country(Random r) {
    String a = SyntheticStore.ACTORS[r.nextInt(SyntheticStore.ACTORS.length)];
    return a.startsWith("IGO") ? a : a.substring(0, 3);
  }

  /** Runs queries one after another (after {@code warm} unmeasured ones) and gives their latency. */
  Latency latency(String kind, List<String> queries, int warm) throws IOException, InterruptedException {
    for (int i = 0; i < Math.min(warm, queries.size()); i++) {
      get(queries.get(i));
    }
    double[] ms = new double[queries.size()];
    for (int i = 0; i < queries.size(); i++) {
      long t0 = System.nanoTime();
      HttpResponse<String> resp = get(queries.get(i));
      ms[i] = (System.nanoTime() - t0) / 1e6;
      if (resp.statusCode() != 200) {
        throw new IllegalStateException(queries.get(i) + " answered " + resp.statusCode() + ": " + resp.body());
      }
    }
    Arrays.sort(ms);
    return new Latency(kind, ms.length, percentile(ms, 0.5), percentile(ms, 0.99), ms[ms.length - 1]);
  }

  /**
   * {@code clients} threads send the queries round-robin, {@code perClient} each, within
   * {@code maxSeconds}; each answer must equal the one the query gave alone.
   */
  Load load(int clients, int perClient, List<String> queries, double maxSeconds)
      throws IOException, InterruptedException {
    List<JsonNode> expected = new ArrayList<>();
    for (String q : queries) {
      expected.add(JSON.readTree(get(q).body()));
    }
    AtomicLong done = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    AtomicLong wrong = new AtomicLong();
    AtomicLongArray largest = new AtomicLongArray(queries.size());
    long deadline = System.nanoTime() + (long) (maxSeconds * 1e9);
    double[][] times = new double[clients][perClient];
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long t0 = System.nanoTime();
    List<Future<?>> futures = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int client = c;
      futures.add(pool.submit(() -> {
        Arrays.fill(times[client], -1);
        for (int i = 0; i < perClient && System.nanoTime() < deadline; i++) {
          int k = (client * 7 + i) % queries.size();
          long s = System.nanoTime();
          try {
            HttpResponse<String> resp = get(queries.get(k));
            times[client][i] = (System.nanoTime() - s) / 1e6;
            largest.accumulateAndGet(k, resp.body().getBytes(StandardCharsets.UTF_8).length, Math::max);
            if (resp.statusCode() != 200) {
              errors.incrementAndGet();
            } else if (!JSON.readTree(resp.body()).equals(expected.get(k))) {
              wrong.incrementAndGet();
            }
          } catch (IOException e) {
            errors.incrementAndGet();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
          done.incrementAndGet();
        }
      }));
    }
    pool.shutdown();
    pool.awaitTermination((long) maxSeconds + 60, TimeUnit.SECONDS);
    pool.shutdownNow();
    double secs = (System.nanoTime() - t0) / 1e9;
    double[] all = Arrays.stream(times).flatMapToDouble(Arrays::stream).filter(v -> v >= 0).sorted().toArray();
    Map<String, Long> sizes = new HashMap<>();
    for (int k = 0; k < queries.size(); k++) {
      sizes.merge(queries.get(k), largest.get(k), Math::max);
    }
    return new Load(clients, done.get(), errors.get(), wrong.get(), secs, done.get() / secs,
        percentile(all, 0.5), percentile(all, 0.9), percentile(all, 0.99), percentile(all, 1.0), sizes);
  }

  private HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    HttpRequest req = HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(Duration.ofSeconds(60))
        .GET().build();
    return http.send(req, HttpResponse.BodyHandlers.ofString());
  }

  private static double percentile(double[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.ceil(p * sorted.length) - 1;
    return Math.round(sorted[Math.max(0, Math.min(i, sorted.length - 1))] * 10) / 10.0;
  }
}
