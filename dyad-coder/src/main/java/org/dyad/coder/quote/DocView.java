package org.dyad.coder.quote;

import org.dyad.coder.tree.SentenceTree;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.analysis.Actor;
import org.dyad.model.analysis.Span;
import org.dyad.model.text.ParsedDocument;
import org.dyad.model.text.Sentence;
import org.dyad.model.text.Token;

/**
 * One document as the attribution steps see it: trees per sentence, which tokens each quotation
 * covers, paragraphs and actor mentions. Built per call, so it may hold per-document state.
 * Package-private.
 */
final class DocView {
  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\r\\f]*\\n");

  /** An actor and the one mention of it that matched. */
  record Match(Actor actor, Span mention) {}

  private final ParsedDocument doc;
  private final List<SentenceTree> trees = new ArrayList<>();
  private final List<QuotedText> quotes;
  private final List<Actor> actors;
  /** Per sentence and token: index of the quotation covering it (marks included), or -1. */
  private final int[][] quoteOfToken;
  private final int[] startSentence;
  private final int[] openToken;
  private final int[] endSentence;
  private final int[] closeToken;
  private final List<Integer> paragraphStarts = new ArrayList<>();

  DocView(ParsedDocument doc, List<QuotedText> quotes, List<Actor> actors) {
    this.doc = doc;
    this.quotes = quotes;
    this.actors = actors;
    for (Sentence s : doc.sentences()) {
      trees.add(new SentenceTree(s));
    }
    quoteOfToken = new int[trees.size()][];
    for (int s = 0; s < trees.size(); s++) {
      quoteOfToken[s] = new int[trees.get(s).size()];
      Arrays.fill(quoteOfToken[s], -1);
    }
    int q = quotes.size();
    startSentence = new int[q];
    openToken = new int[q];
    endSentence = new int[q];
    closeToken = new int[q];
    for (int i = 0; i < q; i++) {
      locate(i);
    }
    paragraphStarts.add(0);
    Matcher m = BLANK_LINE.matcher(doc.text());
    while (m.find()) {
      paragraphStarts.add(m.end());
    }
  }

  private void locate(int q) {
    Span marks = quotes.get(q).marks();
    startSentence[q] = -1;
    endSentence[q] = -1;
    for (int s = 0; s < trees.size(); s++) {
      List<Token> tokens = trees.get(s).sentence().tokens();
      for (int t = 0; t < tokens.size(); t++) {
        Token k = tokens.get(t);
        if (k.begin() >= marks.begin() && k.end() <= marks.end()) {
          quoteOfToken[s][t] = q;
          if (startSentence[q] < 0) {
            startSentence[q] = s;
            openToken[q] = t;
          }
          endSentence[q] = s;
          closeToken[q] = t;
        }
      }
    }
  }

  String text() {
    return doc.text();
  }

  int sentences() {
    return trees.size();
  }

  SentenceTree tree(int s) {
    return trees.get(s);
  }

  QuotedText quote(int q) {
    return quotes.get(q);
  }

  /** Sentence holding the quotation's opening mark; -1 when no token lies inside it. */
  int startSentence(int q) {
    return startSentence[q];
  }

  int openToken(int q) {
    return openToken[q];
  }

  int endSentence(int q) {
    return endSentence[q];
  }

  int closeToken(int q) {
    return closeToken[q];
  }

  /** Index of the quotation covering a token, or -1. */
  int quoteAt(int s, int t) {
    return quoteOfToken[s][t];
  }

  boolean quoted(int s, int t) {
    return quoteOfToken[s][t] >= 0;
  }

  /** True when every word of the sentence lies inside quotations: it holds no narration. */
  boolean whollyQuoted(int s) {
    SentenceTree tree = trees.get(s);
    for (int t = 0; t < tree.size(); t++) {
      if (tree.isWord(t) && !quoted(s, t)) {
        return false;
      }
    }
    return true;
  }

  int paragraph(int offset) {
    int p = 0;
    while (p + 1 < paragraphStarts.size() && paragraphStarts.get(p + 1) <= offset) {
      p++;
    }
    return p;
  }

  /** True when only white space stands between the paragraph's start and the offset. */
  boolean opensParagraph(int offset) {
    int start = paragraphStarts.get(paragraph(offset));
    return doc.text().substring(start, offset).isBlank();
  }

  /** Document text of tokens {@code [from, to)} of a sentence. */
  String text(int s, int from, int to) {
    List<Token> tokens = trees.get(s).sentence().tokens();
    return doc.text().substring(tokens.get(from).begin(), tokens.get(to - 1).end());
  }

  /**
   * The actor with a mention overlapping the token, of one of the kinds; persons first, then
   * organisations, then countries, because "the US ambassador" overlaps a country too.
   */
  Match actorAt(int s, int t, Set<String> kinds) {
    Token k = trees.get(s).token(t);
    Span span = new Span(k.begin(), k.end());
    Match best = null;
    for (Actor a : actors) {
      if (!kinds.contains(a.kind())) {
        continue;
      }
      for (Span m : a.mentions()) {
        if (m.overlaps(span) && (best == null || rank(a) < rank(best.actor()))) {
          best = new Match(a, m);
        }
      }
    }
    return best;
  }

  Optional<Actor> actor(String id) {
    return actors.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /** Mentions of actors of the kinds within {@code [from, to)}, not inside quotations. */
  List<Match> mentionsIn(int from, int to, Set<String> kinds) {
    List<Match> out = new ArrayList<>();
    for (Actor a : actors) {
      if (!kinds.contains(a.kind())) {
        continue;
      }
      for (Span m : a.mentions()) {
        if (m.begin() >= from && m.end() <= to && !insideQuote(m.begin())) {
          out.add(new Match(a, m));
        }
      }
    }
    return out;
  }

  private boolean insideQuote(int offset) {
    for (QuotedText q : quotes) {
      if (q.covers(offset)) {
        return true;
      }
    }
    return false;
  }

  private static int rank(Actor a) {
    return switch (a.kind()) {
      case "PERSON" -> 0;
      case "ORGANIZATION" -> 1;
      default -> 2;
    };
  }
}
