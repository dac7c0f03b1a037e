package org.dyad.coder.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.coder.tree.SentenceTree;

/**
 * Finds the tokens that fill a pattern slot around a trigger in the dependency tree: subjects
 * (through passives, xcomp and conjoined verbs), objects, and prepositional dependents of the
 * trigger (or, for verbs, of its object: "suspended arms supplies to Ukraine").
 */
final class ArgumentFinder {
  private static final Set<String> SUBJECT_FROM_HEAD = Set.of("xcomp", "conj");

  private ArgumentFinder() {}

  /** Tokens filling the slot, conjuncts included ("Zelensky and Putin"). */
  static List<Integer> fill(SentenceTree tree, int trigger, String slot, boolean noun) {
    List<Integer> heads = switch (slot) {
      case "subj" -> subject(tree, trigger, 0);
      case "obj" -> passive(tree, trigger) ? children(tree, trigger, "nsubj:pass") : children(tree, trigger, "obj");
      case "iobj" -> children(tree, trigger, "iobj");
      case "poss" -> owners(tree, trigger);
      default -> prepositional(tree, trigger, slot, noun);
    };
    List<Integer> out = new ArrayList<>();
    for (int h : heads) {
      addWithConjuncts(tree, h, out);
    }
    return out;
  }

  static boolean passive(SentenceTree tree, int t) {
    for (int c : tree.children(t)) {
      String r = tree.relation(c);
      if (r.equals("nsubj:pass") || r.equals("aux:pass")) {
        return true;
      }
    }
    return false;
  }

  /** A verb in an active form: not a bare past participle, or one with an auxiliary of its own ("has resigned"). */
  private static boolean activeVerb(SentenceTree tree, int t) {
    return tree.isVerb(t) && (!tree.token(t).pos().equals("VBN") || tree.child(t, "aux") >= 0);
  }


  /** Whether the clause is introduced by one of the marker words ("called on X to ...": "on"). */
  static boolean marked(SentenceTree tree, int clause, Set<String> words) {
    for (int c : tree.children(clause)) {
      if (tree.relation(c).equals("mark") && words.contains(tree.token(c).word().toLowerCase())) {
        return true;
      }
    }
    return false;
  }

  private static List<Integer> subject(SentenceTree tree, int t, int depth) {
    if (passive(tree, t)) {
      List<Integer> agent = children(tree, t, "obl:agent");
      if (agent.isEmpty()) {
        agent = prepositional(tree, t, "by", false);
      }
      return agent;
    }
    List<Integer> subj = children(tree, t, "nsubj");
    int head = tree.head(t);
    if (subj.isEmpty() && head >= 0 && tree.relation(t).equals("conj") && passive(tree, head) && activeVerb(tree, t)) {
      // "the prime minister has been indicted by the court and will resign": the active conjunct
      // shares the passive's subject, not its agent (a bare "and released" shares the passive)
      return children(tree, head, "nsubj:pass");
    }
    if (subj.isEmpty() && depth < 3 && head >= 0
        && (SUBJECT_FROM_HEAD.contains(tree.relation(t)) || participleClause(tree, t))) {
      return subject(tree, head, depth + 1);
    }
    int noun = tree.head(t);
    if (subj.isEmpty() && depth < 3 && noun >= 0 && tree.relation(t).equals("acl")
        && tree.token(t).pos().equals("VBG") && tree.relation(noun).equals("obj") && tree.head(noun) >= 0) {
      // "issued a statement calling on X", "published a report accusing Y": whoever issued the
      // document says what it says
      return subject(tree, tree.head(noun), depth + 1);
    }
    return subj;
  }

  /**
   * "ambushed a convoy, killing seven soldiers", "after meeting with Putin, Orban said": a
   * participle clause without a subject of its own shares the subject of the clause it hangs on.
   */
  private static boolean participleClause(SentenceTree tree, int t) {
    String pos = tree.token(t).pos();
    String r = tree.relation(t);
    // the parser often hangs "after meeting with X" on the verb as a prepositional phrase
    return (r.equals("advcl") && (pos.equals("VBG") || pos.equals("VBN")) || r.equals("obl") && pos.equals("VBG"))
        && tree.child(t, "nsubj", "nsubj:pass", "csubj") < 0;
  }

  private static List<Integer> owners(SentenceTree tree, int t) {
    List<Integer> out = new ArrayList<>();
    for (int c : tree.children(t)) {
      String r = tree.relation(c);
      if (r.equals("nmod:poss") || r.equals("amod") || r.equals("compound")) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * Dependents of the trigger with that preposition, then (verbs) those of its object: "imposed a
   * blockade on Friday on Palestinian trucks" must still reach the trucks when "on Friday" names
   * no actor, so both are returned, the trigger's first.
   */
  private static List<Integer> prepositional(SentenceTree tree, int t, String prep, boolean noun) {
    List<Integer> out = withCase(tree, t, prep);
    if (!noun) {
      for (int o : children(tree, t, "obj")) {
        out.addAll(withCase(tree, o, prep));
      }
    }
    return out;
  }

  private static List<Integer> withCase(SentenceTree tree, int t, String prep) {
    List<Integer> out = new ArrayList<>();
    for (int c : tree.children(t)) {
      String r = tree.relation(c);
      if (!(r.startsWith("obl") || r.startsWith("nmod")) || r.equals("nmod:poss")) {
        continue;
      }
      for (int g : tree.children(c)) {
        if (tree.relation(g).equals("case")
            && tree.sentence().tokens().get(g).word().equalsIgnoreCase(prep)) {
          out.add(c);
        }
      }
    }
    return out;
  }

  private static List<Integer> children(SentenceTree tree, int t, String relation) {
    List<Integer> out = new ArrayList<>();
    for (int c : tree.children(t)) {
      if (tree.relation(c).equals(relation)) {
        out.add(c);
      }
    }
    return out;
  }

  private static void addWithConjuncts(SentenceTree tree, int h, List<Integer> out) {
    if (out.contains(h)) {
      return;
    }
    out.add(h);
    for (int c : tree.children(h)) {
      if (tree.relation(c).equals("conj")) {
        addWithConjuncts(tree, c, out);
      }
    }
  }
}
