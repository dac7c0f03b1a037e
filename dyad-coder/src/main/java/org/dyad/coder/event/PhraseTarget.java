package org.dyad.coder.event;

import java.util.List;
import java.util.Set;
import org.dyad.coder.tree.SentenceTree;
import org.dyad.model.analysis.Basis;
import org.dyad.model.analysis.Actor;
import org.dyad.model.analysis.Event;
import org.dyad.model.text.Token;

/**
 * "Police arrested a California man", "the army attacked a camp", "an inmate was tortured": the
 * filler of a hostile act's target slot is its target even when it names no actor Dyad knows. The event then keeps the phrase
 * as its target text, with no actor id and no code (GDELT's empty Actor2Code), rather than borrowing
 * another actor of the sentence.
 *
 * <p>Only for threats, expulsions and force (CAMEO roots 13 and 15 to 20), whose slot names the
 * one acted on: a person, group, place or thing. Disapproval, rejection and protest (11, 12, 14)
 * mostly name a proposal, a decision or an act ("rejected the proposal", "condemned the coup"), and
 * cooperation the thing given or asked for ("urged restraint"); there the target stays a party
 * found otherwise. Not for pronouns, numbers or dates, nor for a phrase that holds an actor of the
 * sentence anywhere ("the coup in Niger", "the leader of Hamas": that actor is the target). The
 * phrase is the noun with its determiners, adjectives, compounds and numbers and an "of" phrase
 * after it ("the captain of a rescue ship"). Stateless.
 */
final class PhraseTarget {
  /** The kind of the stand-in actor that carries a phrase target through the coder. */
  static final String KIND = "PHRASE";

  private static final Set<String> NOT_PARTIES = Set.of("DATE", "TIME", "DURATION", "NUMBER", "MONEY",
      "PERCENT", "SET", "ORDINAL");
  private static final Set<String> MODIFIERS = Set.of("det", "amod", "compound", "nummod");
  // what an "of" phrase may hold and still be part of the name of the target
  private static final Set<String> CLAUSES = Set.of("acl", "acl:relcl", "appos", "punct", "conj", "cc",
      "advcl", "parataxis", "dep", "nmod:poss");
  private static final int LONGEST = 12;

  private PhraseTarget() {}

  /** The target slot's phrase of trigger {@code t} as a target, or {@code null} where the rules above say no. */
  static MentionIndex.Ref of(SentenceTree tree, MentionIndex index, int t, EventPattern p, String code) {
    int root = Integer.parseInt(code.substring(0, 2));
    if (root < 13 || root == 14) {
      return null;
    }
    for (String slot : p.target()) {
      List<Integer> heads = ArgumentFinder.fill(tree, t, slot, p.noun());
      if (!heads.isEmpty()) {
        return phrase(tree, index, heads.get(0));
      }
    }
    return null;
  }

  private static MentionIndex.Ref phrase(SentenceTree tree, MentionIndex index, int head) {
    Token h = tree.token(head);
    if (!h.pos().startsWith("NN") || NOT_PARTIES.contains(h.ner())) {
      return null;
    }
    for (int i : tree.subtree(head, CLAUSES)) {
      if (index.resolve(tree, i) != null) {
        return null; // "the coup in Niger", "the leader of Hamas": the actor named there is the target
      }
    }
    int first = head;
    int last = head;
    for (int c : tree.children(head)) {
      if (c < first && MODIFIERS.contains(tree.relation(c))) {
        first = c;
      } else if (c > head && tree.relation(c).startsWith("nmod") && tree.caseWord(c).equals("of")) {
        for (int i : tree.subtree(c, CLAUSES)) {
          last = Math.max(last, i);
        }
      }
    }
    last = Math.min(last, first + LONGEST - 1);
    StringBuilder text = new StringBuilder();
    for (int i = first; i <= last; i++) {
      if (index.resolve(tree, i) != null) {
        return null;
      }
      String w = tree.token(i).word();
      boolean glued = i > first && (w.equals("-") || tree.token(i - 1).word().equals("-"));
      text.append(i == first || glued ? "" : " ").append(w);
    }
    String phrase = text.toString();
    Actor stand = MentionIndex.standIn(KIND + ":" + tree.sentence().index() + ":" + head, phrase, KIND, null,
        null, Basis.TEXT);
    return new MentionIndex.Ref(stand, phrase, false);
  }
}
