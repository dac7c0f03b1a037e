package org.dyad.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.dyad.model.article.Article;
import org.dyad.model.article.IngestItem;
import org.dyad.model.article.Skipped;

/**
 * Reads JSON Lines: one article per line, {@code {"id": ..., "text": ..., "title"?, "url"?, "date"?}}.
 *
 * <p>Takes a UTF-8 stream and gives, in input order, one {@link Article} (language not yet set) or
 * {@link Skipped} per non-blank line; it streams, so files of any size work. The date may also be
 * called {@code published} or {@code publish_date}, as an ISO date or date-time; unknown fields are
 * ignored; a missing id becomes {@code file:line} (file name without folders). A line that is not a
 * JSON object, lacks a string {@code text} or is longer than the limit is skipped with
 * {@code source:line: reason}, and reading goes on. A {@code text} that is HTML markup is extracted as
 * a page. A date it cannot read ({@code "yesterday"}, {@code "2025-13-45"}) is a warning naming
 * {@code source:line}, and the article is read without it. Thread-safe: it keeps no state between
 * calls.
 */
public final class JsonlArticleReader {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(\\s[^>]*)?/?>");
  private static final String[] DATE_FIELDS = {"date", "published", "publish_date"};

  private final long maxLineChars;
  private final Consumer<String> warnings;

  /**
   * Makes a reader whose warnings go to standard error.
   *
   * @param maxLineChars longest line read, in characters; longer lines are skipped unread
   */
  public JsonlArticleReader(long maxLineChars) {
    this(maxLineChars, w -> System.err.println("dyad: " + w));
  }

  /**
   * Makes a reader.
   *
   * @param maxLineChars longest line read, in characters; longer lines are skipped unread
   * @param warnings     gets what is wrong with a line that is still read, naming {@code source:line}
   *                     (a date it cannot read: the article is read without it)
   */
  public JsonlArticleReader(long maxLineChars, Consumer<String> warnings) {
    this.maxLineChars = maxLineChars;
    this.warnings = warnings;
  }

  /**
   * Reads all lines of a stream; does not close it.
   *
   * @param source names the stream in messages and in {@code Article.source} ({@code source:line})
   * @param in     UTF-8 bytes; a BOM is ignored, malformed bytes become U+FFFD
   * @param sink   gets one item per non-blank line; exceptions it throws are passed on
   */
  public void read(String source, InputStream in, Consumer<IngestItem> sink) {
    String fileName = fileName(source);
    Lines lines = new Lines(new InputStreamReader(in, StandardCharsets.UTF_8), maxLineChars);
    int lineNo = 0;
    while (true) {
      String line;
      try {
        line = lines.next();
      } catch (IOException e) {
        String where = source + ":" + (lineNo + 1);
        sink.accept(new Skipped(fileName + ":" + (lineNo + 1), null, null, where,
            where + ": read error (" + e.getMessage() + ")"));
        return;
      }
      if (line == null) {
        return;
      }
      lineNo++;
      String where = source + ":" + lineNo;
      String fallbackId = fileName + ":" + lineNo;
      if (line == Lines.TOO_LONG) {
        sink.accept(new Skipped(fallbackId, null, null, where,
            where + ": line longer than " + maxLineChars + " characters"));
      } else {
        String text = lineNo == 1 ? TextDecoder.normalize(line) : line;
        if (!text.isBlank()) {
          sink.accept(parseSafely(text, where, fallbackId, warnings));
        }
      }
    }
  }

  /** Splits a reader into lines, reading in blocks; a line past the limit is dropped unkept. */
  private static final class Lines {
    /** Marks a line over the limit (compared by identity). */
    static final String TOO_LONG = new String("<too long>");
    private final Reader reader;
    private final long max;
    private final char[] buf = new char[8192];
    private int pos;
    private int len;
    private boolean eof;

    Lines(Reader reader, long max) {
      this.reader = reader;
      this.max = max;
    }

    /** The next line without its line end, {@link #TOO_LONG}, or {@code null} at the end. */
    String next() throws IOException {
      StringBuilder line = new StringBuilder();
      boolean tooLong = false;
      boolean any = false;
      while (true) {
        if (pos == len) {
          if (eof || (len = reader.read(buf, 0, buf.length)) < 0) {
            eof = true;
            len = 0;
            pos = 0;
            return any ? (tooLong ? TOO_LONG : line.toString()) : null;
          }
          pos = 0;
        }
        any = true;
        int start = pos;
        while (pos < len && buf[pos] != '\n') {
          pos++;
        }
        if (!tooLong) {
          line.append(buf, start, pos - start);
          if (line.length() > max) {
            tooLong = true;
            line = new StringBuilder();
          }
        }
        if (pos < len) {
          pos++;
          return tooLong ? TOO_LONG : line.toString();
        }
      }
    }
  }

  /** One odd line must not end a batch of thousands: the unexpected becomes a skipped line. */
  private static IngestItem parseSafely(String line, String where, String fallbackId,
                                        Consumer<String> warnings) {
    try {
      return parse(line, where, fallbackId, warnings);
    } catch (RuntimeException e) {
      return new Skipped(fallbackId, null, null, where, where + ": cannot read article (" + e + ")");
    }
  }

  /** One line to an item; the message names the place so a user can fix the file. */
  static IngestItem parse(String line, String where, String fallbackId, Consumer<String> warnings) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      return new Skipped(fallbackId, null, null, where,
          where + ": malformed JSON (" + firstLine(e.getOriginalMessage()) + ")");
    }
    if (node == null || !node.isObject()) {
      return new Skipped(fallbackId, null, null, where, where + ": not a JSON object");
    }
    JsonNode idNode = node.get("id");
    String id = idNode != null && (idNode.isTextual() || idNode.isNumber())
        && !idNode.asText().isBlank() ? idNode.asText() : fallbackId;
    String title = string(node, "title");
    String url = string(node, "url");
    JsonNode textNode = node.get("text");
    if (textNode == null || textNode.isNull()) {
      return new Skipped(id, title, url, where, where + ": missing \"text\"");
    }
    if (!textNode.isTextual()) {
      return new Skipped(id, title, url, where, where + ": \"text\" is not a string ("
          + textNode.getNodeType().name().toLowerCase() + ")");
    }
    String date = null;
    String dateField = null;
    for (String field : DATE_FIELDS) {
      if (date == null) {
        date = string(node, field);
        dateField = field;
      }
    }
    LocalDate published = Dates.parse(date);
    if (date != null && published == null) {
      // A date the user gave and we cannot read must not vanish without a word.
      warnings.accept(where + ": \"" + dateField + "\": '" + firstLine(date) + "' is not a date (write it"
          + " as 2025-06-04, 2025-06-04T09:30:00Z, 20250604 or Wed, 04 Jun 2025 09:30:00 GMT); it is ignored"
          + " and the article read without it");
    }
    String text = TextDecoder.normalize(textNode.asText());
    if (looksLikeHtml(text)) {
      HtmlArticleExtractor.HtmlArticle page = HtmlArticleExtractor.extract(text, url);
      return new Article(id, title != null ? title : page.title(), url != null ? url : page.url(),
          published != null ? published : page.published(), null, page.text(), where);
    }
    return new Article(id, title != null ? title : PlainText.titleOf(text), url, published,
        null, text, where);
  }

  static boolean looksLikeHtml(String text) {
    return text.stripLeading().startsWith("<") && TAG.matcher(text).find();
  }

  private static String string(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isTextual() && !value.asText().isBlank()
        ? value.asText().strip() : null;
  }

  /** The first line of an exception message, cut to a readable length. */
  static String firstLine(String message) {
    String s = message == null ? "" : message.lines().findFirst().orElse("");
    return s.length() > 160 ? s.substring(0, 157) + "..." : s;
  }

  /** The last part of a path, without folders. */
  static String fileName(String source) {
    int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
    return source.substring(slash + 1);
  }
}
