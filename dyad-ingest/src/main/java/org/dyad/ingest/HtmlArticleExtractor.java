package org.dyad.ingest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Extracts an article's main text and metadata from a web page.
 *
 * <p>Takes the page's bytes (with the charset from an HTTP header, if any) or its decoded HTML, and
 * the page's URL for resolving links (may be {@code null}). Gives the text as paragraphs separated by
 * {@code "\n\n"}, with the headline as first paragraph when the page's h1 carries the title.
 *
 * <p>How: metadata is read first ({@link HtmlMetadata}); then page furniture is removed (navigation,
 * header, footer, aside, scripts, forms, and elements whose id or class names comments, replies,
 * sharing, related links, cookies or newsletters); readability4j (Mozilla's Readability) then picks
 * the main content. When it fails or finds much less text than the page's {@code <article>} or
 * {@code <main>}, that element's text is used instead, else the cleaned body's. Stateless and
 * thread-safe.
 */
public final class HtmlArticleExtractor {
  private static final String FURNITURE_TAGS = "script, style, noscript, template, nav, header, "
      + "footer, aside, form, iframe, svg, canvas, button, input, select, textarea, object, embed, "
      + "dialog, [hidden], [role=navigation], [role=banner], [role=contentinfo], "
      + "[role=complementary], [aria-hidden=true]";
  private static final Pattern FURNITURE_NAMES = Pattern.compile(
      "comment|reply|respond|disqus|share|sharing|social|related|cookie|consent|newsletter"
          + "|subscribe|breadcrumb|advert", Pattern.CASE_INSENSITIVE);
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
  /** Readability must find at least this share of the article element's letters to be trusted. */
  private static final double MIN_SHARE_OF_ARTICLE = 0.7;

  private HtmlArticleExtractor() {
  }

  /**
   * What was extracted from a page.
   *
   * @param title     the headline or {@code null}
   * @param url       the canonical URL, else the page's own URL, or {@code null}
   * @param published the publication date or {@code null}
   * @param text      the main text, paragraphs separated by {@code "\n\n"}; empty when none found
   */
  public record HtmlArticle(String title, String url, LocalDate published, String text) {
  }

  /**
   * Decodes a page's bytes: byte-order mark, else the header charset, else the page's own
   * {@code <meta charset>} or {@code http-equiv} declaration, else detection ({@link TextDecoder}).
   *
   * @param headerCharset the charset from a Content-Type header, or {@code null}
   */
  public static String decode(byte[] bytes, String headerCharset) {
    String declared = TextDecoder.lookup(headerCharset) != null ? headerCharset : metaCharset(bytes);
    return TextDecoder.decode(bytes, declared).text();
  }

  /** The charset declared in the first 4 KiB of a page, or {@code null}. */
  static String metaCharset(byte[] bytes) {
    // Declarations are ASCII in every encoding a page may declare, so Latin-1 reads them safely.
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? m.group(1) : null;
  }

  /** Extracts from bytes; see {@link #decode} and {@link #extract(String, String)}. */
  public static HtmlArticle extract(byte[] bytes, String headerCharset, String baseUrl) {
    return extract(decode(bytes, headerCharset), baseUrl);
  }

  /**
   * Extracts from decoded HTML.
   *
   * @param html    the page
   * @param baseUrl the page's URL, or {@code null}
   */
  public static HtmlArticle extract(String html, String baseUrl) {
    Document doc = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
    String h1 = HtmlMetadata.firstH1(doc);
    String title = HtmlMetadata.title(doc, h1);
    LocalDate published = HtmlMetadata.published(doc);
    String url = HtmlMetadata.url(doc, baseUrl);

    removeFurniture(doc);
    Element container = articleElement(doc);
    String containerText = container == null ? null : HtmlText.paragraphs(container);
    String text = readabilityText(doc, baseUrl);
    if (text == null || text.isBlank()) {
      text = containerText != null ? containerText : HtmlText.paragraphs(doc.body());
    } else if (containerText != null
        && letters(text) < MIN_SHARE_OF_ARTICLE * letters(containerText)) {
      text = containerText;
    }
    return new HtmlArticle(title, url, published, withHeadline(text, h1, title));
  }

  /** Removes navigation, forms, comment sections and the like, in place. */
  static void removeFurniture(Document doc) {
    doc.select(FURNITURE_TAGS).remove();
    int bodyLetters = letters(doc.body().text());
    for (Element e : doc.body().select("[id], [class]")) {
      String names = e.id() + " " + e.className();
      if (FURNITURE_NAMES.matcher(names).find() && !isContentContainer(e, bodyLetters)) {
        e.remove();
      }
    }
  }

  /**
   * Protects the elements that hold the story from class-name matching: a wrapper classed
   * "post has-comments" or an article classed "commentary" must stay.
   */
  private static boolean isContentContainer(Element e, int bodyLetters) {
    String tag = e.normalName();
    if (tag.equals("body") || tag.equals("html") || tag.equals("main") || tag.equals("article")) {
      return true;
    }
    if (!e.select("article, main").isEmpty()) {
      return true;
    }
    return bodyLetters > 0 && letters(e.text()) > 0.5 * bodyLetters;
  }

  /** The {@code <article>} with most text, else {@code <main>}, else {@code [role=main]}, or null. */
  static Element articleElement(Document doc) {
    Element best = null;
    int bestLetters = 0;
    for (Element article : doc.getElementsByTag("article")) {
      int n = letters(article.text());
      if (n > bestLetters) {
        best = article;
        bestLetters = n;
      }
    }
    if (best != null) {
      return best;
    }
    Elements main = doc.select("main, [role=main]");
    return main.isEmpty() ? null : main.first();
  }

  /** Readability's main text, or {@code null} when it fails; it runs on a copy of the page. */
  static String readabilityText(Document doc, String baseUrl) {
    try {
      // Readability resolves relative links against the base and logs a stack trace when there is
      // none (a file or standard input); links are not used, so a neutral base will do.
      String base = baseUrl == null || !baseUrl.matches("(?i)https?://.+") ? "http://localhost/" : baseUrl;
      Element content = new Readability4J(base, doc.clone())
          .parse().getArticleContent();
      return content == null ? null : HtmlText.paragraphs(content);
    } catch (RuntimeException | StackOverflowError e) {
      // Readability is a heuristic over arbitrary markup; the article/body text is the fallback.
      return null;
    }
  }

  /** Puts the h1 headline first when it is the title and the text does not already start with it. */
  static String withHeadline(String text, String h1, String title) {
    if (h1 == null || (title != null && !HtmlText.normalizeSpace(title).equalsIgnoreCase(h1))) {
      return text;
    }
    if (HtmlText.normalizeSpace(text).startsWith(h1)) {
      return text;
    }
    return text.isBlank() ? h1 : h1 + "\n\n" + text;
  }

  static int letters(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }
}
