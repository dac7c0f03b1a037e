package org.dyad.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.dyad.model.article.Article;
import org.dyad.model.article.IngestItem;
import org.dyad.model.article.Skipped;

/**
 * Reads news articles from files, URLs or standard input: Dyad's single entry point for input.
 *
 * <p>Takes an {@link IngestConfig}; {@link #read(String, Consumer)} takes a file path, a folder (read
 * through, see {@link FolderWalker}), an {@code http://}/{@code https://} URL, or {@code -} for
 * standard input, and gives the sink one {@link IngestItem} per document: an {@link Article} ready
 * for analysis or a {@link Skipped} naming what is wrong and where ({@code file not found: x.txt},
 * {@code notes.jsonl:17: malformed JSON (...)}, {@code crawl.warc.gz: record 9 (URI): ...},
 * {@code empty text}, {@code binary content (NUL bytes)}, {@code larger than 10485760 bytes
 * (52428800)}, {@code not English (detected: ru)}, {@code HTTP 404 from ...}, {@code gave up on ...},
 * {@code refused ...}; see {@link UrlFetcher} and {@link PrivateAddressGuard}). It never throws for bad
 * input; exceptions from the sink itself are passed on.
 *
 * <p>Formats ({@link InputFormat}): plain text (charset detected, first short line as title),
 * HTML (main text and metadata extracted), JSON Lines (streamed, one article per line), WARC web
 * archives (streamed, one article per HTML page; {@link WarcArticleReader}) and RSS/Atom feeds (one
 * article per entry; {@link FeedArticleReader}). Every article then has boilerplate cut from its end
 * ({@link BoilerplateTrimmer}), is checked for empty and binary content and, when configured, for
 * being English ({@link LanguageGate}); without a date in the input, its date is read from a dateline
 * or date line at the top of its text ({@link Datelines}), else falls back to
 * {@link IngestConfig#defaultDate()}. {@code Article.text} is exactly the text to analyse.
 * An article read from a local file or folder is named ({@code Article.source}) relative to the
 * input ({@link InputRelativeNames}), since that name is stored and served; skipped documents keep
 * the path as typed in their messages.
 *
 * <p>Thread-safe: one instance may serve many threads; the language detector and HTTP client are
 * built once, on first use.
 */
public final class ArticleSource {
  private final IngestConfig config;
  private final LanguageGate languageGate = new LanguageGate();
  private final UrlFetcher fetcher;
  private final JsonlArticleReader jsonl;
  private final WarcArticleReader warc;
  private final FeedArticleReader feed;

  /** Makes a source with the given settings; warnings go to standard error. */
  public ArticleSource(IngestConfig config) {
    this(config, w -> System.err.println("dyad: " + w));
  }

  /**
   * Makes a source with the given settings.
   *
   * @param warnings gets what is wrong with a document that is still read (such as a JSONL date it
   *                 cannot understand), naming the place
   */
  public ArticleSource(IngestConfig config, Consumer<String> warnings) {
    this.config = Objects.requireNonNull(config, "config");
    this.fetcher = new UrlFetcher(config);
    this.jsonl = new JsonlArticleReader(config.maxBytes(), Objects.requireNonNull(warnings, "warnings"));
    this.warc = new WarcArticleReader(config.maxBytes());
    this.feed = new FeedArticleReader(fetcher);
  }

  /** The settings in use. */
  public IngestConfig config() {
    return config;
  }

  /**
   * Reads one input.
   *
   * @param input a file path, a folder, an {@code http(s)://} URL, or {@code -} for standard input
   * @param sink  gets each article or skipped document, in input order
   */
  public void read(String input, Consumer<IngestItem> sink) {
    readInput(input, null, sink);
  }

  /**
   * Reads what changed in one watched input since the last poll with the same state: a folder's new
   * and changed files (an empty folder is no error here), a URL unless its server answers a
   * conditional GET with 304 Not Modified; a single file or standard input is read every time (the
   * store skips the texts it holds).
   *
   * @param input as for {@link #read(String, Consumer)}
   * @param state what earlier polls saw; updated
   * @param sink  gets each article or skipped document, in input order
   */
  public void poll(String input, WatchState state, Consumer<IngestItem> sink) {
    readInput(input, Objects.requireNonNull(state, "state"), sink);
  }

  private void readInput(String input, WatchState state, Consumer<IngestItem> sink) {
    if (input == null || input.isBlank()) {
      sink.accept(new Skipped("?", null, null, "", "no input named"));
    } else if (input.equals("-")) {
      read("stdin", System.in, sink);
    } else {
      String lower = input.toLowerCase(Locale.ROOT);
      if (lower.startsWith("http://") || lower.startsWith("https://")) {
        readUrl(input, state, sink);
      } else {
        readFile(input, state, sink);
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

  private void readFile(String input, WatchState state, Consumer<IngestItem> sink) {
    Path path;
    try {
      path = Path.of(input);
    } catch (InvalidPathException e) {
      sink.accept(new Skipped(input, null, null, input, "bad file name: " + input));
      return;
    }
    if (!Files.exists(path)) {
      sink.accept(new Skipped(idOf(input), null, null, input, "file not found: " + input));
    } else if (Files.isDirectory(path)) {
      readFolder(path, state, relativeNames(input, true, sink));
    } else if (state == null || state.fileChanged(path)) {
      readPath(path, input, relativeNames(input, false, sink));
    }
  }

  /**
   * Articles named relative to the input ({@link InputRelativeNames}): they are stored and served.
   * A skipped document keeps the path as typed, since its message is for the user at this terminal.
   */
  private static Consumer<IngestItem> relativeNames(String input, boolean folder, Consumer<IngestItem> sink) {
    java.util.function.UnaryOperator<String> rename = InputRelativeNames.under(input, folder);
    return item -> sink.accept(item instanceof Article a ? new Article(a.id(), a.title(), a.url(), a.published(),
        a.language(), a.text(), rename.apply(a.source())) : item);
  }

  /** Every article file under a folder, in path order; see {@link FolderWalker}. */
  private void readFolder(Path dir, WatchState state, Consumer<IngestItem> sink) {
    List<FolderWalker.Found> found = FolderWalker.walk(dir);
    if (found.isEmpty() && state == null) {
      sink.accept(new Skipped(idOf(dir.toString()), null, null, dir.toString(),
          "no article files in folder: " + dir));
    }
    for (FolderWalker.Found f : found) {
      String name = f.path().toString();
      if (f.problem() != null) {
        sink.accept(new Skipped(idOf(name), null, null, name, f.problem()));
      } else if (state == null || state.fileChanged(f.path())) {
        readPath(f.path(), name, sink);
      }
    }
  }

  private void readPath(Path path, String input, Consumer<IngestItem> sink) {
    String id = idOf(input);
    long size;
    try {
      size = Files.size(path);
    } catch (IOException e) {
      sink.accept(new Skipped(id, null, null, input, FileReadProblem.of("file", input, e)));
      return;
    }
    try (InputStream in = Files.newInputStream(path)) {
      readStream(id, input, in, formatFor(input), size, sink);
    } catch (IOException e) {
      // Only opening or closing fails here; read errors are handled in readStream.
      sink.accept(new Skipped(id, null, null, input, FileReadProblem.of("file", input, e)));
    }
  }

  /** Reads a whole input, sniffing its format first when needed; size is -1 when unknown. */
  private void readStream(String id, String source, InputStream raw, InputFormat format, long size,
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
        jsonl.read(source, in, finishing(sink));
      } else if (format == InputFormat.WARC) {
        warc.read(source, in, finishing(sink));
      } else if (size > config.maxBytes()) {
        sink.accept(new Skipped(id, null, null, source, tooLarge(size)));
      } else {
        byte[] bytes = readAtMost(in, config.maxBytes());
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

  private void readUrl(String url, WatchState state, Consumer<IngestItem> sink) {
    String id = urlId(url);
    UrlFetcher.Result result = state == null ? fetcher.fetch(url)
        : fetcher.fetchIfChanged(url, state.validators(url));
    if (result instanceof UrlFetcher.Failure failure) {
      sink.accept(new Skipped(id, null, url, url, failure.reason()));
      return;
    }
    if (result instanceof UrlFetcher.Unchanged) {
      return;
    }
    UrlFetcher.Page page = (UrlFetcher.Page) result;
    if (state != null && page.validators() != null) {
      // Remembered before reading: a page that fails to read would fail the same way again.
      state.remember(url, page.validators());
    }
    InputFormat format = config.format();
    if (format == InputFormat.AUTO) {
      format = FormatSniffer.fromContentType(page.contentType(), page.body());
    }
    if (format == null) {
      sink.accept(new Skipped(id, null, url, url, "unsupported content type " + page.contentType()
          + " from " + url));
    } else {
      readBytes(id, url, page.body(), format, page.charset(), page, sink);
    }
  }

  /**
   * A document held in memory: a feed or JSONL gives many items, other formats one. {@code fetched}
   * is the fetch that gave it, {@code null} for the user's own file or stream.
   */
  private void readBytes(String id, String source, byte[] bytes, InputFormat format,
                         String charset, UrlFetcher.Page fetched, Consumer<IngestItem> sink) {
    String baseUrl = fetched == null ? null : fetched.finalUrl();
    switch (format) {
      case FEED -> feed.read(source, bytes, charset, fetched, finishing(sink));
      case JSONL -> jsonl.read(source, new ByteArrayInputStream(bytes), finishing(sink));
      case WARC -> warc.read(source, new ByteArrayInputStream(bytes), finishing(sink));
      default -> sink.accept(finish(Documents.read(id, source, bytes, format, charset, baseUrl)));
    }
  }

  private Consumer<IngestItem> finishing(Consumer<IngestItem> sink) {
    return item -> sink.accept(finish(item));
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
    // The input's own date first, then a dateline or date line at the top of the text, then the
    // user's fallback; with none, the analysis dates the article today and says so.
    LocalDate published = a.published() != null ? a.published() : Datelines.find(text);
    return new Article(a.id(), a.title(), a.url(),
        published != null ? published : config.defaultDate(), language, text, a.source());
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
