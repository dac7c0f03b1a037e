package org.dyad.ingest;

import java.util.List;
import org.jsoup.nodes.Entities;

/** Web pages built around a known article, the way news sites wrap their stories. */
final class Pages {
  private Pages() {
  }

  /**
   * A page with site header and navigation, cookie banner, the article (headline in an h1 inside the
   * article header), share buttons, sidebar, related links, a comment form and a footer.
   *
   * @param head       extra markup for the head (meta tags)
   * @param useArticle whether the story sits in an {@code <article>} or only in divs
   */
  static String wrapped(String title, List<String> body, String head, boolean useArticle) {
    StringBuilder p = new StringBuilder();
    for (String paragraph : body) {
      p.append("      <p>").append(Entities.escape(paragraph)).append("</p>\n");
    }
    String story = useArticle ? "article" : "div";
    return "<!DOCTYPE html>\n<html lang=\"en\"><head>\n<meta charset=\"utf-8\">\n"
        + "<title>" + Entities.escape(title) + " | Halvik Herald</title>\n" + head + "\n"
        + "<style>body { font-family: serif; }</style>\n"
        + "<script>window.analytics = {track: function () {}};</script>\n"
        + "</head><body class=\"single-post has-comments\">\n"
        + "<header class=\"site-header\"><a href=\"/\">Halvik Herald</a>\n"
        + "  <nav><ul><li><a href=\"/world\">World</a></li><li><a href=\"/politics\">Politics</a>"
        + "</li><li><a href=\"/business\">Business and markets</a></li></ul></nav></header>\n"
        + "<div class=\"cookie-banner\">We use cookies to improve your experience on our site. "
        + "<button>Accept</button></div>\n"
        + "<div id=\"page\"><div id=\"content\" class=\"site-content\">\n"
        + "  <" + story + " class=\"post type-post\">\n"
        + "    <header class=\"entry-header\"><h1 class=\"entry-title\">" + Entities.escape(title)
        + "</h1>\n      <span class=\"byline\">By Herald staff</span></header>\n"
        + "    <div class=\"entry-content\">\n" + p
        + "    </div>\n"
        + "    <div class=\"share-buttons\"><a href=\"#\">Share on Facebook</a> "
        + "<a href=\"#\">Tweet</a> <a href=\"#\">Email</a></div>\n"
        + "  </" + story + ">\n"
        + "  <aside class=\"widget-area\"><h3>Most read</h3><ul><li><a href=\"/a\">Ports reopen "
        + "after the storm season ends</a></li><li><a href=\"/b\">Grain prices climb for a third "
        + "week</a></li></ul></aside>\n"
        + "  <section class=\"related-posts\"><h3>Related articles</h3><ul><li><a href=\"/c\">"
        + "Border crossings reopen after two weeks of closures and long queues</a></li></ul>"
        + "</section>\n"
        + "  <div id=\"comments\" class=\"comments-area\"><div id=\"respond\" class=\"comment-respond\">"
        + "<h3 id=\"reply-title\">Leave a Reply</h3>\n"
        + "    <form action=\"/wp-comments-post.php\"><p class=\"comment-notes\">Your email address "
        + "will not be published. Required fields are marked *</p><p><label>Comment</label>"
        + "<textarea name=\"comment\"></textarea></p><p><input type=\"submit\" value=\"Post "
        + "Comment\"></p></form></div></div>\n"
        + "</div></div>\n"
        + "<footer><p>© 2025 Halvik Herald. All rights reserved.</p><div class=\"newsletter\">"
        + "Sign up for our newsletter</div></footer>\n"
        + "</body></html>\n";
  }

  static String wrapped(String head) {
    return wrapped(Texts.TITLE, Texts.BODY, head, true);
  }
}
