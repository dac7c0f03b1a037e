package org.dyad.coder.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.coder.tree.SentenceTree;

/**
 * The features {@link TargetRanker} scores a candidate target by: general facts about where an actor
 * stands from the trigger and what it is, never the words of a particular name, so that a model
 * trained on a few thousand sentences carries over to other news. Takes the tree, the trigger, the
 * act's code, the candidate's head token and reference, the sources' countries and the number of
 * candidates; gives feature names ({@code path=↑obj↓obl}, {@code case=against}, {@code root=16}...).
 */
final class RankFeatures {
  private static final int MAX_PATH = 4;

  private RankFeatures() {}

  static List<String> of(SentenceTree tree, int trigger, String base, int head, MentionIndex.Ref ref,
                         Set<String> sourceCountries, int candidates) {
    String root = base.substring(0, 2);
    String lemma = tree.lemma(trigger);
    String caseWord = tree.caseWord(head);
    String path = path(tree, trigger, head);
    String first = path.isEmpty() ? "" : path.split("(?=[↑↓])")[0];
    boolean after = head > trigger;
    int distance = Math.abs(head - trigger);
    List<String> f = new ArrayList<>();
    f.add("path=" + path);
    f.add("root:path=" + root + ":" + path);
    f.add("first=" + first);
    f.add("root:first=" + root + ":" + first);
    f.add("steps=" + Math.min(path.split("(?=[↑↓])").length, MAX_PATH + 1));
    f.add("case=" + caseWord);
    f.add("root:case=" + root + ":" + caseWord);
    f.add("lemma:case=" + lemma + ":" + caseWord);
    f.add("rel=" + tree.relation(head));
    f.add("root:rel=" + root + ":" + tree.relation(head));
    f.add("side=" + (after ? "after" : "before"));
    f.add("root:side=" + root + ":" + (after ? "after" : "before"));
    f.add("distance=" + bucket(distance));
    f.add("dominated=" + tree.dominates(trigger, head));
    f.add("clause=" + tree.dominates(DyadFinder.clauseOf(tree, trigger), head));
    f.add("kind=" + ref.actor().kind());
    f.add("coded=" + (ref.code() != null));
    f.add("placed=" + MentionIndex.placed(ref.actor()));
    f.add("pronoun=" + ref.viaPronoun());
    f.add("own-country=" + (ref.country() != null && sourceCountries.contains(ref.country())));
    f.add("candidates=" + Math.min(candidates, 4));
    f.add("statement=" + root.equals("01"));
    f.add("speaker=" + speaker(tree, trigger, head));
    return f;
  }

  /** The subject of a speech verb outside the trigger's phrase: "officials" in "X shelled Y, officials said". */
  private static boolean speaker(SentenceTree tree, int trigger, int head) {
    int verb = tree.head(head);
    if (verb < 0 || !tree.relation(head).startsWith("nsubj") || tree.dominates(trigger, head)) {
      return false;
    }
    return ModalityReader.SPEECH_VERBS.contains(tree.lemma(verb));
  }

  /**
   * The arcs from the trigger up to the lowest common head and down to the candidate
   * ({@code ↑nsubj↓obj}); a path longer than {@value MAX_PATH} arcs is {@code long}.
   */
  static String path(SentenceTree tree, int from, int to) {
    List<Integer> up = new ArrayList<>();
    for (int k = from, steps = 0; k >= 0 && steps <= tree.size(); k = tree.head(k), steps++) {
      up.add(k);
    }
    List<String> down = new ArrayList<>();
    int k = to;
    for (int steps = 0; k >= 0 && !up.contains(k) && steps <= tree.size(); k = tree.head(k), steps++) {
      down.add(0, "↓" + base(tree.relation(k)));
    }
    StringBuilder sb = new StringBuilder();
    int top = k < 0 ? up.size() - 1 : up.indexOf(k);
    for (int i = 0; i < top; i++) {
      sb.append('↑').append(base(tree.relation(up.get(i))));
    }
    down.forEach(sb::append);
    int arcs = top + down.size();
    return arcs > MAX_PATH ? "long" : sb.toString();
  }

  /** "obl:tmod" is "obl": the subtype splits the few training examples without saying more. */
  private static String base(String relation) {
    int colon = relation.indexOf(':');
    return colon < 0 || relation.startsWith("nsubj:pass") || relation.startsWith("nmod:poss") ? relation
        : relation.substring(0, colon);
  }

  private static String bucket(int distance) {
    return distance <= 2 ? "1-2" : distance <= 4 ? "3-4" : distance <= 8 ? "5-8" : distance <= 16 ? "9-16" : "17+";
  }
}
