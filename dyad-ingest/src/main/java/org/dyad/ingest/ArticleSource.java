package org.dyad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
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
 * built once, on first use. The work is shared out: {@link FormatDispatcher} hands each input to its
 * format's reader, {@link ArticleFinisher} checks every article, {@link DocumentIds} names documents.
 */
public final class ArticleSource {
  private final IngestConfig config;
  private final UrlFetcher fetcher;
  private final FormatDispatcher formats;

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
    this.formats = new FormatDispatcher(config, Objects.requireNonNull(warnings, "warnings"), fetcher);
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
    formats.readStream(DocumentIds.ofName(name), name, in, formatFor(name), -1, sink);
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
      sink.accept(new Skipped(DocumentIds.ofName(input), null, null, input, "file not found: " + input));
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
      sink.accept(new Skipped(DocumentIds.ofName(dir.toString()), null, null, dir.toString(),
          "no article files in folder: " + dir));
    }
    for (FolderWalker.Found f : found) {
      String name = f.path().toString();
      if (f.problem() != null) {
        sink.accept(new Skipped(DocumentIds.ofName(name), null, null, name, f.problem()));
      } else if (state == null || state.fileChanged(f.path())) {
        readPath(f.path(), name, sink);
      }
    }
  }

  private void readPath(Path path, String input, Consumer<IngestItem> sink) {
    String id = DocumentIds.ofName(input);
    long size;
    try {
      size = Files.size(path);
    } catch (IOException e) {
      sink.accept(new Skipped(id, null, null, input, FileReadProblem.of("file", input, e)));
      return;
    }
    try (InputStream in = Files.newInputStream(path)) {
      formats.readStream(id, input, in, formatFor(input), size, sink);
    } catch (IOException e) {
      // Only opening or closing fails here; read errors are handled in readStream.
      sink.accept(new Skipped(id, null, null, input, FileReadProblem.of("file", input, e)));
    }
  }

  private void readUrl(String url, WatchState state, Consumer<IngestItem> sink) {
    String id = DocumentIds.ofUrl(url);
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
      formats.readBytes(id, url, page.body(), format, page.charset(), page, sink);
    }
  }

  private InputFormat formatFor(String name) {
    return config.format() != InputFormat.AUTO ? config.format() : FormatSniffer.fromName(name);
  }
}
