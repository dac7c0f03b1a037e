package org.dyad.ingest;

import org.dyad.model.article.Article;
import org.dyad.model.article.IngestItem;
import org.dyad.model.article.Skipped;

/**
 * Turns the bytes of one web page or plain-text document into an article, whatever holds it (a file,
 * an HTTP response, a WARC record, a page a feed entry links to).
 *
 * <p>Gives an {@link Article} not yet finished (no boilerplate cut, no language; see
 * {@link ArticleFinisher}) or a {@link Skipped} for binary bytes or markup the extractor fails
 * on. Stateless and thread-safe.
 */
final class Documents {
  private Documents() {
  }

  /**
   * Reads one document; never throws, so one bad page cannot stop a batch.
   *
   * @param id      the article's id
   * @param source  where it came from, for {@code Article.source} and messages
   * @param format  {@link InputFormat#HTML}, else the bytes are read as plain text
   * @param charset a charset declared by the container (HTTP header), or {@code null}
   * @param baseUrl the document's URL, or {@code null}
   */
  static IngestItem read(String id, String source, byte[] bytes, InputFormat format,
                         String charset, String baseUrl) {
    String binary = ContentCheck.binaryReason(bytes);
    if (binary != null) {
      return new Skipped(id, null, baseUrl, source, binary);
    }
    try {
      if (format == InputFormat.HTML) {
        HtmlArticleExtractor.HtmlArticle page = HtmlArticleExtractor.extract(bytes, charset, baseUrl);
        return new Article(id, page.title(), page.url(), page.published(), null, page.text(), source);
      }
      String text = TextDecoder.decode(bytes, charset).text();
      return new Article(id, PlainText.titleOf(text), baseUrl, null, null, text, source);
    } catch (RuntimeException e) {
      return new Skipped(id, null, baseUrl, source, "cannot extract text from " + source + " ("
          + e + ")");
    }
  }
}
