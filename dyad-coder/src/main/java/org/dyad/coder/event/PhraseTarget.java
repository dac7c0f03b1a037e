package org.dyad.coder.event;

import java.util.List;
import java.util.Set;
import org.dyad.coder.tree.SentenceTree;
import org.dyad.model.analysis.Actor;
import org.dyad.model.analysis.Event;
import org.dyad.model.text.Token;

/**
 * "Police arrested a California man", "Guterres condemned the terrorist attack", "an inmate was
 * tortured": the direct object of a hostile act is its target even when it names no actor Dyad
 * knows. The event then keeps the phrase as its target text, with no actor id and no code (GDELT's
 * empty Actor2Code), rather than borrowing another actor of the sentence.
 *
 * <p>Only for verbs whose pattern takes its target from the object, in the conflict half of CAMEO
 * (roots 11 to 20: disapproval to mass violence), where the object is the one acted on; in
 * cooperation the object is mostly the thing given or asked for ("urged restraint"). Not for
 * pronouns, numbers or dates, nor for an object some actor of the sentence already covers. Stateless.
 */
final class PhraseTarget {
  /** The kind of the stand-in actor that carries a phrase target through the coder. */
  static final String KIND = "PHRASE";

  private static final Set<String> NOT_PARTIES = Set.of("DATE", "TIME", "DURATION", "NUMBER", "MONEY",
      "PERCENT", "SET", "ORDINAL");
  private static final Set<String> MODIFIERS = Set.of("det", "amod", "compound", "nummod");

  private PhraseTarget() {}

  /** The object phrase of trigger {@code t} as a target, or {@code null} where the rules above say no. */
  static MentionIndex.Ref of(SentenceTree tree, MentionIndex index, int t, EventPattern p, String code) {
    int root = Integer.parseInt(code.substring(0, 2));
    if (p.noun() || !p.target().contains("obj") || root < 11) {
      return null;
    }
    List<Integer> objects = ArgumentFinder.fill(tree, t, "obj", false);
    if (objects.isEmpty()) {
      return null;
    }
    int head = objects.get(0);
    Token h = tree.token(head);
    if (!h.pos().startsWith("NN") || NOT_PARTIES.contains(h.ner()) || index.resolve(tree, head) != null) {
      return null;
    }
    int first = head;
    for (int c : tree.children(head)) {
      if (c < first && MODIFIERS.contains(tree.relation(c))) {
        first = c;
      }
    }
    StringBuilder text = new StringBuilder();
    for (int i = first; i <= head; i++) {
      text.append(i == first ? "" : " ").append(tree.token(i).word());
    }
    String phrase = text.toString();
    Actor stand = new Actor("~" + tree.sentence().index() + ":" + head, phrase, KIND, null, null, List.of(),
        null, Event.TEXT, List.of());
    return new MentionIndex.Ref(stand, phrase, false);
  }

  /** True for the stand-in of a phrase target: it has no actor id of its own. */
  static boolean isPhrase(MentionIndex.Ref ref) {
    return ref != null && ref.actor().kind().equals(KIND);
  }
}
