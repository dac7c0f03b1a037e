package org.dyad.coder.event;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyad.coder.lexicon.Lexicon;
import org.dyad.coder.tree.SentenceTree;
import org.dyad.model.analysis.Actor;

/**
 * The second look for a target, once a pattern's own slots named none: the nearest actor in the
 * trigger's phrase, searched breadth-first down the dependency tree.
 *
 * <p>Takes the tree, the trigger, the event's CAMEO code and its sources; gives the target tokens
 * (with their conjuncts) and the path that reached them, for the trace. The search order is the
 * order a reader looks in: the trigger's object and the phrases hanging on it ("sanctions
 * <i>against</i> Iran", "an investigation <i>into</i> X", "rejected a call <i>from</i> X"), its
 * prepositional phrases ("filed a complaint <i>to</i> the Security Council"), the object or
 * phrase of an infinitive it governs ("threatened to move <i>against</i> Erbil"), and the
 * modifiers of those nouns ("the Zionist regime's attacks"). It does not cross into clauses with
 * a subject of their own, adverbial clauses, parentheticals or coordinated verbs (each is another
 * event), never returns a token of a source's subtree, and a place phrase ("in X") names a target
 * only for acts done to a place: aid, force, coercion, ceasefires and emergencies. Troops or
 * police without a country as an object are the source's means. (Reading "on" and "about" as
 * topics rather than parties lowered pair recall on both development sets: their gold targets
 * include what an act is about.)
 */
final class TargetSearch {
  /** Arcs the search never follows: subjects, clause and sentence boundaries, function words. */
  private static final Set<String> STOP = Set.of("nsubj", "nsubj:pass", "csubj", "obl:agent", "advcl",
      "parataxis", "conj", "cc", "punct", "mark", "aux", "aux:pass", "cop", "det", "case",
      "discourse", "vocative", "list", "reparandum", "expl", "obl:tmod", "nmod:tmod", "acl:relcl",
      "advmod", "nummod", "cc:preconj");
  /** Prepositions that introduce a place rather than a party. */
  private static final Set<String> PLACE = Lexicon.DEFAULT.set("target-place-prepositions");
  private static final int MAX_DEPTH = 4;

  private TargetSearch() {}

  /** One find: the tokens naming the target and how the search got there. */
  record Found(List<Integer> tokens, String path) {}

  /**
   * Searches below {@code trigger}; the sources themselves are passed over, with the phrases below
   * them; an actor of a source's own country is a target like any other (domestic events: "the
   * Taliban attacked an army base in western Afghanistan"). Gives {@code null} when nothing in the
   * phrase names another actor.
   */
  static Found search(SentenceTree tree, MentionIndex index, int trigger, String code, List<Actor> sourceActors) {
    Set<String> sources = new HashSet<>();
    sourceActors.forEach(a -> sources.add(a.id()));
    boolean places = placeTarget(code);
    Deque<int[]> queue = new ArrayDeque<>();
    queue.add(new int[] {trigger, 0});
    int sentence = tree.sentence().index();
    while (!queue.isEmpty()) {
      int[] at = queue.poll();
      for (int c : ordered(tree, at[0])) {
        String r = tree.relation(c);
        if (STOP.contains(r) || ownClause(tree, c)) {
          continue;
        }
        if (!places && PLACE.contains(tree.caseWord(c))) {
          continue;
        }
        var actor = index.at(sentence, c);
        if (actor != null && sources.contains(actor.id())) {
          continue;
        }
        boolean means = actor != null && actor.country() == null && r.equals("obj")
            && (actor.sectors().equals(List.of("MIL")) || actor.sectors().equals(List.of("COP")));
        if (actor != null && (ownedByPronoun(tree, c) || means || code.startsWith("15") && actor.country() == null)) {
          // "mobilized its troops", "massed troops", "offered to send troops to Uganda": the source's
          // own means, not a target
          actor = null;
        }
        if (actor != null) {
          List<Integer> out = new ArrayList<>();
          out.add(c);
          for (int k : tree.children(c)) {
            var other = index.at(sentence, k);
            if (tree.relation(k).equals("conj") && other != null && !sources.contains(other.id())) {
              out.add(k);
            }
          }
          return new Found(out, path(tree, trigger, c));
        }
        if (at[1] + 1 < MAX_DEPTH) {
          queue.add(new int[] {c, at[1] + 1});
        }
      }
    }
    return null;
  }

  /** Objects first, then prepositional phrases, then modifiers: the order a reader scans. */
  private static List<Integer> ordered(SentenceTree tree, int t) {
    List<Integer> first = new ArrayList<>();
    List<Integer> second = new ArrayList<>();
    List<Integer> third = new ArrayList<>();
    for (int c : tree.children(t)) {
      String r = tree.relation(c);
      if (r.equals("obj") || r.equals("iobj") || r.equals("xcomp") || r.equals("ccomp")) {
        first.add(c);
      } else if (r.startsWith("obl") || r.startsWith("nmod") && !r.equals("nmod:poss")) {
        second.add(c);
      } else {
        third.add(c);
      }
    }
    first.addAll(second);
    first.addAll(third);
    return first;
  }

  private static boolean ownedByPronoun(SentenceTree tree, int c) {
    int owner = tree.child(c, "nmod:poss");
    return owner >= 0 && tree.token(owner).pos().startsWith("PRP");
  }

  /** A clause with its own subject is another event's ("demanded that X withdraw" is handled apart). */
  private static boolean ownClause(SentenceTree tree, int c) {
    return tree.isVerb(c) && tree.child(c, "nsubj", "nsubj:pass") >= 0;
  }

  /**
   * Acts done to a place: aid and cooperation on the ground (07, 033x, 08x), force posture and
   * deployments (15), coercion and violence (17-20), ceasefires (0871) and emergencies (1724).
   */
  static boolean placeTarget(String code) {
    return code.startsWith("07") || code.startsWith("033") || code.startsWith("08") || code.startsWith("15")
        || code.startsWith("17") || code.startsWith("18") || code.startsWith("19") || code.startsWith("20");
  }

  private static String path(SentenceTree tree, int trigger, int found) {
    List<String> steps = new ArrayList<>();
    for (int k = found; k >= 0 && k != trigger; k = tree.head(k)) {
      String cw = tree.caseWord(k);
      steps.add(0, tree.relation(k) + (cw.isEmpty() ? "" : " '" + cw + "'"));
    }
    return String.join(" > ", steps);
  }
}
