package org.dyad.nlp;

import java.time.Duration;

/**
 * The time budget of one document's NLP, started when its analysis starts.
 *
 * <p>Takes the budget ({@link NlpConfig#analysisDeadline()}; zero for none). {@link #check} throws a
 * {@link DocumentBudgetException} once the budget is spent. Why a check and not a timer: CoreNLP's
 * annotators do not answer {@link Thread#interrupt()} everywhere, so a watchdog thread could only
 * abandon a worker that keeps running (and holding memory) in the background. The parser instead
 * checks between annotators and between small batches of sentences; as no sentence is longer than
 * the sentence budget, each step between two checks is short, and a document stops a little after
 * its budget on the thread that analyses it, leaking nothing. Tokenizing and sentence splitting run
 * before the first check; they take time in proportion to the text, which the size cap bounds.
 * Confined to one thread.
 */
public final class AnalysisDeadline {
  private final Duration budget;
  private final long endNanos;

  private AnalysisDeadline(Duration budget, long endNanos) {
    this.budget = budget;
    this.endNanos = endNanos;
  }

  /** Gives a deadline {@code budget} from now; a zero budget never expires. */
  public static AnalysisDeadline after(Duration budget) {
    return new AnalysisDeadline(budget, System.nanoTime() + budget.toNanos());
  }

  /**
   * Throws when the budget is spent.
   *
   * @param stage what the analysis was doing, for the reason ("tagging names")
   * @throws DocumentBudgetException naming the budget and the stage
   */
  public void check(String stage) {
    if (!budget.isZero() && System.nanoTime() - endNanos > 0) {
      throw new DocumentBudgetException("over the time budget of " + seconds(budget)
          + " per document (stopped while " + stage + ")");
    }
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }
}
