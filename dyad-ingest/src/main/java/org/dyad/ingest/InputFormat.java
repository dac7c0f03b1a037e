package org.dyad.ingest;

/**
 * How {@link ArticleSource} interprets an input.
 *
 * <p>{@link #AUTO} (the default) decides per input: a {@code .html}/{@code .htm} name means HTML,
 * {@code .jsonl}/{@code .ndjson} means JSON Lines, {@code .warc}/{@code .warc.gz} a web archive,
 * {@code .rss}/{@code .atom} a feed, a URL's content type decides, and anything else is sniffed from
 * its first bytes (a feed's root element → FEED, {@code WARC/1.x} → WARC, markup → HTML, lines of
 * JSON objects → JSONL, else plain text). The other values force one reading for every input.
 */
public enum InputFormat {
  /** Decide from the name, the content type or the content itself. */
  AUTO,
  /** Plain text: one article per input, the first short line may be its title. */
  TEXT,
  /** A web page: main text and metadata are extracted from the markup. */
  HTML,
  /** JSON Lines: one article per line, {@code {"id", "text", "title"?, "url"?, "date"?}}. */
  JSONL,
  /**
   * A web archive (WARC 1.0/1.1, plain or gzipped, such as Common Crawl's CC-NEWS): one article per
   * HTTP 200 HTML or plain-text {@code response} record and per HTML {@code resource} record.
   */
  WARC,
  /**
   * An RSS (0.9x, 1.0, 2.0) or Atom feed: one article per entry, from the entry's content or, when
   * that is short, from the page its link points to.
   */
  FEED
}
