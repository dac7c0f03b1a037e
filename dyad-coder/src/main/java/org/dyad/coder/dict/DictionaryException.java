package org.dyad.coder.dict;

/**
 * A dictionary or ontology file that cannot be used, with the file, line and reason in its message
 * ({@code countries.tsv:42: expected 6 columns, found 5}). Thrown at start-up: bad configuration
 * fails fast.
 */
public final class DictionaryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Builds the message {@code where: reason}. */
  public DictionaryException(String where, String reason) {
    super(where + ": " + reason);
  }
}
