package org.dyad.coder.event;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.dyad.coder.lexicon.Lexicon;
import org.dyad.coder.tree.SentenceTree;

/**
 * Appeals, demands, intents, refusals and threats take their sub-code from the act they govern
 * ("urged Myanmar to release the journalists": an appeal for a release, 0253), and that act is
 * then not an event of its own: it was asked for, promised, refused or threatened, not done.
 *
 * <p>Takes a sentence's tree and the rows that fired in it, by token; gives the {@link Framing} of
 * each framing token, and marks each governed act as {@code -1 - index} so the coder skips it.
 * The projection from the governed act's code to the framed code is the dictionary's
 * {@link ActProjections}. Thread-safe.
 */
final class ActFraming {
  /** Prepositions of a nominal act that a frame governs ("called for a ceasefire", "threatened Russia with tariffs"). */
  private static final Set<String> NOMINAL_ACT = Lexicon.DEFAULT.set("framed-act-prepositions");
  /** Marks the parser gives a governed clause ("called on X to lift", "pressed for X to leave"). */
  private static final Set<String> CLAUSE_MARKS = Lexicon.DEFAULT.set("framed-clause-marks");
  private final EventDictionary dictionary;

  ActFraming(EventDictionary dictionary) {
    this.dictionary = dictionary;
  }

  /** A framing verb's code about the act it governs, that act's token and its own code. */
  record Framing(String code, int act, String actCode) {}

  /**
   * The framings of a sentence, keyed by the framing token's index (when the governed act has a
   * sub-code in the frame) and by {@code -1 - index} of each governed act. An act already governed by an earlier framing verb is not framed twice.
   */
  Map<Integer, Framing> frames(SentenceTree tree, Map<Integer, EventPattern> fired, Consumer<String> trace) {
    Map<Integer, Framing> out = new HashMap<>();
    for (Map.Entry<Integer, EventPattern> f : fired.entrySet()) {
      ActProjections.Frame frame = ActProjections.Frame.of(f.getValue().code());
      if (frame == null) {
        continue;
      }
      int act = governedAct(tree, f.getKey(), frame, fired);
      if (act < 0 || out.containsKey(-1 - act)) {
        continue;
      }
      String code = dictionary.projections().project(fired.get(act).code(), frame);
      Framing framing = new Framing(code, act, fired.get(act).code());
      if (code != null) {
        out.put(f.getKey(), framing);
      } else if (frame == ActProjections.Frame.INTENT || frame == ActProjections.Frame.REJECTION) {
        continue;
      }
      // "issued an ultimatum to Ecuador to halt attacks": what was asked for or threatened has not
      // happened, even when no sub-code says what kind of appeal it was (then the framing verb
      // keeps its own code and its own arguments)
      out.put(-1 - act, framing);
      trace.accept(EventCoder.tag(tree.token(f.getKey())) + ": frames '" + tree.token(act).word() + "' ("
          + fired.get(act).code() + "): " + frame.name().toLowerCase()
          + (code == null ? ", no sub-code for it" : " code " + code)
          + "; the governed act is not an event of its own");
    }
    return out;
  }

  /**
   * The act a framing verb governs: its infinitive or clause ("threatened to cut", "demanded that
   * X withdraw"), a clause the parser marked "on"/"for" ("called on X to lift"), or for appeals,
   * demands and threats a nominal act ("called for a ceasefire", "demanded the release of",
   * "threatened Russia with tariffs"). A clause comes before a nominal act: in "issued an ultimatum
   * to Ecuador to halt its raids" the ultimatum is the threat itself and the halt what it demands.
   * -1 when none fired.
   */
  private static int governedAct(SentenceTree tree, int frameToken, ActProjections.Frame frame,
                                 Map<Integer, EventPattern> fired) {
    int nominalAct = -1;
    for (int c : tree.children(frameToken)) {
      String r = tree.relation(c);
      boolean clause = r.equals("xcomp") || r.equals("ccomp")
          || (r.equals("advcl") || r.equals("acl")) && ArgumentFinder.marked(tree, c, CLAUSE_MARKS);
      boolean nominal = frame != ActProjections.Frame.INTENT && frame != ActProjections.Frame.REJECTION
          && (r.equals("obj") || r.startsWith("obl") && NOMINAL_ACT.contains(tree.caseWord(c)));
      if (clause && fired.containsKey(c)) {
        return c;
      }
      if (nominal && nominalAct < 0 && fired.containsKey(c)) {
        nominalAct = c;
      }
    }
    return nominalAct;
  }

  /**
   * "Berlin rejected calls by Belarus's rulers for aid", "Arafat rejected a US offer to host a
   * summit", "Israel is opposed to French mediation": an act named as what a rejection rejects (its
   * object or its "to" phrase) is told as what was turned down; the sentence reports the rejection
   * (12x), and the act named is not coded again as an event of its own.
   */
  static boolean answered(SentenceTree tree, Map<Integer, EventPattern> fired, int act) {
    EventPattern p = fired.get(act);
    int head = tree.head(act);
    if (p == null || !p.noun() || head < 0) {
      return false;
    }
    EventPattern reply = fired.get(head);
    String r = tree.relation(act);
    return reply != null && reply.code().startsWith("12")
        && (r.equals("obj") || r.equals("nsubj:pass")
            || r.startsWith("obl") && tree.caseWord(act).equals("to"));
  }

  /**
   * "began a hunger strike to demand the resignation", "blocked roads to demand reforms", "protests
   * demanding a referendum": a demand that is what a protest is for is the protest's content (CAMEO
   * codes it in the protest's sub-code), not an event of its own.
   */
  static boolean protestPurpose(SentenceTree tree, Map<Integer, EventPattern> fired, int act) {
    EventPattern p = fired.get(act);
    int head = tree.head(act);
    String r = tree.relation(act);
    if (p == null || !p.code().startsWith("10") || head < 0
        || !(r.equals("advcl") || r.equals("xcomp") || r.equals("acl"))) {
      return false;
    }
    if (protest(fired.get(head))) {
      return true;
    }
    for (int c : tree.children(head)) {
      if (tree.relation(c).equals("obj") && protest(fired.get(c))) {
        return true; // "began a hunger strike to demand": the protest is the light verb's object
      }
    }
    return false;
  }

  private static boolean protest(EventPattern p) {
    return p != null && p.code().startsWith("14");
  }
}
