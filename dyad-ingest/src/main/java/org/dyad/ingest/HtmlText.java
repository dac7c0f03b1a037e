package org.dyad.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Renders an HTML element as plain text that keeps the paragraph structure.
 *
 * <p>Each block element (paragraph, heading, list item, quotation, table row, division...) becomes
 * its own paragraph; paragraphs are separated by a blank line ({@code "\n\n"}), a {@code <br>} gives a
 * line break inside a paragraph, and runs of white space (non-breaking spaces included) become one
 * space. Sentence splitters and quote finders downstream depend on those paragraph breaks, which
 * jsoup's own {@code text()} flattens away. Stateless and thread-safe.
 */
public final class HtmlText {
  private static final Set<String> BLOCKS = Set.of(
      "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
      "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
      "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main",
      "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
      "thead", "tr", "ul");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

  private HtmlText() {
  }

  /**
   * Renders an element.
   *
   * @param root the element whose text is wanted (it is not modified)
   * @return its paragraphs joined by {@code "\n\n"}; empty when it holds no text
   */
  public static String paragraphs(Element root) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
          // Source line breaks are layout, not content; '\n' is kept for <br> only.
          current.append(text.getWholeText().replace('\n', ' '));
        } else if (node instanceof Element element) {
          if (element.normalName().equals("br")) {
            current.append('\n');
          } else if (BLOCKS.contains(element.normalName())) {
            flush(current, paragraphs);
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
          flush(current, paragraphs);
        }
      }
    }, root);
    flush(current, paragraphs);
    return String.join("\n\n", paragraphs);
  }

  private static void flush(StringBuilder current, List<String> paragraphs) {
    if (current.length() == 0) {
      return;
    }
    StringBuilder paragraph = new StringBuilder();
    for (String line : current.toString().split("\n")) {
      String clean = SPACES.matcher(line).replaceAll(" ").strip();
      if (!clean.isEmpty()) {
        if (paragraph.length() > 0) {
          paragraph.append('\n');
        }
        paragraph.append(clean);
      }
    }
    if (paragraph.length() > 0) {
      paragraphs.add(paragraph.toString());
    }
    current.setLength(0);
  }

  /** Collapses all white space to single spaces: for comparing texts regardless of layout. */
  public static String normalizeSpace(String text) {
    return SPACES.matcher(text).replaceAll(" ").strip();
  }
}
