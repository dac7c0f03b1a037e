package org.dyad.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.dyad.model.article.Article;
import org.dyad.model.article.IngestItem;
import org.dyad.model.article.Skipped;

/**
 * Reads news articles from files, URLs or standard input: Dyad's single entry point for input.
 *
 * <p>Takes an {@link IngestConfig}; {@link #read(String, Consumer)} takes a file path, an
 * {@code http://}/{@code https://} URL, or {@code -} for standard input, and gives the sink one
 * {@link IngestItem} per document: an {@link Article} ready for analysis or a {@link Skipped} naming
 * what is wrong and where ({@code file not found: x.txt}, {@code notes.jsonl:17: malformed JSON (...)},
 * {@code empty text}, {@code binary content (NUL bytes)}, {@code larger than 10485760 bytes
 * (52428800)}, {@code not English (detected: ru)}, {@code HTTP 404 from ...}). It never throws for bad
 * input; exceptions from the sink itself are passed on.
 *
 * <p>Formats ({@link InputFormat}): plain text (charset detected, first short line as title),
 * HTML (main text and metadata extracted), JSON Lines (streamed, one article per line). Every
 * article then has boilerplate cut from its end ({@link BoilerplateTrimmer}), is checked for empty and
 * binary content and, when configured, for being English ({@link LanguageGate}); its date falls back
 * to {@link IngestConfig#defaultDate()}. {@code Article.text} is exactly the text to analyse.
 *
 * <p>Thread-safe: one instance may serve many threads; the language detector and HTTP client are
 * built once, on first use.
 */
public final class ArticleSource {
  private final IngestConfig config;
  private final LanguageGate languageGate = new LanguageGate();
  private final UrlFetcher fetcher;
  private final JsonlArticleReader jsonl;

  /** Makes a source with the given settings. */
  public ArticleSource(IngestConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.fetcher = new UrlFetcher(config.httpTimeout(), config.maxBytes());
    this.jsonl = new JsonlArticleReader(config.maxBytes());
  }

  /** The settings in use. */
  public IngestConfig config() {
    return config;
  }

  /**
   * Reads one input.
   *
   * @param input a file path, an {@code http(s)://} URL, or {@code -} for standard input
   * @param sink  gets each article or skipped document, in input order
   */
  public void read(String input, Consumer<IngestItem> sink) {
    if (input == null || input.isBlank()) {
      sink.accept(new Skipped("?", null, null, "", "no input named"));
    } else if (input.equals("-")) {
      read("stdin", System.in, sink);
    } else {
      String lower = input.toLowerCase(Locale.ROOT);
      if (lower.startsWith("http://") || lower.startsWith("https://")) {
        readUrl(input, sink);
      } else {
        readFile(input, sink);
      }
    }
  }

  /**
   * Reads a stream, such as standard input; does not close it.
   *
   * @param name names the input: the source in messages, the id (without extension) and, by its
   *             extension, the format under {@link InputFormat#AUTO}
   * @param in   the bytes
   * @param sink gets each article or skipped document
   */
  public void read(String name, InputStream in, Consumer<IngestItem> sink) {
    readStream(idOf(name), name, in, formatFor(name), -1, sink);
  }

  private void readFile(String input, Consumer<IngestItem> sink) {
    Path path;
    try {
      path = Path.of(input);
    } catch (InvalidPathException e) {
      sink.accept(new Skipped(input, null, null, input, "bad file name: " + input));
      return;
    }
    String name = path.getFileName() == null ? input : path.getFileName().toString();
    String id = idOf(name);
    if (!Files.exists(path)) {
      sink.accept(new Skipped(id, null, null, input, "file not found: " + input));
      return;
    }
    if (Files.isDirectory(path)) {
      sink.accept(new Skipped(id, null, null, input, "is a directory: " + input));
      return;
    }
    long size;
    try {
      size = Files.size(path);
    } catch (IOException e) {
      sink.accept(new Skipped(id, null, null, input, "cannot read file: " + input + " (" + e + ")"));
      return;
    }
    try (InputStream in = Files.newInputStream(path)) {
      readStream(id, input, in, formatFor(name), size, sink);
    } catch (IOException e) {
      // Only opening or closing fails here; read errors are handled in readStream.
      sink.accept(new Skipped(id, null, null, input, "cannot read file: " + input + " ("
          + e.getMessage() + ")"));
    }
  }

  /** Reads a whole input, sniffing its format first when needed; size is -1 when unknown. */
  private void readStream(String id, String source, InputStream raw, InputFormat format, long size,
                          Consumer<IngestItem> sink) {
    IngestItem single;
    try {
      BufferedInputStream in = new BufferedInputStream(raw, FormatSniffer.SAMPLE_BYTES);
      if (format == InputFormat.AUTO) {
        in.mark(FormatSniffer.SAMPLE_BYTES);
        byte[] sample = in.readNBytes(FormatSniffer.SAMPLE_BYTES);
        in.reset();
        format = FormatSniffer.fromContent(sample, sample.length < FormatSniffer.SAMPLE_BYTES);
      }
      if (format == InputFormat.JSONL) {
        // JSONL holds many articles: no size limit on the whole, each line has one.
        jsonl.read(source, in, item -> sink.accept(finish(item)));
        return;
      }
      if (size > config.maxBytes()) {
        single = new Skipped(id, null, null, source, tooLarge(size));
      } else {
        byte[] bytes = readAtMost(in, config.maxBytes());
        single = bytes == null ? new Skipped(id, null, null, source, tooLarge(-1))
            : document(id, source, bytes, format, null, null);
      }
    } catch (IOException e) {
      single = new Skipped(id, null, null, source, "cannot read " + source + " (" + e.getMessage()
          + ")");
    }
    sink.accept(single);
  }

  private void readUrl(String url, Consumer<IngestItem> sink) {
    String id = urlId(url);
    UrlFetcher.Result result = fetcher.fetch(url);
    if (result instanceof UrlFetcher.Failure failure) {
      sink.accept(new Skipped(id, null, url, url, failure.reason()));
      return;
    }
    UrlFetcher.Page page = (UrlFetcher.Page) result;
    InputFormat format = config.format();
    if (format == InputFormat.AUTO) {
      format = formatOf(page);
    }
    if (format == null) {
      sink.accept(new Skipped(id, null, url, url, "unsupported content type " + page.contentType()
          + " from " + url));
    } else if (format == InputFormat.JSONL) {
      jsonl.read(url, new ByteArrayInputStream(page.body()), item -> sink.accept(finish(item)));
    } else {
      sink.accept(document(id, url, page.body(), format, page.charset(), page.finalUrl()));
    }
  }

  /** The content type decides; generic or missing types are sniffed. Null: not a text type. */
  private static InputFormat formatOf(UrlFetcher.Page page) {
    String type = page.contentType();
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
      byte[] body = page.body();
      byte[] sample = body.length <= FormatSniffer.SAMPLE_BYTES ? body
          : Arrays.copyOf(body, FormatSniffer.SAMPLE_BYTES);
      return FormatSniffer.fromContent(sample, sample.length == body.length);
    }
    return null;
  }

  /** One document's bytes to an item; catches the unexpected so one bad page cannot stop a batch. */
  private IngestItem document(String id, String source, byte[] bytes, InputFormat format,
                              String charset, String baseUrl) {
    String binary = ContentCheck.binaryReason(bytes);
    if (binary != null) {
      return new Skipped(id, null, baseUrl, source, binary);
    }
    try {
      if (format == InputFormat.HTML) {
        HtmlArticleExtractor.HtmlArticle page = HtmlArticleExtractor.extract(bytes, charset, baseUrl);
        return finish(new Article(id, page.title(), page.url(), page.published(), null, page.text(),
            source));
      }
      String text = TextDecoder.decode(bytes, charset).text();
      return finish(new Article(id, PlainText.titleOf(text), baseUrl, null, null, text, source));
    } catch (RuntimeException e) {
      return new Skipped(id, null, baseUrl, source, "cannot extract text from " + source + " ("
          + e + ")");
    }
  }

  /** The checks every article passes, whatever its format. */
  IngestItem finish(IngestItem item) {
    if (!(item instanceof Article a)) {
      return item;
    }
    String text = BoilerplateTrimmer.trim(a.text()).strip();
    if (text.isEmpty()) {
      return skip(a, "empty text");
    }
    String binary = ContentCheck.binaryReason(text);
    if (binary != null) {
      return skip(a, binary);
    }
    String language = null;
    if (config.detectLanguage()) {
      LanguageGate.Verdict verdict;
      try {
        verdict = languageGate.judge(text);
      } catch (IllegalStateException e) {
        // One text lingua chokes on is a bad document; a broken install throws an Error instead.
        return skip(a, "language detection failed (" + e.getCause() + ")");
      }
      if (!verdict.english()) {
        return skip(a, "not English (detected: " + verdict.code() + ")");
      }
      language = "en";
    }
    return new Article(a.id(), a.title(), a.url(),
        a.published() != null ? a.published() : config.defaultDate(), language, text, a.source());
  }

  private static Skipped skip(Article a, String reason) {
    return new Skipped(a.id(), a.title(), a.url(), a.source(), reason);
  }

  private InputFormat formatFor(String name) {
    return config.format() != InputFormat.AUTO ? config.format() : FormatSniffer.fromName(name);
  }

  private String tooLarge(long size) {
    return "larger than " + config.maxBytes() + " bytes" + (size >= 0 ? " (" + size + ")" : "");
  }

  /** All bytes, or {@code null} when there are more than {@code max}. */
  private static byte[] readAtMost(InputStream in, long max) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
    return bytes.length > max ? null : bytes;
  }

  /** A file name without folders and without its last extension. */
  static String idOf(String name) {
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    String base = name.substring(slash + 1);
    int dot = base.lastIndexOf('.');
    String id = dot > 0 ? base.substring(0, dot) : base;
    return id.isEmpty() ? name : id;
  }

  /** The last path segment of a URL without extension, else its host. */
  static String urlId(String url) {
    try {
      URI uri = URI.create(url);
      String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
      String id = path.isEmpty() ? "" : idOf(path);
      return id.isEmpty() ? (uri.getHost() == null ? url : uri.getHost()) : id;
    } catch (IllegalArgumentException e) {
      return url;
    }
  }
}
