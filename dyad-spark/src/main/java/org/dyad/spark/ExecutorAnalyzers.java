package org.dyad.spark;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.dyad.pipeline.analyze.ArticleAnalyzer;
import org.dyad.ingest.ArticleSource;

/**
 * One reader and one analyzer per executor JVM and set of options, each made on the first task that
 * needs it and shared by the executor's later tasks and threads (both are thread-safe).
 *
 * <p>This is the job's one piece of JVM-wide state, on purpose: the CoreNLP models take ~1.5 GB and
 * 20-40 s to load, and Spark gives a task no other place to keep them between tasks. The maps only
 * grow by one entry per distinct set of options, in practice one. Reading tasks make only the reader,
 * so a reading executor does not load the dictionaries.
 */
final class ExecutorAnalyzers {
  /** What a coding task needs: the analyzer and the {@code --date} option. */
  record Parts(ArticleAnalyzer analyzer, LocalDate date) {}

  private static final ConcurrentHashMap<List<String>, Parts> ANALYZERS = new ConcurrentHashMap<>();
  private static final ConcurrentHashMap<List<String>, ArticleSource> SOURCES = new ConcurrentHashMap<>();

  private ExecutorAnalyzers() {}

  /** The analyzer for these options ({@link AnalysisArgs#words}); its dictionaries load on the first call. */
  static Parts get(List<String> options) {
    return ANALYZERS.computeIfAbsent(List.copyOf(options), words -> {
      AnalysisArgs args = AnalysisArgs.parse(words);
      return new Parts(new ArticleAnalyzer(args.analyzer.config()), args.date);
    });
  }

  /** The reader for these options; what it warns of (a date it cannot read) goes to the executor's log. */
  static ArticleSource source(List<String> options) {
    return SOURCES.computeIfAbsent(List.copyOf(options),
        words -> AnalysisArgs.parse(words).input.source(w -> System.err.println("dyad: " + w)));
  }
}
