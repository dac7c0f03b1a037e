package org.dyad.spark;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * What one run of {@link CorpusJob} did.
 *
 * @param run        the run's number in its output folder (1 for the first)
 * @param read       documents read, articles and skipped ones
 * @param coded      articles coded and written
 * @param duplicates articles not coded because their text came earlier in the input or in an earlier run
 * @param skipped    skipped documents and failed articles by the kind of reason ({@link #kind})
 * @param mentions   event mentions written by this run
 * @param events     events in the output after this run (all runs' mentions merged)
 * @param seconds    wall time of the run, Spark's start-up not included
 */
public record JobSummary(int run, long read, long coded, long duplicates, Map<String, Long> skipped,
                         long mentions, long events, double seconds) {
  /** A WARC record's number, with its URL when given: names a document, not a reason. */
  private static final Pattern RECORD = Pattern.compile("record \\d+( \\([^)]*\\))?");

  /**
   * The kind of a skip reason, for counting reasons together: the reason without what names the
   * document (its source, a WARC record's number and URL) and without the details after a colon or
   * an opening parenthesis ({@code "file not found: a.jsonl"} gives {@code "file not found"}).
   */
  public static String kind(String reason, String source) {
    if (reason == null) {
      return "";
    }
    String r = source == null || source.isEmpty() ? reason : reason.replace(source, "");
    r = RECORD.matcher(r).replaceAll("").replaceFirst("^[: ]*(\\([^)]*\\))?[: ]*", "");
    int cut = r.length();
    for (char c : new char[] {':', '('}) {
      int at = r.indexOf(c);
      cut = at >= 0 ? Math.min(cut, at) : cut;
    }
    return r.substring(0, cut).strip();
  }

  /** The summary as one line for a person. */
  public String line() {
    long errors = skipped.values().stream().mapToLong(Long::longValue).sum();
    return String.format(java.util.Locale.ROOT, "dyad spark: run %d: %d read, %d coded, %d already coded, %d skipped%s;"
        + " %d event mentions, %d events in all; %.1f s (%.2f articles/s)", run, read, coded, duplicates, errors,
        skipped.isEmpty() ? "" : " " + skipped, mentions, events, seconds, seconds > 0 ? coded / seconds : 0);
  }
}
