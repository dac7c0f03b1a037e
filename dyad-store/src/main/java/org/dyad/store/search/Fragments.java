package org.dyad.store.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.Formatter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.NullFragmenter;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleFragmenter;

/**
 * A search hit made from its stored fields: passages of its text with the matched words marked, the
 * title and speaker marked where they matched, and which fields did. Plain pieces rather than
 * markup, so a client never has to trust HTML built from article text.
 */
final class Fragments {
  /** Marks a match's start and end inside Lucene's output; removed from texts before indexing. */
  private static final char OPEN = '\uE000';
  private static final char CLOSE = '\uE001';

  private static final Formatter MARK = (text, group) -> group.getTotalScore() > 0 ? OPEN + text + CLOSE : text;

  private final Query query;
  private final Highlighter highlighter;
  private final Analyzer analyzer;

  Fragments(Query query, Analyzer analyzer) {
    this.query = query;
    this.analyzer = analyzer;
    this.highlighter = new Highlighter(MARK, new QueryScorer(query, "text"));
    highlighter.setTextFragmenter(new SimpleFragmenter(160));
  }

  /**
   * A short field's whole value (a title, a speaker's name) in pieces with the query's matches
   * marked, or {@code null} when the query matches nothing in it: that field is not why it was found.
   */
  private List<SearchHit.Piece> marked(String field, String value) throws IOException {
    if (value == null || value.isEmpty()) {
      return null;
    }
    Highlighter whole = new Highlighter(MARK, new QueryScorer(query, field));
    whole.setTextFragmenter(new NullFragmenter());
    try {
      String best = whole.getBestFragment(analyzer, field, clean(value));
      return best == null ? null : pieces(best);
    } catch (InvalidTokenOffsetsException e) {
      return null;
    }
  }

  /** Whether the query matches anything in a hit's text. */
  private boolean matches(String text) throws IOException {
    try {
      return text != null && highlighter.getBestFragment(analyzer, "text", text) != null;
    } catch (InvalidTokenOffsetsException e) {
      return false;
    }
  }

  /** The hit of a stored document (see {@link SearchIndex}'s fields). */
  SearchHit hit(org.apache.lucene.document.Document d, float score) throws IOException {
    List<SearchHit.Piece> title = marked("title", d.get("title"));
    List<SearchHit.Piece> speaker = marked("speakerName", d.get("speakerName"));
    List<String> matchedIn = new ArrayList<>();
    if (title != null) {
      matchedIn.add("title");
    }
    if (matches(d.get("text"))) {
      matchedIn.add("text");
    }
    if (speaker != null) {
      matchedIn.add("speaker");
    }
    return new SearchHit(d.get("type"), d.getField("articleId").numericValue().longValue(), d.get("title"),
        d.get("speakerName"), d.get("speakerCode"), score, of(d.get("text")), matchedIn, title, speaker);
  }

  /** Text without the two marker characters. */
  static String clean(String text) {
    return text == null ? "" : text.replace(OPEN, ' ').replace(CLOSE, ' ');
  }

  /** Up to three passages with matches; the text's start when nothing in it matched (a title hit). */
  List<List<SearchHit.Piece>> of(String text) throws IOException {
    String t = text == null ? "" : text;
    String[] best;
    try {
      best = highlighter.getBestFragments(analyzer, "text", t, 3);
    } catch (InvalidTokenOffsetsException e) {
      best = new String[0];
    }
    List<List<SearchHit.Piece>> out = new ArrayList<>();
    for (String f : best) {
      out.add(pieces(f));
    }
    if (out.isEmpty() && !t.isEmpty()) {
      out.add(List.of(new SearchHit.Piece(t.substring(0, Math.min(200, t.length())), false)));
    }
    return out;
  }

  private static List<SearchHit.Piece> pieces(String marked) {
    List<SearchHit.Piece> pieces = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    boolean inMatch = false;
    for (int i = 0; i < marked.length(); i++) {
      char c = marked.charAt(i);
      if (c == OPEN || c == CLOSE) {
        if (run.length() > 0) {
          pieces.add(new SearchHit.Piece(run.toString(), inMatch));
          run.setLength(0);
        }
        inMatch = c == OPEN;
      } else {
        run.append(c);
      }
    }
    if (run.length() > 0) {
      pieces.add(new SearchHit.Piece(run.toString(), inMatch));
    }
    return pieces;
  }
}
