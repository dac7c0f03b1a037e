package org.dyad.nlp;

/**
 * Thrown when one document goes over a per-document budget of the NLP stage (its time or its
 * number of tokens; see {@link NlpConfig}). The message is the reason for a person, naming the
 * budget, e.g. "over the time budget of 120 s per document (stopped while tagging names)"; the
 * document is recorded as skipped with it, like any other bad input, and the batch goes on.
 */
public final class DocumentBudgetException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Takes the reason, naming the budget that was exceeded. */
  public DocumentBudgetException(String reason) {
    super(reason);
  }
}
