package org.dyad.ingest;

/**
 * How {@link ArticleSource} interprets an input.
 *
 * <p>{@link #AUTO} (the default) decides per input: a {@code .html}/{@code .htm} name means HTML,
 * {@code .jsonl}/{@code .ndjson} means JSON Lines, a URL's content type decides, and anything else is
 * sniffed from its first bytes (markup → HTML, lines of JSON objects → JSONL, else plain text). The
 * other values force one reading for every input.
 */
public enum InputFormat {
  /** Decide from the name, the content type or the content itself. */
  AUTO,
  /** Plain text: one article per input, the first short line may be its title. */
  TEXT,
  /** A web page: main text and metadata are extracted from the markup. */
  HTML,
  /** JSON Lines: one article per line, {@code {"id", "text", "title"?, "url"?, "date"?}}. */
  JSONL
}
