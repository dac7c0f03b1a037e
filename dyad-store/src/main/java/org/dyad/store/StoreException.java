package org.dyad.store;

/** A store that cannot be opened, read or written; the message names the store and the reason. */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final boolean inUse;

  /** With a message. */
  public StoreException(String message) {
    super(message);
    this.inUse = false;
  }

  private StoreException(String message, boolean inUse) {
    super(message);
    this.inUse = inUse;
  }

  /** A store another process holds (DuckDB's file lock): {@link #inUse()} is true. */
  public static StoreException inUse(String message) {
    return new StoreException(message, true);
  }

  /**
   * Whether the store could not be opened because another process holds it: a caller may then hand
   * its work to that process or wait, where any other failure is final.
   */
  public boolean inUse() {
    return inUse;
  }

  /** With a message and the cause. */
  public StoreException(String message, Throwable cause) {
    super(message, cause);
    this.inUse = false;
  }

  /**
   * The first line of a database message: DuckDB's go on with the statement, a caret and advice,
   * while a store error is said in one line. Gives "null" for a missing message.
   */
  public static String firstLine(String message) {
    String m = String.valueOf(message).strip();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl).strip();
  }
}
