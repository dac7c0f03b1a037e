package org.dyad.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.dyad.model.article.IngestItem;
import org.dyad.model.article.Skipped;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * Reads web archives (WARC 1.0/1.1, plain or gzipped), such as Common Crawl's CC-NEWS, with jwarc.
 *
 * <p>Takes a stream and gives, in file order, one item per page: each {@code response} record holding
 * an HTTP 200 response with an HTML ({@code text/html}, {@code application/xhtml+xml}) or
 * {@code text/plain} payload, and each {@code resource} record of those types. Pages go through the
 * same extraction as HTML files ({@link Documents}): the record's target URI is the URL and base URL,
 * the charset comes from the HTTP Content-Type header, chunked and gzip transfer codings are undone.
 * The id comes from the target URI ({@link DocumentIds#ofUrl}); the publication date is the page's
 * own, never the crawl date. Other records (requests, metadata, redirects, errors, images) are
 * ignored. A record that fails becomes a {@link Skipped} reading {@code file: record N (URI): reason}
 * and reading goes on; a file that breaks off (truncated, corrupt) ends with one such item after the
 * records before it. A file that gives no page at all gives one {@link Skipped} saying so. Each payload
 * is limited to the size limit; the file is streamed, so any size works. Thread-safe: no state
 * between calls.
 */
public final class WarcArticleReader {
  private final long maxBytes;

  /**
   * Makes a reader.
   *
   * @param maxBytes largest payload read, in bytes; larger pages are skipped
   */
  public WarcArticleReader(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /**
   * Reads all records of a stream; does not close it.
   *
   * @param source names the file in messages; {@code Article.source} is {@code source: record N}
   * @param in     the WARC bytes, gzipped or not (detected)
   * @param sink   gets one item per page; exceptions it throws are passed on
   */
  public void read(String source, InputStream in, Consumer<IngestItem> sink) {
    int number = 0;
    int given = 0;
    boolean lastFailed = false;
    try (WarcReader reader = new WarcReader(new FilterInputStream(in) {
      @Override
      public void close() {
        // The caller owns the stream (it may be standard input); the reader is closed for its
        // inflater only.
      }
    })) {
      while (true) {
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (IOException | RuntimeException e) {
          // A record cut off inside its body was reported already; the file just ends there.
          if (!lastFailed) {
            give(sink, skipped(source, number + 1, null, "cannot read WARC record (" + reason(e) + ")"));
          }
          return;
        }
        if (next.isEmpty()) {
          break;
        }
        number++;
        IngestItem item;
        try {
          item = record(source, number, next.get());
          lastFailed = false;
        } catch (IOException | RuntimeException e) {
          // One bad record must not end a crawl of thousands.
          item = skipped(source, number, target(next.get()), reason(e));
          lastFailed = true;
        }
        if (item != null) {
          given++;
          give(sink, item);
        }
      }
    } catch (PassOn e) {
      throw e.failure;
    } catch (IOException | RuntimeException e) {
      // From opening (first bytes not WARC, gzip header broken) or closing.
      sink.accept(new Skipped(DocumentIds.ofName(source), null, null, source, source
          + ": not a readable WARC file (" + reason(e) + ")"));
      return;
    }
    if (given == 0) {
      sink.accept(new Skipped(DocumentIds.ofName(source), null, null, source, source
          + ": no HTML or text pages in " + number + " WARC records"));
    }
  }

  /** The sink's own failure, carried past this reader's catch-all for unreadable files. */
  private static final class PassOn extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient RuntimeException failure;

    PassOn(RuntimeException failure) {
      super(failure);
      this.failure = failure;
    }
  }

  /** Gives the sink an item; what the sink throws is passed on to the caller as it is. */
  private static void give(Consumer<IngestItem> sink, IngestItem item) {
    try {
      sink.accept(item);
    } catch (RuntimeException e) {
      throw new PassOn(e);
    }
  }

  /** Only responses and resources hold pages; requests, metadata and revisits do not. */
  private static boolean holdsPage(WarcRecord record) {
    return record instanceof WarcResponse || record instanceof WarcResource;
  }

  /** A page record's target URI; {@code null} for other records or when it is missing. */
  private static String target(WarcRecord record) {
    try {
      return holdsPage(record) ? ((WarcTargetRecord) record).target() : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** One record to an item, {@code null} when it holds no page. */
  private IngestItem record(String source, int number, WarcRecord record) throws IOException {
    if (!holdsPage(record)) {
      return null;
    }
    String uri = ((WarcTargetRecord) record).target();
    MediaType type;
    MessageBody body;
    if (record instanceof WarcResponse response) {
      // Responses may also hold DNS lookups or Gemini pages: only HTTP ones are web pages.
      MediaType block = response.contentType();
      if (!block.type().equals("application") || !block.subtype().equals("http")) {
        return null;
      }
      HttpResponse http = response.http();
      if (http.status() != 200) {
        return null;
      }
      type = http.headers().first("Content-Type").map(MediaType::parseLeniently)
          .orElseGet(() -> response.identifiedPayloadType().orElse(MediaType.OCTET_STREAM));
      body = http.bodyDecoded();
    } else {
      type = record.contentType();
      body = record.body();
    }
    InputFormat format = formatOf(type);
    if (format == null) {
      return null;
    }
    String id = DocumentIds.ofUrl(uri);
    String where = source + ": record " + number;
    byte[] bytes = body.stream().readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
    if (bytes.length > maxBytes) {
      return skipped(source, number, uri, "larger than " + maxBytes + " bytes");
    }
    String charset = type.parameters().get("charset");
    return Documents.read(id, where, bytes, format, charset, uri);
  }

  /** HTML and plain text are articles; style sheets, scripts, images, feeds are not. */
  private static InputFormat formatOf(MediaType type) {
    String base = (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
    return switch (base) {
      case "text/html", "application/xhtml+xml" -> InputFormat.HTML;
      case "text/plain" -> InputFormat.TEXT;
      default -> null;
    };
  }

  private static Skipped skipped(String source, int number, String uri, String reason) {
    String where = source + ": record " + number;
    String id = uri != null ? DocumentIds.ofUrl(uri)
        : JsonlArticleReader.fileName(source) + ":" + number;
    return new Skipped(id, null, uri, where, where + (uri != null ? " (" + uri + ")" : "") + ": "
        + reason);
  }

  private static String reason(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName()
        : JsonlArticleReader.firstLine(message);
  }
}
