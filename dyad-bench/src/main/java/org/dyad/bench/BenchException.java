package org.dyad.bench;

/** A benchmark that cannot run (unreadable corpus, too few articles); the message says why. */
public final class BenchException extends Exception {
  private static final long serialVersionUID = 1L;

  /** With a message for the user, naming the file or option at fault. */
  public BenchException(String message) {
    super(message);
  }
}
