package org.dyad.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import org.dyad.model.article.IngestItem;
import org.dyad.model.article.Skipped;

/**
 * Hands one input's bytes to the reader of its format, for {@link ArticleSource}.
 *
 * <p>Takes the {@link IngestConfig} (its size limit), where warnings go and the fetcher that feeds
 * use for their entries' pages. A stream under {@link InputFormat#AUTO} is sniffed from its first
 * {@link FormatSniffer#SAMPLE_BYTES} bytes. JSON Lines and WARC are streamed with no limit on the
 * whole ({@link JsonlArticleReader}, {@link WarcArticleReader}: each line or record has one); a feed
 * ({@link FeedArticleReader}) or a single document ({@link Documents}: text, HTML) is read into
 * memory up to the limit, and a bigger one is skipped. Every article then passes the
 * {@link ArticleFinisher}. Read errors become {@link Skipped} items naming the input; exceptions from
 * the sink pass. Thread-safe.
 */
final class FormatDispatcher {
  private final long maxBytes;
  private final JsonlArticleReader jsonl;
  private final WarcArticleReader warc;
  private final FeedArticleReader feed;
  private final ArticleFinisher finisher;

  FormatDispatcher(IngestConfig config, Consumer<String> warnings, UrlFetcher fetcher) {
    this.maxBytes = config.maxBytes();
    this.jsonl = new JsonlArticleReader(config.maxBytes(), warnings);
    this.warc = new WarcArticleReader(config.maxBytes());
    this.feed = new FeedArticleReader(fetcher);
    this.finisher = new ArticleFinisher(config);
  }

  /** Reads a whole input, sniffing its format first when it is AUTO; size is -1 when unknown. */
  void readStream(String id, String source, InputStream raw, InputFormat format, long size,
                  Consumer<IngestItem> sink) {
    try {
      BufferedInputStream in = new BufferedInputStream(raw, FormatSniffer.SAMPLE_BYTES);
      if (format == InputFormat.AUTO) {
        in.mark(FormatSniffer.SAMPLE_BYTES);
        byte[] sample = in.readNBytes(FormatSniffer.SAMPLE_BYTES);
        in.reset();
        format = FormatSniffer.fromContent(sample, sample.length < FormatSniffer.SAMPLE_BYTES);
      }
      // JSONL and WARC hold many articles and are streamed: no size limit on the whole, each
      // line or record has one.
      if (format == InputFormat.JSONL) {
        jsonl.read(source, in, finisher.finishing(sink));
      } else if (format == InputFormat.WARC) {
        warc.read(source, in, finisher.finishing(sink));
      } else if (size > maxBytes) {
        sink.accept(new Skipped(id, null, null, source, tooLarge(size)));
      } else {
        byte[] bytes = readAtMost(in, maxBytes);
        if (bytes == null) {
          sink.accept(new Skipped(id, null, null, source, tooLarge(-1)));
        } else {
          readBytes(id, source, bytes, format, null, null, sink);
        }
      }
    } catch (IOException e) {
      sink.accept(new Skipped(id, null, null, source, "cannot read " + source + " ("
          + e.getMessage() + ")"));
    }
  }

  /**
   * A document held in memory: a feed or JSONL gives many items, other formats one.
   *
   * @param charset the charset the server declared, or {@code null}
   * @param fetched the fetch that gave it, {@code null} for the user's own file or stream
   */
  void readBytes(String id, String source, byte[] bytes, InputFormat format,
                 String charset, UrlFetcher.Page fetched, Consumer<IngestItem> sink) {
    String baseUrl = fetched == null ? null : fetched.finalUrl();
    switch (format) {
      case FEED -> feed.read(source, bytes, charset, fetched, finisher.finishing(sink));
      case JSONL -> jsonl.read(source, new ByteArrayInputStream(bytes), finisher.finishing(sink));
      case WARC -> warc.read(source, new ByteArrayInputStream(bytes), finisher.finishing(sink));
      default -> sink.accept(finisher.finish(Documents.read(id, source, bytes, format, charset, baseUrl)));
    }
  }

  private String tooLarge(long size) {
    return "larger than " + maxBytes + " bytes" + (size >= 0 ? " (" + size + ")" : "");
  }

  /** All bytes, or {@code null} when there are more than {@code max}. */
  private static byte[] readAtMost(InputStream in, long max) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
    return bytes.length > max ? null : bytes;
  }
}
