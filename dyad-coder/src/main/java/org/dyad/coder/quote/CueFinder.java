package org.dyad.coder.quote;

import org.dyad.coder.tree.SentenceTree;

import java.util.Set;

/**
 * Finds the words that attribute a quotation ("he said", "X said:", "according to X") and the
 * token heading the speaker's noun phrase. Package-private; {@link QuoteAttributor} decides the
 * order in which the cue forms are tried.
 */
final class CueFinder {
  /** A speaker noun phrase found at a cue: its sentence, head token and how it was found. */
  record Cue(int sentence, int speaker, String form) {}

  private static final Set<String> DASHES = Set.of("–", "—", "-", "--", "―");
  private static final Set<String> AUX = Set.of("aux", "aux:pass", "cop");

  private final DocView view;

  CueFinder(DocView view) {
    this.view = view;
  }

  /**
   * Cue before the quotation in its first sentence: {@code X said: "…"} or {@code X threw a
   * phrase: "…"} (any verb before a colon), {@code X said (that) "…"} and embedded
   * {@code X said the talks were "…"} (a speech verb governing the quoted words),
   * {@code According to X, "…"}, and {@code "…," he said, "…"} (a speech verb before a comma).
   */
  Cue before(int q) {
    int s = view.startSentence(q);
    int open = view.openToken(q);
    SentenceTree tree = view.tree(s);
    int from = open;
    while (from > 0 && !view.quoted(s, from - 1)) {
      from--;
    }
    if (from == open) {
      return null;
    }
    String last = tree.token(open - 1).word();
    if (last.equals(":")) {
      // The colon hangs on the clause that introduces the quotation: its subject speaks.
      for (int g = tree.head(open - 1); g >= from && g < open; g = tree.head(g)) {
        int subj = subjectOf(tree, s, g, from, open);
        if (subj >= 0) {
          return new Cue(s, subj, "colon after \"" + tree.token(g).word() + "\"");
        }
      }
    }
    for (int h = open; h < tree.size() && view.quoteAt(s, h) == q; h++) {
      int g = tree.head(h);
      if (g < 0 || view.quoteAt(s, g) == q) {
        continue;
      }
      for (int steps = 0; g >= from && g < open && steps < tree.size(); g = tree.head(g), steps++) {
        if (SpeechVerbs.isCue(tree, g) || last.equals(":")) {
          int subj = subjectOf(tree, s, g, from, open);
          if (subj >= 0) {
            return new Cue(s, subj, "verb before the quote \"" + tree.token(g).word() + "\"");
          }
        }
      }
    }
    for (int t = from; t < open; t++) {
      if (isAccordingTo(tree, t)) {
        return new Cue(s, t, "according to");
      }
    }
    if (last.equals(",") || last.equals(":")) {
      // The parse may not link verb and quotation ("X said, "…"" or a quote split by its cue).
      for (int v = open - 2; v >= from; v--) {
        if (SpeechVerbs.isCue(tree, v) || (last.equals(":") && tree.isVerb(v))) {
          int subj = subjectOf(tree, s, v, from, open);
          if (subj >= 0) {
            return new Cue(s, subj, "verb before the quote \"" + tree.token(v).word() + "\"");
          }
        }
      }
    }
    return null;
  }

  /**
   * Cue after the quotation in its last sentence: {@code "…," he said}, {@code "…," said Putin},
   * {@code "…," Smith told reporters}, {@code "…," according to X}; and, when the sentence ends
   * with the quotation ({@code "…?"}), a next sentence of the same paragraph that opens with a
   * dash or a small letter ({@code – the Russian leader emphasized.}).
   */
  Cue after(int q) {
    int s = view.endSentence(q);
    int from = view.closeToken(q) + 1;
    String where = "after-quote";
    if (!hasWord(s, from, regionEnd(s, from))) {
      int next = s + 1;
      if (next >= view.sentences() || view.quoted(next, 0) || !samePara(s, next)) {
        return null;
      }
      String first = view.tree(next).token(0).word();
      if (first.isEmpty() || !DASHES.contains(first) && !Character.isLowerCase(first.charAt(0))) {
        return null;
      }
      s = next;
      from = 0;
      where = "after-quote (next sentence)";
    }
    SentenceTree tree = view.tree(s);
    int to = regionEnd(s, from);
    for (int v = from; v < to; v++) {
      if (isAccordingTo(tree, v)) {
        return new Cue(s, v, where + " according to");
      }
      if (!SpeechVerbs.isCue(tree, v)) {
        continue;
      }
      int subj = subjectOf(tree, s, v, from, to);
      if (subj < 0 || otherVerbBefore(tree, from, v, subj)) {
        return null;
      }
      return new Cue(s, subj, where + " verb \"" + tree.token(v).word() + "\"");
    }
    return null;
  }

  /**
   * For a quotation that opens its sentence with no cue of its own: the speaker of the sentence
   * just before it, when that sentence reports speech (a speech verb with a clausal complement:
   * {@code X said the attacks were terror. "While I was away..."}); of several, the one nearest
   * the root.
   */
  Cue sentenceBefore(int q) {
    int s = view.startSentence(q);
    int p = s - 1;
    if (view.openToken(q) != 0 || p < 0 || view.whollyQuoted(p)) {
      return null;
    }
    int here = view.paragraph(view.quote(q).marks().begin());
    int there = view.paragraph(view.tree(p).sentence().end() - 1);
    if (here != there && !(here == there + 1 && view.opensParagraph(view.quote(q).marks().begin()))) {
      return null;
    }
    SentenceTree tree = view.tree(p);
    int best = -1;
    int bestDepth = Integer.MAX_VALUE;
    for (int v = 0; v < tree.size(); v++) {
      // Only reported speech counts: the verb must carry the reported clause.
      if (view.quoted(p, v) || !SpeechVerbs.isCue(tree, v)
          || tree.child(v, "ccomp", "parataxis") < 0) {
        continue;
      }
      int subj = subjectOf(tree, p, v, 0, tree.size());
      int depth = depth(tree, v);
      if (subj >= 0 && depth < bestDepth) {
        best = subj;
        bestDepth = depth;
      }
    }
    return best < 0 ? null : new Cue(p, best, "no cue; speaker of the sentence before");
  }

  private static int depth(SentenceTree tree, int t) {
    int d = 0;
    for (int k = t; k >= 0 && d <= tree.size(); k = tree.head(k)) {
      d++;
    }
    return d;
  }

  private boolean samePara(int s, int next) {
    return view.paragraph(view.tree(s).sentence().end() - 1)
        == view.paragraph(view.tree(next).sentence().begin());
  }

  /** End of the narration after {@code from}: the next quotation or the sentence end. */
  private int regionEnd(int s, int from) {
    int t = from;
    while (t < view.tree(s).size() && !view.quoted(s, t)) {
      t++;
    }
    return t;
  }

  private boolean hasWord(int s, int from, int to) {
    for (int t = from; t < to; t++) {
      if (view.tree(s).isWord(t)) {
        return true;
      }
    }
    return false;
  }

  /** A content verb before the cue verb means the narration is about something else. */
  private static boolean otherVerbBefore(SentenceTree tree, int from, int v, int subj) {
    for (int t = from; t < v; t++) {
      if (tree.isVerb(t) && !AUX.contains(tree.relation(t)) && !tree.dominates(subj, t)) {
        return true;
      }
    }
    return false;
  }

  /** True for the X of "according to X": a token with the case marker "according". */
  private static boolean isAccordingTo(SentenceTree tree, int t) {
    for (int c : tree.children(t)) {
      if (tree.token(c).word().equalsIgnoreCase("according") && tree.relation(c).equals("case")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Subject of a verb within {@code [from, to)} and outside quotations: its nsubj, or that of
   * the verb it is conjoined to; "who" in "Smith, who said" gives Smith; with no subject arc (inverted "said Collins" parses as
   * xcomp, an unparsed sentence has no arcs) the pronoun or noun right before or the name
   * right after the verb.
   */
  private int subjectOf(SentenceTree tree, int s, int verb, int from, int to) {
    int subj = tree.subject(verb);
    if (subj < 0 && tree.relation(verb).equals("conj") && tree.isVerb(tree.head(verb))) {
      // "X visited the area and said ...": the conjoined verb shares X.
      subj = tree.subject(tree.head(verb));
    }
    if (subj >= 0 && tree.token(subj).pos().startsWith("W")
        && tree.relation(verb).equals("acl:relcl")) {
      subj = tree.head(verb);
    }
    if (subj >= from && subj < to && !view.quoted(s, subj)) {
      return tree.isWord(subj) ? subj : -1;
    }
    if (subj >= 0) {
      return -1;
    }
    if (verb - 1 >= from && !view.quoted(s, verb - 1) && nounish(tree, verb - 1)) {
      return tree.nameHead(verb - 1);
    }
    if (verb + 1 < to && !view.quoted(s, verb + 1) && nounish(tree, verb + 1)) {
      return tree.nameHead(verb + 1);
    }
    return -1;
  }

  private static boolean nounish(SentenceTree tree, int t) {
    String pos = tree.token(t).pos();
    return pos.startsWith("NN") || pos.equals("PRP");
  }
}
