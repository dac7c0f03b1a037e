package org.dyad.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Decides what an input is, from its name or its first bytes.
 *
 * <p>Names: a name ending in one of a format's {@link InputFormat#extensions()} means that format
 * (those of {@link InputFormat#AUTO}, such as {@code .txt}, and any other name: look at the content);
 * {@code .xml} is read from a folder only when its content is a feed's. Content: {@code WARC/} at the
 * start (also inside gzip) → WARC; a root element {@code <rss}, {@code <rdf:RDF} or an Atom {@code <feed} after the
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
  /** The ending of names that may hold a feed: sitemaps, configs and office files are .xml too. */
  private static final String MAYBE_FEED_EXTENSION = ".xml";

  private FormatSniffer() {
  }

  /** The format a file name implies ({@link InputFormat#extensions()}), or {@link InputFormat#AUTO}. */
  public static InputFormat fromName(String name) {
    InputFormat format = byExtension(name);
    return format == null ? InputFormat.AUTO : format;
  }

  /**
   * Whether a file of this name is read when it lies in a folder: its name ends in one of the
   * {@link InputFormat#extensions()} of any format ({@code .xml} needs a look at the content:
   * {@link #mayHoldFeed}).
   */
  public static boolean isArticleFileName(String name) {
    return byExtension(name) != null;
  }

  /**
   * Whether a file of this name, not an article file by name, may still be a feed: a {@code .xml},
   * read from a folder only when {@link #isFeed(byte[])} says so.
   */
  public static boolean mayHoldFeed(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(MAYBE_FEED_EXTENSION);
  }

  /**
   * The format whose extension ends the name, the longest such extension winning (so a
   * {@code .warc.gz} would stay WARC beside a {@code .gz} format); {@code null} for none.
   */
  private static InputFormat byExtension(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    InputFormat found = null;
    int longest = 0;
    for (InputFormat format : InputFormat.values()) {
      for (String extension : format.extensions()) {
        if (extension.length() > longest && lower.endsWith(extension)) {
          found = format;
          longest = extension.length();
        }
      }
    }
    return found;
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
