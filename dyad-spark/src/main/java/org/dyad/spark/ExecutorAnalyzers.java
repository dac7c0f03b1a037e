package org.dyad.spark;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.dyad.app.analyze.ArticleAnalyzer;
import org.dyad.ingest.ArticleSource;

/**
 * One analyzer per executor JVM and set of options, made on the first task that needs it and shared
 * by the executor's later tasks and threads (the analyzer is thread-safe).
 *
 * <p>This is the job's one piece of JVM-wide state, on purpose: the CoreNLP models take ~2.5 GB and
 * 20-40 s to load, and Spark gives a task no other place to keep them between tasks. The map only
 * grows by one entry per distinct set of options, in practice one.
 */
final class ExecutorAnalyzers {
  /** What a task needs to read and code articles. */
  record Parts(ArticleAnalyzer analyzer, ArticleSource source, LocalDate date) {}

  private static final ConcurrentHashMap<List<String>, Parts> BY_OPTIONS = new ConcurrentHashMap<>();

  private ExecutorAnalyzers() {}

  /** The parts for these options ({@link AnalysisArgs#words}); dictionaries load on the first call. */
  static Parts get(List<String> options) {
    return BY_OPTIONS.computeIfAbsent(List.copyOf(options), words -> {
      AnalysisArgs args = AnalysisArgs.parse(words);
      // warnings (a date a reader cannot understand) go to the executor's log
      return new Parts(new ArticleAnalyzer(args.analyzer.config()),
          args.input.source(w -> System.err.println("dyad: " + w)), args.date);
    });
  }
}
