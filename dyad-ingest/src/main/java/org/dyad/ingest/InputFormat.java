package org.dyad.ingest;

import java.util.List;

/**
 * How {@link ArticleSource} interprets an input, and the file names that hold each format.
 *
 * <p>{@link #AUTO} (the default) decides per input: a file name ending in one of a value's
 * {@link #extensions()} means that value ({@link FormatSniffer#fromName}), a URL's content type
 * decides, and anything else is sniffed from its first bytes (a feed's root element → FEED,
 * {@code WARC/1.x} → WARC, markup → HTML, lines of JSON objects → JSONL, else plain text). The other
 * values force one reading for every input. This enum is the one list of article file extensions:
 * the folder walk, Spark's input listing and the progress estimate all ask it through
 * {@link FormatSniffer}.
 */
public enum InputFormat {
  /**
   * Decide from the name, the content type or the content itself. Its extensions name article files
   * whose content decides: a {@code .txt} is mostly plain text but may hold JSON lines or markup.
   */
  AUTO(".txt", ".text"),
  /** Plain text: one article per input, the first short line may be its title. */
  TEXT,
  /** A web page: main text and metadata are extracted from the markup. */
  HTML(".html", ".htm", ".xhtml"),
  /** JSON Lines: one article per line, {@code {"id", "text", "title"?, "url"?, "date"?}}. */
  JSONL(".jsonl", ".ndjson"),
  /**
   * A web archive (WARC 1.0/1.1, plain or gzipped, such as Common Crawl's CC-NEWS): one article per
   * HTTP 200 HTML or plain-text {@code response} record and per HTML {@code resource} record.
   */
  WARC(".warc", ".warc.gz"),
  /**
   * An RSS (0.9x, 1.0, 2.0) or Atom feed: one article per entry, from the entry's content or, when
   * that is short, from the page its link points to. A {@code .xml} file may be one too, which only
   * its content tells ({@link FormatSniffer#mayHoldFeed}).
   */
  FEED(".rss", ".atom");

  private final List<String> extensions;

  InputFormat(String... extensions) {
    this.extensions = List.of(extensions);
  }

  /**
   * The file-name endings, lower case with their dot, of article files in this format; none for
   * {@link #TEXT}, whose files are sniffed ({@link #AUTO}'s).
   */
  public List<String> extensions() {
    return extensions;
  }
}
