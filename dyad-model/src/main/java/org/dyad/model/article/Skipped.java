package org.dyad.model.article;

import java.util.Objects;

/**
 * An input document that Dyad did not analyse, and why: bad input is data, not a crash.
 *
 * @param id     identifier from the input where one could be read, else derived from the source
 * @param title  headline where known, else {@code null}
 * @param url    URL where known, else {@code null}
 * @param source where it was read from ({@code file}, {@code file:line}, a URL)
 * @param reason a sentence for a person, naming what is wrong (e.g. "empty text", "not English (ru)")
 */
public record Skipped(String id, String title, String url, String source, String reason)
    implements IngestItem {
  public Skipped {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reason, "reason");
  }

  /**
   * The reason with its place, said once: "SOURCE: REASON", or the reason alone when it already
   * names the source (a JSONL line's reason starts with {@code file:line}, a file's "permission
   * denied: FILE" ends with it), so a report never reads "f.jsonl:3: f.jsonl:3: malformed JSON".
   */
  public static String placed(String source, String reason) {
    return source == null || reason.contains(source) ? reason : source + ": " + reason;
  }

  /** {@link #placed(String, String)} of this document. */
  public String placed() {
    return placed(source, reason);
  }
}
