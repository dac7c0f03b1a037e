package org.dyad.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Iterator;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an article's title, publication date and canonical URL from the usual places in a page:
 * Open Graph and Twitter meta tags, {@code <title>}, the first {@code <h1>}, schema.org JSON-LD,
 * Dublin Core and publisher meta tags, {@code <time datetime>}, {@code <link rel=canonical>}.
 *
 * <p>Call it on the page before any cleaning removes headers or scripts. Stateless and thread-safe.
 */
public final class HtmlMetadata {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] TITLE_SEPARATORS = {" | ", " – ", " — ", " - ", " :: ", " · "};

  private HtmlMetadata() {
  }

  /** The text of the first {@code <h1>}, white space collapsed, or {@code null}. */
  public static String firstH1(Document doc) {
    Element h1 = doc.selectFirst("h1");
    if (h1 == null) {
      return null;
    }
    String text = HtmlText.normalizeSpace(h1.text());
    return text.isEmpty() ? null : text;
  }

  /**
   * The headline: {@code og:title}, {@code twitter:title}, {@code <title>}, else the first h1. A
   * trailing " | Site" part is dropped when the rest is clearly the headline (see
   * {@link #stripSiteSuffix}).
   *
   * @param h1 the first h1's text, or {@code null}
   * @return the title or {@code null}
   */
  public static String title(Document doc, String h1) {
    String title = meta(doc, "og:title", "twitter:title");
    if (title == null && !doc.title().isBlank()) {
      title = doc.title();
    }
    if (title == null) {
      return h1;
    }
    title = HtmlText.normalizeSpace(title);
    // "Headline | Site" where the h1 shows the headline alone: trust the h1.
    if (h1 != null && title.startsWith(h1) && title.length() > h1.length()) {
      return h1;
    }
    return stripSiteSuffix(title);
  }

  /**
   * Drops a site name after the last separator ({@code |}, dashes, {@code ::}, {@code ·}) only when
   * what remains has at least three words and the suffix is short (five words after {@code |}, three
   * after a dash, which also joins phrases inside headlines).
   */
  static String stripSiteSuffix(String title) {
    for (String separator : TITLE_SEPARATORS) {
      int at = title.lastIndexOf(separator);
      if (at <= 0) {
        continue;
      }
      String left = title.substring(0, at).strip();
      String right = title.substring(at + separator.length()).strip();
      int maxRight = separator.equals(" | ") ? 5 : 3;
      if (words(left) >= 3 && words(right) <= maxRight && right.length() < left.length()) {
        return left;
      }
    }
    return title;
  }

  private static int words(String s) {
    return s.isBlank() ? 0 : s.strip().split("\\s+").length;
  }

  /** The publication date from meta tags, JSON-LD or {@code <time>}, or {@code null}. */
  public static LocalDate published(Document doc) {
    LocalDate date = Dates.parse(meta(doc, "article:published_time", "og:published_time"));
    if (date == null) {
      date = Dates.parse(jsonLdDatePublished(doc));
    }
    if (date == null) {
      date = Dates.parse(meta(doc, "datePublished", "pubdate", "publishdate", "publish-date",
          "date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued", "sailthru.date",
          "parsely-pub-date"));
    }
    if (date == null) {
      Element time = doc.selectFirst("time[pubdate][datetime], time[itemprop=datePublished][datetime]");
      if (time == null) {
        time = doc.selectFirst("article time[datetime], time[datetime]");
      }
      date = time == null ? null : Dates.parse(time.attr("datetime"));
    }
    return date;
  }

  /** The canonical URL, else {@code og:url}, else the base URL (may be {@code null}). */
  public static String url(Document doc, String baseUrl) {
    Element canonical = doc.selectFirst("link[rel=canonical][href]");
    if (canonical != null) {
      String abs = canonical.absUrl("href");
      String href = abs.isEmpty() ? canonical.attr("href").strip() : abs;
      if (href.startsWith("http://") || href.startsWith("https://")) {
        return href;
      }
    }
    String og = meta(doc, "og:url");
    if (og != null && (og.startsWith("http://") || og.startsWith("https://"))) {
      return og;
    }
    return baseUrl;
  }

  /**
   * The first non-blank {@code content} of a meta tag whose {@code property}, {@code name} or
   * {@code itemprop} equals one of the keys (case-insensitively), trying the keys in order.
   */
  static String meta(Document doc, String... keys) {
    for (String key : keys) {
      for (Element meta : doc.getElementsByTag("meta")) {
        if (key.equalsIgnoreCase(meta.attr("property")) || key.equalsIgnoreCase(meta.attr("name"))
            || key.equalsIgnoreCase(meta.attr("itemprop"))) {
          String content = meta.attr("content").strip();
          if (!content.isEmpty()) {
            return content;
          }
        }
      }
    }
    return null;
  }

  /** {@code datePublished} anywhere in the page's JSON-LD blocks; broken JSON is ignored. */
  static String jsonLdDatePublished(Document doc) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        String found = find(JSON.readTree(script.data()), "datePublished", 0);
        if (found != null) {
          return found;
        }
      } catch (Exception e) {
        // A publisher's malformed JSON-LD is common and just means no date from it.
      }
    }
    return null;
  }

  private static String find(JsonNode node, String field, int depth) {
    if (node == null || depth > 8) {
      return null;
    }
    if (node.isObject()) {
      JsonNode value = node.get(field);
      if (value != null && value.isTextual() && !value.asText().isBlank()) {
        return value.asText();
      }
    }
    if (node.isContainerNode()) {
      for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
        String found = find(it.next(), field, depth + 1);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }
}
