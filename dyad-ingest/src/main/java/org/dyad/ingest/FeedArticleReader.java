package org.dyad.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.dyad.model.article.Article;
import org.dyad.model.article.IngestItem;
import org.dyad.model.article.Skipped;
import org.jsoup.Jsoup;

/**
 * Reads RSS (0.9x, 1.0, 2.0) and Atom feeds with ROME: one article per entry.
 *
 * <p>Takes the feed's bytes (and a charset an HTTP header declared, if any) and gives, in feed order,
 * one {@link Article} (language not yet set) or {@link Skipped} per entry. Title and URL come from the
 * entry's title and link, the date from its published (else updated) date, as a UTC calendar date.
 * The text is the entry's content ({@code content:encoded}, Atom {@code content}), else its
 * description, with markup stripped and paragraphs kept as blank lines ({@link HtmlText}). Many feeds
 * carry only a teaser: when the text is shorter than {@value #MIN_TEXT_CHARS} characters and the link
 * is {@code http(s)}, the linked page is fetched and extracted as HTML, its title and date winning
 * over the entry's when it has them. When that fails the short text is used; with no text at all the
 * entry is skipped as {@code feed: entry N (link): reason}. Links in a feed fetched over HTTP are
 * found links ({@link UrlFetcher#fetchFound}); links in a feed the user gave as a file are the user's
 * own ({@link UrlFetcher#fetch}), see {@link PrivateAddressGuard}. A feed that cannot be parsed or has no
 * entries gives one {@link Skipped}. Doctype declarations are refused (ROME's default), which shuts
 * out entity tricks. Thread-safe when the fetcher is.
 */
public final class FeedArticleReader {
  /** Below this many characters an entry's text is taken as a teaser, not the story. */
  public static final int MIN_TEXT_CHARS = 400;

  private final UrlFetcher fetcher;

  /**
   * Makes a reader.
   *
   * @param fetcher downloads the pages of entries that carry only a teaser
   */
  public FeedArticleReader(UrlFetcher fetcher) {
    this.fetcher = fetcher;
  }

  /**
   * Reads a feed.
   *
   * @param source  names the feed in messages; {@code Article.source} is {@code source: entry N}
   * @param bytes   the feed document
   * @param charset the charset from an HTTP header, or {@code null}; the XML prolog and BOM decide
   *                first
   * @param fetched the fetch that gave the feed, whose links are then found links; {@code null} for
   *                a feed the user gave as a file or stream
   * @param sink    gets one item per entry; exceptions it throws are passed on
   */
  public void read(String source, byte[] bytes, String charset, UrlFetcher.Page fetched,
                   Consumer<IngestItem> sink) {
    String feedId = DocumentIds.ofName(source);
    List<SyndEntry> entries;
    boolean atom;
    try {
      SyndFeed feed = new SyndFeedInput().build(
          new XmlReader(new ByteArrayInputStream(bytes), true, charset));
      entries = feed.getEntries();
      atom = feed.getFeedType() != null && feed.getFeedType().startsWith("atom");
    } catch (FeedException | IOException | RuntimeException e) {
      sink.accept(new Skipped(feedId, null, null, source, source + ": not a readable feed ("
          + JsonlArticleReader.firstLine(e.getMessage()) + ")"));
      return;
    }
    if (entries.isEmpty()) {
      sink.accept(new Skipped(feedId, null, null, source, source + ": feed has no entries"));
    }
    int number = 0;
    for (SyndEntry entry : entries) {
      number++;
      sink.accept(entrySafely(source, number, entry, atom, fetched));
    }
  }

  /** One odd entry must not end the feed: the unexpected becomes a skipped entry. */
  private IngestItem entrySafely(String source, int number, SyndEntry entry, boolean atom,
                                 UrlFetcher.Page fetched) {
    String where = source + ": entry " + number;
    String link = blankToNull(entry.getLink());
    String id = link != null ? DocumentIds.ofUrl(link)
        : JsonlArticleReader.fileName(source) + ":" + number;
    try {
      return entry(id, where, link, entry, atom, fetched);
    } catch (RuntimeException e) {
      return new Skipped(id, null, link, where, where + label(link) + ": cannot read entry (" + e
          + ")");
    }
  }

  private IngestItem entry(String id, String where, String link, SyndEntry entry, boolean atom,
                           UrlFetcher.Page fetched) {
    String title = title(entry.getTitle());
    LocalDate published = date(entry.getPublishedDate() != null ? entry.getPublishedDate()
        : entry.getUpdatedDate());
    String text = text(entry, atom);
    Article own = new Article(id, title, link, published, null, text, where);
    boolean fetchable = link != null && link.toLowerCase(Locale.ROOT).matches("https?://.+");
    if (text.length() >= MIN_TEXT_CHARS || !fetchable) {
      return text.isEmpty()
          ? new Skipped(id, title, link, where, where + label(link) + ": entry has no text") : own;
    }
    Linked page = linkedPage(id, where, link, fetched);
    if (page.article() != null) {
      Article a = page.article();
      return new Article(id, a.title() != null ? a.title() : title,
          a.url() != null ? a.url() : link, a.published() != null ? a.published() : published,
          null, a.text(), where);
    }
    return text.isEmpty() ? new Skipped(id, title, link, where, where + label(link) + ": "
        + page.failure()) : own;
  }

  /** The page an entry links to: its article, else why there is none. */
  private record Linked(Article article, String failure) {
  }

  private Linked linkedPage(String id, String where, String link, UrlFetcher.Page fetched) {
    UrlFetcher.Result result = fetched == null ? fetcher.fetch(link) : fetcher.fetchFound(link, fetched);
    if (result instanceof UrlFetcher.Failure failure) {
      return new Linked(null, failure.reason());
    }
    UrlFetcher.Page page = (UrlFetcher.Page) result;
    InputFormat format = FormatSniffer.fromContentType(page.contentType(), page.body());
    if (format != InputFormat.HTML && format != InputFormat.TEXT) {
      return new Linked(null, "unsupported content type " + page.contentType() + " from " + link);
    }
    IngestItem item = Documents.read(id, where, page.body(), format, page.charset(),
        page.finalUrl());
    if (item instanceof Article a && !a.text().isBlank()) {
      return new Linked(a, null);
    }
    return new Linked(null, item instanceof Skipped s ? s.reason() : "no text found at " + link);
  }

  /** Content, else description, as plain text with paragraph breaks. */
  private static String text(SyndEntry entry, boolean atom) {
    StringBuilder content = new StringBuilder();
    for (SyndContent part : entry.getContents()) {
      String text = plain(part, atom);
      if (!text.isEmpty()) {
        content.append(content.length() > 0 ? "\n\n" : "").append(text);
      }
    }
    return content.length() > 0 ? content.toString() : plain(entry.getDescription(), atom);
  }

  private static String plain(SyndContent content, boolean atom) {
    if (content == null || content.getValue() == null) {
      return "";
    }
    String type = content.getType() == null ? "text" : content.getType().toLowerCase(Locale.ROOT);
    // Atom's type="text" (its default) is literal text, where '<' is a character. RSS says nothing
    // reliable: its descriptions carry escaped HTML whatever the version, so it is always markup.
    if (atom && (type.equals("text") || type.equals("text/plain"))) {
      return TextDecoder.normalize(content.getValue()).strip();
    }
    return HtmlText.paragraphs(Jsoup.parseBodyFragment(content.getValue()).body());
  }

  private static String title(String raw) {
    if (raw == null) {
      return null;
    }
    String title = HtmlText.normalizeSpace(raw.contains("<") ? Jsoup.parse(raw).text() : raw);
    return title.isEmpty() ? null : title;
  }

  private static LocalDate date(Date date) {
    return date == null ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
  }

  private static String label(String link) {
    return link == null ? "" : " (" + link + ")";
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
