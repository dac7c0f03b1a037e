package org.dyad.app;

/**
 * Wraps a plain-text article in a typical news page at test time: navigation, a headline, the
 * paragraphs, a share bar and a comment form. The article text itself is never stored in the project.
 */
final class WebPageFixture {
  private WebPageFixture() {}

  static String wrap(String text) {
    String[] paragraphs = text.strip().split("\\n\\s*\\n");
    StringBuilder b = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
        + "<title>" + escape(paragraphs[0]) + " | World News</title>"
        + "<meta property=\"article:published_time\" content=\"2025-06-04T09:00:00+03:00\">"
        + "</head><body><header><nav><a href=\"/\">Home</a> <a href=\"/politics\">Politics</a>"
        + " <a href=\"/subscribe\">Subscribe</a></nav></header><main><article>");
    b.append("<h1>").append(escape(paragraphs[0])).append("</h1>\n");
    for (int i = 1; i < paragraphs.length; i++) {
      String p = paragraphs[i].strip();
      if (p.startsWith("Leave a Reply")) {
        break; // the seed's own trailing comment-form text: the page below has the real form
      }
      b.append("<p>").append(escape(p)).append("</p>\n");
    }
    b.append("</article><div class=\"share-buttons\">Share on Facebook Share on X</div></main>"
        + "<section id=\"comments\"><h3>Leave a Reply</h3><form><p>Your email address will not be "
        + "published. Required fields are marked *</p><textarea></textarea><button>Post Comment"
        + "</button></form></section><footer>Copyright World News</footer></body></html>");
    return b.toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
