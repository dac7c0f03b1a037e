package org.dyad.bench;

import java.time.LocalDate;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;
import org.dyad.model.text.ParsedDocument;
import org.dyad.model.text.Sentence;
import org.dyad.model.text.TextParser;

/**
 * A {@link TextParser} that passes every call to another one and counts what comes back:
 * documents, sentences, dependency-parsed sentences and tokens. The benchmark gives it to {@code ArticleAnalyzer}, which keeps
 * its parse to itself, to learn how much text the timed run went through.
 *
 * <p>Takes the parser to wrap. Thread-safe: the counts are {@link LongAdder}s, cheap under the
 * contention of several analysis threads. {@link #reset()} is meant for quiet moments (between the
 * warm-up and the timed run); counts added while it runs may or may not survive it.
 */
public final class CountingParser implements TextParser {
  private final TextParser delegate;
  private final LongAdder documents = new LongAdder();
  private final LongAdder sentences = new LongAdder();
  private final LongAdder tokens = new LongAdder();
  private final LongAdder parsedSentences = new LongAdder();

  /** Wraps the given parser; all counts start at 0. */
  public CountingParser(TextParser delegate) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
  }

  @Override
  public ParsedDocument parse(String text, LocalDate reference) {
    ParsedDocument parsed = delegate.parse(text, reference);
    long t = 0;
    long withTree = 0;
    for (Sentence s : parsed.sentences()) {
      t += s.tokens().size();
      if (!s.dependencies().isEmpty()) {
        withTree++;
      }
    }
    // Counted only once the parse succeeded: a failed article adds nothing.
    documents.increment();
    sentences.add(parsed.sentences().size());
    tokens.add(t);
    parsedSentences.add(withTree);
    return parsed;
  }

  /** Documents parsed since creation or the last {@link #reset()}. */
  public long documents() {
    return documents.sum();
  }

  /** Sentences in those documents. */
  public long sentences() {
    return sentences.sum();
  }

  /** Sentences that came back with a dependency tree (the parse gate lets the others pass by). */
  public long parsedSentences() {
    return parsedSentences.sum();
  }

  /** Tokens in those documents. */
  public long tokens() {
    return tokens.sum();
  }

  /** Sets all counts back to 0. */
  public void reset() {
    documents.reset();
    sentences.reset();
    tokens.reset();
    parsedSentences.reset();
  }
}
