package org.dyad.coder.event;

import java.util.Set;
import org.dyad.coder.lexicon.Lexicon;
import org.dyad.coder.lexicon.SpeechVerbLexicon;
import org.dyad.coder.tree.SentenceTree;
import org.dyad.model.analysis.Modality;

/**
 * Decides whether an event is asserted, negated, hypothetical, future or reported, from the words
 * that govern its trigger: negation ("did not make"), conditions ("If Trump gives the go-ahead,
 * this document will be approved": both clauses), modal verbs, "will", plan-like verbs, and
 * reported speech (a clause under a speech verb, or words inside a quotation).
 * Precedence: negated, then a speaker's commitment about their own act (future: "Nigeria announced
 * it will withdraw unless ..."), hypothetical, future, reported, asserted.
 */
final class ModalityReader {
  private static final Set<String> NEGATORS = Lexicon.DEFAULT.set("negators");
  private static final Set<String> CONDITIONS = Lexicon.DEFAULT.set("condition-words");
  private static final Set<String> MODALS = Lexicon.DEFAULT.set("modal-verbs");
  private static final Set<String> FUTURE_AUX = Lexicon.DEFAULT.set("future-auxiliaries");
  private static final Set<String> PLAN_VERBS = Lexicon.DEFAULT.set("plan-words");
  /** "failed to reach", "declined to attend", "refused to join": the act did not happen. */
  private static final Set<String> NEGATING_VERBS = Lexicon.DEFAULT.set("negating-verbs");
  /** Verbs whose clause is someone's statement ({@link SpeechVerbLexicon#reporting}). */
  static final Set<String> SPEECH_VERBS = SpeechVerbLexicon.DEFAULT.reporting();
  private static final Set<String> CLAUSE_UP = Set.of("conj", "xcomp");
  /** What these words ask for has not happened: "urged Myanmar to release", "a request to hold a rally". */
  private static final Set<String> REQUESTS = Lexicon.DEFAULT.set("request-words");
  /** What these verbs govern is someone's claim: "accused Ukraine of shelling the plant". */
  private static final Set<String> CLAIM_VERBS = Lexicon.DEFAULT.set("claim-verbs");
  private static final Set<String> CLAIM_CONTENT = Set.of("advcl", "acl", "ccomp", "xcomp", "obl",
      "nmod");

  private ModalityReader() {}

  /**
   * What governs a trigger: negation, a condition, weak modals, "would", the future, and the speech
   * verb whose clause it sits in (its token, else -1).
   */
  record Reading(boolean negated, boolean conditional, boolean weak, boolean would, boolean future,
                 boolean committed, int speech, boolean quoted, boolean failed, boolean condition) {
    /**
     * The modality, given whether the speaker announces their own act ({@code self}): a speaker's
     * conditional or "would" about what they themselves will do is a commitment or a threat
     * (future), not a hypothesis, and so is one the subject is ready, willing or pledged to do;
     * said of others, or by the narrator, it is hypothetical.
     */
    Modality modality(boolean self) {
      if (negated) {
        return Modality.NEGATED;
      }
      if (condition) {
        // "threatened an offensive unless Baghdad accepted its conditions": the act is the
        // condition itself, not anyone's commitment
        return Modality.HYPOTHETICAL;
      }
      boolean speech = this.speech >= 0;
      if (committed && weak && speech && !self) {
        // "Mubarak said the US must be ready to mediate": what another is told it must be ready to do
        return Modality.HYPOTHETICAL;
      }
      // "is willing to withdraw its troops if ...": a conditional offer is still the subject's intent
      if ((speech && self || committed) && (conditional || weak || would || future)) {
        return Modality.FUTURE;
      }
      if (conditional || weak || (would && !speech)) {
        return Modality.HYPOTHETICAL;
      }
      if (future || would) {
        return Modality.FUTURE;
      }
      return speech || quoted ? Modality.REPORTED : Modality.ASSERTED;
    }
  }

  /** Reads what governs the event triggered by token {@code t}; {@code quoted} when inside a quotation. */
  static Reading read(SentenceTree tree, int t, boolean quoted) {
    return read(tree, t, quoted, false);
  }

  /**
   * As {@link #read(SentenceTree, int, boolean)}; for a {@code threat} (13x) a condition hanging on
   * the trigger itself is the threat's content ("threatened Russia with tariffs if it did not
   * agree" is an asserted threat), so only a condition on the clause above it makes it hypothetical.
   */
  static Reading read(SentenceTree tree, int t, boolean quoted, boolean threat) {
    boolean negated = negated(tree, t);
    boolean conditional = false;
    boolean weak = false;
    boolean would = false;
    boolean future = false;
    boolean committed = false;
    int speech = -1;
    boolean requested = false;
    boolean condition = false;
    int node = t;
    // A nominal trigger ("their attacks", "a rally") takes the modality of the clause it sits in.
    while (tree.head(node) >= 0 && !tree.token(node).pos().startsWith("VB")
        && Set.of("obj", "obl", "nmod", "nsubj", "nsubj:pass", "iobj", "compound").contains(tree.relation(node))) {
      node = tree.head(node);
    }
    for (int depth = 0; node >= 0 && depth < 8; depth++) {
      for (int c : tree.children(node)) {
        String r = tree.relation(c);
        String w = word(tree, c);
        boolean content = threat && depth == 0 && r.equals("advcl");
        // a condition's own mark: the act is inside the condition (not only conditioned by one)
        boolean inCondition = r.equals("mark") && CONDITIONS.contains(w);
        condition |= inCondition;
        if (inCondition || (!content && r.equals("advcl") && hasMark(tree, c, CONDITIONS))) {
          conditional = true;
        }
        if (r.startsWith("aux") && w.equals("would")) {
          would = true;
        } else if (r.startsWith("aux") && MODALS.contains(w)) {
          weak = true;
        }
        if (r.startsWith("aux") && FUTURE_AUX.contains(w)) {
          future = true;
        }
      }
      String rel = tree.relation(node);
      int head = tree.head(node);
      if (head < 0) {
        break;
      }
      String headLemma = tree.lemma(head);
      if ((rel.equals("xcomp") || rel.equals("acl") || rel.equals("ccomp")) && REQUESTS.contains(headLemma)
          && !(rel.equals("xcomp") && PLAN_VERBS.contains(headLemma))) {
        requested = true;
        break;
      }
      if (rel.equals("xcomp") && PLAN_VERBS.contains(headLemma)) {
        future = true;
        committed = true; // "vowed to fight", "is ready to host": the subject's own commitment
      }
      if ((rel.equals("ccomp") || rel.equals("parataxis")) && SPEECH_VERBS.contains(headLemma)
          || CLAIM_CONTENT.contains(rel) && CLAIM_VERBS.contains(headLemma)) {
        speech = head;
        break; // the speaker's own clause is the speaker's statement, not this event
      }
      if (!CLAUSE_UP.contains(rel) && !rel.equals("ccomp") && !rel.equals("advcl")) {
        break;
      }
      node = head;
    }
    return new Reading(negated, conditional || requested, weak, would, future, committed, speech, quoted,
        negated && failed(tree, t), condition);
  }

  private static boolean negated(SentenceTree tree, int t) {
    // "offered no compromises", "made no concessions": the act is denied through its object
    for (int o : tree.children(t)) {
      if (tree.isVerb(t) && tree.relation(o).equals("obj") && tree.child(o, "det") >= 0
          && word(tree, tree.child(o, "det")).equals("no")) {
        return true;
      }
    }
    int node = t;
    for (int depth = 0; node >= 0 && depth < 3; depth++) {
      for (int c : tree.children(node)) {
        String r = tree.relation(c);
        if ((r.equals("advmod") || r.equals("neg") || r.equals("det") || r.equals("cc:preconj"))
            && NEGATORS.contains(word(tree, c))) {
          return true;
        }
      }
      if (!tree.relation(node).equals("xcomp")) {
        break;
      }
      node = tree.head(node);
      if (node >= 0 && NEGATING_VERBS.contains(tree.lemma(node))) {
        return true;
      }
    }
    return false;
  }

  /** "failed to reach agreement": the act is an infinitive under "fail" (an outcome, not a choice). */
  private static boolean failed(SentenceTree tree, int t) {
    int head = tree.head(t);
    return tree.relation(t).equals("xcomp") && head >= 0 && tree.lemma(head).equals("fail");
  }

  private static boolean hasMark(SentenceTree tree, int clause, Set<String> words) {
    for (int c : tree.children(clause)) {
      if (tree.relation(c).equals("mark") && words.contains(word(tree, c))) {
        return true;
      }
    }
    return false;
  }

  private static String word(SentenceTree tree, int i) {
    return tree.sentence().tokens().get(i).word().toLowerCase();
  }
}
