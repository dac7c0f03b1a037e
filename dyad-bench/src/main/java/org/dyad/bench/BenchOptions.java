package org.dyad.bench;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@code dyad bench} measures.
 *
 * @param corpus   a file of articles, usually JSONL ({@code {id, text, title?}} per line); any input
 *                 {@code dyad analyze} reads will do
 * @param limit    articles timed, at least 1 (the command's default is 200); counted after the
 *                 warm-up ones and without records skipped while reading (empty, not English...)
 * @param warmup   articles analysed first, untimed, to load lazy parts and let the JIT compile;
 *                 0 or more (default 10)
 * @param threads  analysis threads sharing one analyzer, at least 1 (default 1)
 * @param baseline also time the stock CoreNLP pipeline on the same articles, single-threaded
 * @throws IllegalArgumentException naming the option, when a number is out of range
 */
public record BenchOptions(Path corpus, int limit, int warmup, int threads, boolean baseline) {
  public BenchOptions {
    Objects.requireNonNull(corpus, "corpus");
    if (limit < 1) {
      throw new IllegalArgumentException("--limit must be 1 or more (was " + limit + ")");
    }
    if (warmup < 0) {
      throw new IllegalArgumentException("--warmup must be 0 or more (was " + warmup + ")");
    }
    if (threads < 1) {
      throw new IllegalArgumentException("--threads must be 1 or more (was " + threads + ")");
    }
  }
}
