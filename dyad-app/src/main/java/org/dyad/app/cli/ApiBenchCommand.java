package org.dyad.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dyad.bench.api.ApiBench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dyad bench-api}: builds a synthetic store of many events (or reuses one) and measures the
 * HTTP API on it: timeline and table latency, then a bounded load of concurrent clients.
 */
@Command(name = "bench-api", mixinStandardHelpOptions = true,
    description = "Query benchmark: synthetic store of N events, API latency (median, p99) and a load check.")
public final class ApiBenchCommand implements Callable<Integer> {
  @Option(names = "--events", defaultValue = "1000000", description = "Synthetic events. Default: ${DEFAULT-VALUE}.")
  long events;

  @Option(names = "--store", paramLabel = "DIR", description = "Store folder to build or reuse "
      + "(default: a temporary folder, deleted after).")
  Path store;

  @Option(names = "--requests", defaultValue = "300",
      description = "Measured requests per query kind. Default: ${DEFAULT-VALUE}.")
  int requests;

  @Option(names = "--clients", defaultValue = "50", description = "Concurrent clients in the load check. "
      + "Default: ${DEFAULT-VALUE}.")
  int clients;

  @Option(names = "--per-client", defaultValue = "40",
      description = "Requests per client in the load check. Default: ${DEFAULT-VALUE}.")
  int perClient;

  @Option(names = "--max-seconds", defaultValue = "120",
      description = "Time bound of the load check. Default: ${DEFAULT-VALUE}.")
  double maxSeconds;

  @Option(names = "--huge-title", description = "Also write one hostile article (a 9,000,000-character title, "
      + "500 events) through the real write path and mix its 500-row event pages into the load check.")
  boolean hugeTitle;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (events < 1 || requests < 1 || clients < 1 || perClient < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--events, --requests, --clients and "
          + "--per-client must be at least 1");
    }
    Path dir = store != null ? store : Files.createTempDirectory("dyad-bench-api");
    try {
      new ApiBench(dir, events, requests, clients, perClient, maxSeconds, hugeTitle,
          spec.commandLine().getOut(), spec.commandLine().getErr()).run();
    } finally {
      if (store == null) {
        try (var walk = Files.walk(dir)) {
          walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
    return 0;
  }
}
