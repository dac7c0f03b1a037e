package org.dyad.coder.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.coder.actor.ActorResolver;
import org.dyad.coder.lexicon.Lexicon;
import org.dyad.coder.tree.SentenceTree;
import org.dyad.model.analysis.Actor;
import org.dyad.model.analysis.Span;
import org.dyad.model.text.ParsedDocument;
import org.dyad.model.text.Sentence;
import org.dyad.model.text.Token;

/**
 * Which actor each token of a document mentions, and what a pronoun or a noun phrase stands for.
 *
 * <p>Built per document from the resolved actors. A noun phrase's actor is the one it names or the
 * nearest owner-like modifier names ("the Russian memorandum", "Ukraine's army", "US sanctions");
 * pronouns and "his country" are resolved by {@link Antecedents}.
 */
final class MentionIndex {
  /**
   * A resolved argument: the actor, the words that named it, whether a pronoun was followed, and
   * whether it came from the article rather than the sentence.
   */
  record Ref(Actor actor, String text, boolean viaPronoun, boolean fromContext, String code) {
    Ref(Actor actor, String text, boolean viaPronoun) {
      this(actor, text, viaPronoun, false, actor.code());
    }

    /** The actor standing for one side of the article, named nowhere in the sentence. */
    static Ref context(Actor actor) {
      return new Ref(actor, actor.name(), false, true, actor.code());
    }

    /** The country this reference stands for: the actor's, or the one its owner placed it in. */
    String country() {
      if (actor.country() != null || code == null || code.equals(actor.code()) || code.length() < 3) {
        return actor.country();
      }
      return code.substring(0, 3);
    }

    /** The same reference coded for this event only ("his Turkish counterpart": TUR with the speaker's sector). */
    Ref coded(String eventCode) {
      return new Ref(actor, text, viaPronoun, fromContext, eventCode);
    }
  }

  private static final Set<String> SPOKESPEOPLE = Lexicon.DEFAULT.set("spokespeople");
  private static final Set<String> OWNER_RELATIONS = Set.of("compound", "amod", "nmod:poss", "flat");

  private final ParsedDocument doc;
  private final Map<Long, Actor> byToken = new HashMap<>();
  private static final String STAND_IN = "~";
  private final Map<Long, Span> spanByToken = new HashMap<>();
  private final Antecedents antecedents;

  MentionIndex(ParsedDocument doc, List<Actor> actors) {
    this.doc = doc;
    this.antecedents = new Antecedents(doc, actors);
    for (Actor a : actors) {
      for (Span s : a.mentions()) {
        Sentence sentence = doc.sentenceAt(s.begin());
        if (sentence == null) {
          continue;
        }
        for (Token t : sentence.tokens()) {
          if (t.begin() >= s.begin() && t.end() <= s.end()) {
            byToken.put(key(sentence.index(), t.index()), a);
            spanByToken.put(key(sentence.index(), t.index()), s);
          }
        }
      }
    }
  }

  private static long key(int sentence, int token) {
    return ((long) sentence << 20) | token;
  }

  /** The actor a token is part of the mention of, or {@code null}. */
  Actor at(int sentence, int token) {
    return byToken.get(key(sentence, token));
  }

  /** Resolves the noun phrase headed by a token to an actor, or {@code null}. */
  Ref resolve(SentenceTree tree, int token) {
    return resolve(tree, token, 0);
  }

  /**
   * "Hamas militants", "Islamic State fighters", "Taliban gunmen": a group noun with no country of
   * its own whose compound names a coded actor stands for that actor; the members act for it.
   * Null where the group has a country or no such name is on it.
   */
  private Ref memberOf(SentenceTree tree, int token, Actor group, Span span) {
    if (group.country() != null || group.code() == null || group.code().startsWith("IGO")
        || group.sectors().isEmpty() || group.kind().equals("PERSON")) {
      return null;
    }
    int s = tree.sentence().index();
    for (int c : tree.children(token)) {
      Actor named = tree.relation(c).equals("compound") ? at(s, c) : null;
      if (named != null && named != group && named.code() != null && !named.kind().equals(ActorResolver.PLACE)) {
        Span from = spanByToken.get(key(s, c));
        return new Ref(named, doc.text().substring(Math.min(from.begin(), span.begin()), span.end()), false);
      }
    }
    return null;
  }

  private Ref resolve(SentenceTree tree, int token, int depth) {
    int s = tree.sentence().index();
    Token t = tree.sentence().tokens().get(token);
    Actor direct = at(s, token);
    if (direct != null) {
      Span span = spanByToken.get(key(s, token));
      Ref ref = memberOf(tree, token, direct, span);
      if (ref == null) {
        ref = new Ref(direct, doc.text().substring(span.begin(), span.end()), false);
      }
      return depth == 0 ? placed(tree, token, ref) : ref;
    }
    if (t.pos().startsWith("PRP")) {
      return antecedents.pronoun(tree, token, this);
    }
    Ref owners = antecedents.ownersCountry(tree, token);
    if (owners != null) {
      return owners;
    }
    // "the President of Ukraine, Vladimir Zelensky": the person in apposition is the actor
    for (int c : tree.children(token)) {
      if (tree.relation(c).equals("appos") && at(s, c) != null) {
        return resolve(tree, c);
      }
    }
    // "the missiles fired by the Israeli military": a thing is whoever's used it
    for (int c : tree.children(token)) {
      if (tree.relation(c).equals("acl") && tree.token(c).pos().equals("VBN") && depth < 2) {
        for (int g : tree.children(c)) {
          Ref r = tree.relation(g).equals("obl:agent") ? resolve(tree, g, depth + 1) : null;
          if (r != null) {
            return r;
          }
        }
      }
    }
    for (int c : tree.children(token)) {
      if (OWNER_RELATIONS.contains(tree.relation(c)) || isOf(tree, c)) {
        Ref r = at(s, c) != null ? resolve(tree, c, depth + 1) : null;
        if (r != null && "counterpart".equals(t.lemma())) {
          // "his Turkish counterpart": the words say who, the coder adds the office
          return new Ref(r.actor(), r.text() + " " + t.word(), r.viaPronoun());
        }
        if (r != null) {
          return r;
        }
      }
    }
    // "tens of thousands of students in Indonesia", "members of the rebel group": the actor is
    // further down a chain of "of" phrases
    if (depth < 3) {
      for (int c : tree.children(token)) {
        if (isOf(tree, c)) {
          Ref r = resolve(tree, c, depth + 1);
          if (r != null) {
            return r;
          }
        }
      }
    }
    return null;
  }

  /**
   * "members of the rebel group", for plural groups "delegations from Russia and Ukraine",
   * "troops from Chad", and for spokespeople "a spokesman for the embassy": the phrase names who
   * the group or voice belongs to.
   */
  /**
   * A body or group with no country of its own ("the government", "troops") placed by its owner:
   * "Hun Sen's government" is the government of Hun Sen's country, "its troops" the troops of
   * whatever "it" is. The actor stays as it is; this event codes it with the owner's country.
   */
  private Ref placed(SentenceTree tree, int token, Ref ref) {
    Actor a = ref.actor();
    if (placed(a) || a.sectors().isEmpty() || a.code() == null) {
      return ref;
    }
    int owner = tree.child(token, "nmod:poss");
    if (owner < 0 || at(tree.sentence().index(), owner) == a) {
      return ref;
    }
    Ref by = resolve(tree, owner, 1);
    if (by == null || by.actor().country() == null) {
      return ref;
    }
    return ref.coded(by.actor().country() + String.join("", a.sectors()));
  }

  /** True when the actor stands somewhere: it has a country, or it is an international body. */
  /**
   * True for an actor the coder made for one event and the article does not list: a target phrase,
   * an unknown perpetrator, a domestic act's own country. Its id starts with "~"; events give it none.
   */
  static boolean standIn(Actor a) {
    return a.id().startsWith(STAND_IN);
  }

  /**
   * A stand-in actor for one event: {@code key} makes its id unique within the article, {@code name}
   * is its text (null for none), {@code code} and {@code country} may be null.
   */
  static Actor standIn(String key, String name, String kind, String code, String country, String basis) {
    return new Actor(STAND_IN + key, name, kind, code, country, List.of(), null, basis, List.of());
  }

  /** A country as such or a place in it ("in Haiti", "a curfew in Algiers"). */
  static boolean isLand(Actor a) {
    return a.kind().equals("COUNTRY") || a.kind().equals(ActorResolver.PLACE);
  }

  static boolean placed(Actor a) {
    return a.country() != null || a.code() != null && a.code().startsWith("IGO");
  }

  /**
   * Whether token {@code i} only modifies a mention of one of {@code actorIds}: "Serbian high school" in
   * "Serbian high school students" says which students; it is no other party to their act.
   */
  boolean modifies(SentenceTree tree, int i, Set<String> actorIds) {
    int s = tree.sentence().index();
    for (int k = i, steps = 0; k >= 0 && steps < tree.size()
        && MODIFIER_RELATIONS.contains(tree.relation(k)); steps++) {
      k = tree.head(k);
      Actor a = k >= 0 ? at(s, k) : null;
      if (a != null && actorIds.contains(a.id())) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> MODIFIER_RELATIONS = Set.of("compound", "amod", "flat", "nmod:poss");

  /** The actor ids of references. */
  static Set<String> ids(List<Ref> refs) {
    Set<String> out = new java.util.HashSet<>();
    refs.forEach(r -> out.add(r.actor().id()));
    return out;
  }

  /** The countries references stand for (those that have one). */
  static Set<String> countries(List<Ref> refs) {
    Set<String> out = new java.util.HashSet<>();
    for (Ref r : refs) {
      if (r.country() != null) {
        out.add(r.country());
      }
    }
    return out;
  }

  /** Adds the reference unless {@code out} already holds its actor. */
  static void addOnce(List<Ref> out, Ref r) {
    if (out.stream().noneMatch(o -> o.actor().id().equals(r.actor().id()))) {
      out.add(r);
    }
  }

  private static boolean isOf(SentenceTree tree, int c) {
    if (!tree.relation(c).startsWith("nmod")) {
      return false;
    }
    boolean group = tree.token(tree.head(c)).pos().equals("NNS");
    String head = tree.token(tree.head(c)).lemma();
    boolean voice = head != null && SPOKESPEOPLE.contains(head.toLowerCase());
    for (int g : tree.children(c)) {
      String w = tree.sentence().tokens().get(g).word();
      if (tree.relation(g).equals("case") && (w.equalsIgnoreCase("of") || group && w.equalsIgnoreCase("from")
          || voice && w.equalsIgnoreCase("for"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Resolves the noun phrase headed by a token, and where it names its actor through a phrase
   * ("delegations from Russia and Ukraine") the conjuncts of that phrase too.
   */
  List<Ref> resolveAll(SentenceTree tree, int token) {
    Ref first = resolve(tree, token);
    if (first == null) {
      return List.of();
    }
    List<Ref> out = new ArrayList<>(List.of(first));
    int s = tree.sentence().index();
    if (at(s, token) != null) {
      return out; // named directly: the slot's own conjuncts are added by the caller
    }
    for (int k : tree.subtree(token, Set.of("conj", "appos", "acl", "acl:relcl"))) {
      if (at(s, k) != first.actor()) {
        continue;
      }
      for (int c : tree.children(k)) {
        Ref r = tree.relation(c).equals("conj") ? resolve(tree, c) : null;
        if (r != null) {
          addOnce(out, r);
        }
      }
      break;
    }
    return out;
  }
}
