package org.dyad.eval;

/** A gold record that cannot be used; the message says why, the reader adds where. */
final class BadRecord extends Exception {
  private static final long serialVersionUID = 1L;

  BadRecord(String reason) {
    super(reason, null, false, false); // control flow, not a crash: no stack trace
  }
}
