package org.dyad.store;

/** A store that cannot be opened, read or written; the message names the store and the reason. */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** With a message. */
  public StoreException(String message) {
    super(message);
  }

  /** With a message and the cause. */
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
