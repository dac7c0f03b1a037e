package org.dyad.app.output;

/**
 * A count with its noun in the right number, for lines a person reads: {@code of(1, "event")} gives
 * "1 event", {@code of(2, "event")} "2 events", {@code of(0, "event")} "0 events". Nouns whose plural
 * is not the singular plus "s" take it as a third argument.
 */
public final class Counted {
  private Counted() {}

  /** "1 event", "2 events". */
  public static String of(long n, String singular) {
    return of(n, singular, singular + "s");
  }

  /** "1 entry", "2 entries". */
  public static String of(long n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }
}
