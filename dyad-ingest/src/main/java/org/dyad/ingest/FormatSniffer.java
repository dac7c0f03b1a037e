package org.dyad.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Decides what an input is, from its name or its first bytes.
 *
 * <p>Names: {@code .html}/{@code .htm}/{@code .xhtml} → HTML, {@code .jsonl}/{@code .ndjson} → JSONL,
 * {@code .warc}/{@code .warc.gz} → WARC, {@code .rss}/{@code .atom} → FEED, anything else →
 * {@link InputFormat#AUTO} (look at the content). Content: {@code WARC/} at the start (also inside
 * gzip) → WARC; a root element {@code <rss}, {@code <rdf:RDF} or an Atom {@code <feed} after the
 * XML prolog → FEED; starting with {@code <} and holding {@code <html}, {@code <body} or {@code <p} →
 * HTML; first non-blank character {@code {} and every complete line of the sample a JSON object →
 * JSONL; else plain text. Stateless and thread-safe.
 */
public final class FormatSniffer {
  /** Bytes looked at: enough for many JSONL lines or a page's head, small enough to buffer. */
  public static final int SAMPLE_BYTES = 64 * 1024;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern HTML_MARK = Pattern.compile("<(html|body|p)[\\s>/]|<!doctype html",
      Pattern.CASE_INSENSITIVE);
  /** The root element's start tag after XML declaration, processing instructions, comments, doctype. */
  private static final Pattern FEED_ROOT = Pattern.compile(
      "^(?:\\s+|<\\?.*?\\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*<(rss|rdf:RDF|(?:[\\w.-]+:)?feed)[\\s>/][^>]*",
      Pattern.DOTALL);
  private static final byte[] WARC_MAGIC = "WARC/".getBytes(StandardCharsets.US_ASCII);
  /** Names of files a folder holds articles in; {@code .xml} counts only when it is a feed. */
  private static final List<String> ARTICLE_EXTENSIONS = List.of(".txt", ".text", ".html", ".htm",
      ".xhtml", ".jsonl", ".ndjson", ".warc", ".warc.gz", ".rss", ".atom");

  private FormatSniffer() {
  }

  /** The format a file name implies, or {@link InputFormat#AUTO}. */
  public static InputFormat fromName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
      return InputFormat.HTML;
    }
    if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
      return InputFormat.JSONL;
    }
    if (lower.endsWith(".warc") || lower.endsWith(".warc.gz")) {
      return InputFormat.WARC;
    }
    if (lower.endsWith(".rss") || lower.endsWith(".atom")) {
      return InputFormat.FEED;
    }
    return InputFormat.AUTO;
  }

  /**
   * Whether a file of this name is read when it lies in a folder: {@code .txt}, {@code .text},
   * {@code .html}, {@code .htm}, {@code .xhtml}, {@code .jsonl}, {@code .ndjson}, {@code .warc},
   * {@code .warc.gz}, {@code .rss} and {@code .atom} ({@code .xml} needs a look at the content).
   */
  public static boolean isArticleFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return ARTICLE_EXTENSIONS.stream().anyMatch(lower::endsWith);
  }

  /**
   * The format the content shows.
   *
   * @param sample   the first bytes (up to {@link #SAMPLE_BYTES})
   * @param complete whether the sample is the whole input (else its last line may be cut off)
   * @return WARC, FEED, HTML, JSONL or TEXT
   */
  public static InputFormat fromContent(byte[] sample, boolean complete) {
    if (isWarc(sample)) {
      return InputFormat.WARC;
    }
    String head = head(sample);
    // Before HTML: Atom content may hold XHTML paragraphs.
    if (isFeed(head)) {
      return InputFormat.FEED;
    }
    if (head.startsWith("<") && HTML_MARK.matcher(head).find()) {
      return InputFormat.HTML;
    }
    if (head.startsWith("{") && allLinesAreObjects(head, complete)) {
      return InputFormat.JSONL;
    }
    return InputFormat.TEXT;
  }

  /** Whether the first bytes are an RSS, RSS 1.0 (RDF) or Atom feed's. */
  public static boolean isFeed(byte[] sample) {
    return isFeed(head(sample));
  }

  private static boolean isFeed(String head) {
    Matcher m = FEED_ROOT.matcher(head);
    if (!m.find()) {
      return false;
    }
    // A <feed> is Atom only with Atom's namespace (1.0, or 0.3's purl.org one).
    return !m.group(1).endsWith("feed") || m.group().contains("www.w3.org/2005/Atom")
        || m.group().contains("purl.org/atom");
  }

  /**
   * The format a URL's media type implies; generic or missing types are sniffed from the body.
   *
   * @param type the media type, lower case, without parameters; empty when not sent
   * @param body the document
   * @return the format, or {@code null} when the type is not one Dyad reads
   */
  public static InputFormat fromContentType(String type, byte[] body) {
    byte[] sample = body.length <= SAMPLE_BYTES ? body : Arrays.copyOf(body, SAMPLE_BYTES);
    if (type.equals("application/rss+xml") || type.equals("application/atom+xml")
        || ((type.equals("text/xml") || type.equals("application/xml")) && isFeed(sample))) {
      return InputFormat.FEED;
    }
    if (type.equals("application/warc")) {
      return InputFormat.WARC;
    }
    if (type.contains("html")) {
      return InputFormat.HTML;
    }
    if (type.contains("ndjson") || type.contains("jsonl") || type.contains("json-seq")) {
      return InputFormat.JSONL;
    }
    if (type.startsWith("text/")) {
      return InputFormat.TEXT;
    }
    if (type.isEmpty() || type.equals("application/octet-stream") || type.contains("json")) {
      return fromContent(sample, sample.length == body.length);
    }
    return null;
  }

  private static String head(byte[] sample) {
    return TextDecoder.normalize(new String(sample, StandardCharsets.UTF_8)).stripLeading();
  }

  /** {@code WARC/} at the start, or at the start of a gzip member's content (a .warc.gz). */
  private static boolean isWarc(byte[] sample) {
    if (startsWith(sample, WARC_MAGIC)) {
      return true;
    }
    if (sample.length < 2 || (sample[0] & 0xFF) != 0x1F || (sample[1] & 0xFF) != 0x8B) {
      return false;
    }
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(sample))) {
      return startsWith(in.readNBytes(WARC_MAGIC.length), WARC_MAGIC);
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    return bytes.length >= prefix.length
        && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
  }

  private static boolean allLinesAreObjects(String head, boolean complete) {
    String[] lines = head.split("\n", -1);
    int usable = complete ? lines.length : lines.length - 1;
    int objects = 0;
    for (int i = 0; i < usable; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      try {
        JsonNode node = JSON.readTree(lines[i]);
        if (node == null || !node.isObject()) {
          return false;
        }
        objects++;
      } catch (Exception e) {
        return false;
      }
    }
    return objects > 0;
  }
}
