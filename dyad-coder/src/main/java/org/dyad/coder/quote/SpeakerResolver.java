package org.dyad.coder.quote;

import org.dyad.coder.lexicon.Lexicon;
import org.dyad.coder.tree.SentenceTree;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.model.analysis.Actor;
import org.dyad.model.analysis.Span;
import org.dyad.model.text.Token;

/**
 * Turns the speaker noun phrase at a cue into an actor: a name by its mention, a pronoun or a
 * description by the earlier subjects of the text. Package-private.
 */
final class SpeakerResolver {
  /** The outcome: actor id (null when unresolved), the words at the cue, how it was decided. */
  record Speaker(String actorId, String name, String how) {}

  /** Sentences of narration to walk back; sentences that are all quotation do not count. */
  static final int WINDOW = 3;
  private static final Set<String> ANY = Set.of("PERSON", "ORGANIZATION", "COUNTRY");
  private static final Set<String> PERSON = Set.of("PERSON");
  private static final Set<String> GROUP = Set.of("ORGANIZATION", "COUNTRY");
  /** Arcs inside a name or its apposition; nmod is left out: "the wife of X" is not X. */
  private static final Set<String> NAME_ARCS = Set.of("compound", "flat", "flat:name", "appos", "dep");
  private static final Set<String> INDEFINITE = Lexicon.DEFAULT.set("indefinite-determiners");

  private final DocView view;
  private final java.util.function.UnaryOperator<String> countryOf;
  /** Speaker phrases already resolved in this document, by sentence and token. */
  private final Map<Long, Actor> resolved = new HashMap<>();

  SpeakerResolver(DocView view, java.util.function.UnaryOperator<String> countryOf) {
    this.view = view;
    this.countryOf = countryOf;
  }

  /**
   * Resolves the phrase headed by token {@code head} of sentence {@code s}, cue of quote q.
   * Call in text order: a resolved pronoun or description becomes an earlier subject for the
   * quotations after it ("“…,” the minister said. “…,” he added.").
   */
  Speaker resolve(int s, int head, int q) {
    Speaker speaker = decide(s, head, q);
    if (speaker.actorId() != null) {
      view.actor(speaker.actorId()).ifPresent(a -> resolved.put(key(s, head), a));
    }
    return speaker;
  }

  private Speaker decide(int s, int head, int q) {
    SentenceTree tree = view.tree(s);
    String phrase = phrase(s, head);
    DocView.Match direct = direct(s, head, ANY);
    if (direct != null) {
      return new Speaker(direct.actor().id(), mentionText(direct),
          "name \"" + direct.actor().name() + "\"");
    }
    Token h = tree.token(head);
    String word = h.word().toLowerCase(Locale.ROOT);
    if (h.pos().equals("PRP")) {
      Set<String> kinds = word.equals("he") || word.equals("she") ? PERSON
          : word.equals("they") ? GROUP : null;
      if (kinds == null) {
        return new Speaker(null, h.word(), "pronoun \"" + h.word() + "\" not resolved");
      }
      DocView.Match m = earlier(q, kinds, null, null, false);
      return m == null
          ? new Speaker(null, h.word(), "pronoun \"" + h.word() + "\": no earlier subject")
          : new Speaker(m.actor().id(), h.word(),
              "pronoun \"" + h.word() + "\" → earlier subject \"" + m.actor().name() + "\"");
    }
    Descriptions.Role role = Descriptions.role(h.lemma());
    if (isIndefinite(tree, head) || word.equals("one") || h.pos().equals("CD")
        || (h.pos().startsWith("NN") && h.pos().endsWith("S")
            && (role == null || role.kinds().contains("PERSON")))) {
      return new Speaker(null, phrase, "\"" + phrase + "\" names no one in particular");
    }
    if (namesSomeoneElse(s, head)) {
      return new Speaker(null, phrase, "\"" + phrase + "\" is someone who is not among the actors");
    }
    if (role == null && h.pos().startsWith("NNP")) {
      return new Speaker(null, phrase, "name \"" + phrase + "\" is not among the actors");
    }
    if (role == null || !h.pos().startsWith("NN")) {
      // An unknown noun ("AI", "the source's cousin") is too vague to pick an earlier person.
      return new Speaker(null, phrase, "\"" + phrase + "\" is neither an actor nor a known role");
    }
    String country = null;
    for (int c : tree.children(head)) {
      String rel = tree.relation(c);
      if (rel.equals("amod") || rel.equals("compound") || rel.equals("nmod:poss")) {
        String code = countryOf.apply(tree.token(c).word());
        country = code != null ? code : country;
      }
    }
    DocView.Match m = earlier(q, role.kinds(), country, role, false);
    String found = "earlier subject";
    if (m == null) {
      m = earlier(q, role.kinds(), country, role, true);
      found = "earlier mention";
    }
    return m == null
        ? new Speaker(null, phrase, "description \"" + phrase + "\" fits no earlier actor")
        : new Speaker(m.actor().id(), phrase,
            "description \"" + phrase + "\" → " + found + " \"" + m.actor().name() + "\"");
  }

  /**
   * The actor the phrase itself names: a mention on its head (any kind), else a person whose
   * name is the phrase's compound, flat, dep or apposition, at any depth ("the US ambassador,
   * Tom Barrack"; "the director of X, Tom Barrack"), but not one reached as an nmod ("the wife
   * of Peter Collins" is not Collins).
   */
  DocView.Match direct(int s, int head, Set<String> kinds) {
    DocView.Match m = view.actorAt(s, head, kinds);
    if (m != null || !kinds.contains("PERSON")) {
      return m;
    }
    SentenceTree tree = view.tree(s);
    for (int t : phraseTokens(s, head)) {
      int name = tree.nameHead(t);
      if (t != head && (name == head || NAME_ARCS.contains(tree.relation(name)))) {
        m = view.actorAt(s, t, PERSON);
        if (m != null) {
          return m;
        }
      }
    }
    return null;
  }

  /** True when the phrase holds a person name that is no actor: a new, unknown speaker. */
  private boolean namesSomeoneElse(int s, int head) {
    SentenceTree tree = view.tree(s);
    for (int t : phraseTokens(s, head)) {
      if ("PERSON".equals(tree.token(t).ner()) && tree.token(t).pos().startsWith("NNP")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Walks back from the quotation's opening mark: first its own sentence, then up to
   * {@link #WINDOW} sentences of narration. With {@code anyMention} false it takes subjects
   * (nsubj, nsubj:pass, and the X of "according to X"), subjects of speech verbs before others
   * and then the latest; with it true, any mention, the latest first.
   */
  private DocView.Match earlier(int q, Set<String> kinds, String country, Descriptions.Role role,
                                boolean anyMention) {
    int s = view.startSentence(q);
    int limit = view.openToken(q);
    for (int counted = 0; s >= 0 && counted <= WINDOW; s--) {
      SentenceTree tree = view.tree(s);
      int end = limit < 0 ? tree.size() : limit;
      limit = -1;
      List<DocView.Match> found = anyMention ? mentions(s, end, kinds) : subjects(s, end, kinds);
      for (DocView.Match m : found) {
        if (country == null && role == null || Descriptions.fits(m.actor(), country, role)) {
          return m;
        }
      }
      if (!view.whollyQuoted(s)) {
        counted++;
      }
    }
    return null;
  }

  private List<DocView.Match> subjects(int s, int end, Set<String> kinds) {
    SentenceTree tree = view.tree(s);
    List<int[]> ranked = new ArrayList<>();
    for (int t = 0; t < end; t++) {
      String rel = tree.relation(t);
      // A noun as the root means the parser found no clause for it ("Omar Sayed, a hydrologist
      // who ..., pointed out"): it is most likely the subject it failed to attach.
      boolean subject = rel.equals("nsubj") || rel.equals("nsubj:pass")
          || tree.impliedSubjectOf(t) >= 0
          || (rel.equals("root") && tree.token(t).pos().startsWith("NN"));
      if (view.quoted(s, t) || !(subject || isAccordingTo(tree, t))) {
        continue;
      }
      // Reporters name the source first: "Smith said that Jones resigned" — "he" is Smith.
      int verb = tree.impliedSubjectOf(t) >= 0 ? t + 1 : tree.head(t);
      boolean speaks = subject && verb >= 0 && SpeechVerbs.isCue(tree, verb) || !subject;
      ranked.add(new int[] {t, speaks ? 1 : 0});
    }
    ranked.sort(Comparator.<int[]>comparingInt(r -> -r[1]).thenComparingInt(r -> -r[0]));
    List<DocView.Match> out = new ArrayList<>();
    for (int[] r : ranked) {
      DocView.Match m = direct(s, r[0], kinds);
      Actor earlier = resolved.get(key(s, r[0]));
      if (m == null && earlier != null && kinds.contains(earlier.kind())) {
        Token t = tree.token(r[0]);
        m = new DocView.Match(earlier, new Span(t.begin(), t.end()));
      }
      if (m != null) {
        out.add(m);
      }
    }
    return out;
  }

  private static long key(int sentence, int token) {
    return ((long) sentence << 32) | token;
  }

  private List<DocView.Match> mentions(int s, int end, Set<String> kinds) {
    SentenceTree tree = view.tree(s);
    int to = end < tree.size() ? tree.token(end).begin() : tree.sentence().end();
    List<DocView.Match> out = view.mentionsIn(tree.sentence().begin(), to, kinds);
    out.sort(Comparator.comparingInt((DocView.Match m) -> -m.mention().begin()));
    return out;
  }

  private static boolean isAccordingTo(SentenceTree tree, int t) {
    for (int c : tree.children(t)) {
      if (tree.token(c).word().equalsIgnoreCase("according")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isIndefinite(SentenceTree tree, int head) {
    int det = tree.child(head, "det");
    if (det >= 0 && INDEFINITE.contains(tree.token(det).word().toLowerCase(Locale.ROOT))) {
      return true;
    }
    // Without a parse, look at the word before the noun phrase.
    return det < 0 && tree.head(head) == -2 && head > 0
        && INDEFINITE.contains(tree.token(head - 1).word().toLowerCase(Locale.ROOT));
  }

  /** The mention's words as the phrase uses them: "Tom Barrack", "the Russian leader". */
  private String mentionText(DocView.Match m) {
    return view.text().substring(m.mention().begin(), m.mention().end()).strip();
  }

  /**
   * The noun phrase around the head: its determiners, modifiers, compounds and appositions, cut
   * to the unbroken run of tokens around the head (so a clause like "quoted by Y" stays out).
   */
  private String phrase(int s, int head) {
    SentenceTree tree = view.tree(s);
    boolean[] in = new boolean[tree.size()];
    for (int t : phraseTokens(s, head)) {
      in[t] = true;
    }
    int from = head;
    int to = head + 1;
    while (from > 0 && in[from - 1]) {
      from--;
    }
    while (to < tree.size() && in[to]) {
      to++;
    }
    while (to - 1 > from && !tree.isWord(to - 1)) {
      to--;
    }
    while (from < head && !tree.isWord(from)) {
      from++;
    }
    return view.text(s, from, to);
  }

  /** The head and its dependents, clauses and coordination left out, in tree order. */
  private List<Integer> phraseTokens(int s, int head) {
    SentenceTree tree = view.tree(s);
    List<Integer> out = new ArrayList<>();
    Deque<Integer> todo = new ArrayDeque<>(List.of(head));
    while (!todo.isEmpty()) {
      int t = todo.removeFirst();
      out.add(t);
      for (int c : tree.children(t)) {
        String rel = tree.relation(c);
        // "According to" is the cue, not part of the name.
        boolean marker = t == head && rel.equals("case");
        if (!marker && !rel.startsWith("acl") && !rel.equals("advcl") && !rel.equals("parataxis")
            && !rel.equals("ccomp") && !rel.equals("conj") && !rel.equals("cc")
            && !view.quoted(s, c)) {
          todo.addLast(c);
        }
      }
    }
    return out;
  }
}
