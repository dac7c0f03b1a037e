package org.dyad.coder.quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dyad.model.text.Dependency;
import org.dyad.model.text.Sentence;
import org.dyad.model.text.Token;

/** Read-only view of one sentence's UD tree: heads, relations, children. Package-private. */
final class DepTree {
  private final Sentence sentence;
  private final int[] head;
  private final String[] relation;
  private final List<List<Integer>> children;

  DepTree(Sentence sentence) {
    this.sentence = sentence;
    int n = sentence.tokens().size();
    head = new int[n];
    relation = new String[n];
    // -2 marks "not in the tree": an unparsed sentence (parser off or sentence too long).
    Arrays.fill(head, -2);
    Arrays.fill(relation, "");
    children = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      children.add(new ArrayList<>(2));
    }
    for (Dependency d : sentence.dependencies()) {
      int dep = d.dependent();
      if (dep < 0 || dep >= n) {
        continue;
      }
      head[dep] = d.governor();
      relation[dep] = d.relation();
      if (d.governor() >= 0 && d.governor() < n) {
        children.get(d.governor()).add(dep);
      }
    }
  }

  Sentence sentence() {
    return sentence;
  }

  int size() {
    return head.length;
  }

  Token token(int i) {
    return sentence.tokens().get(i);
  }

  /** Governor of {@code i}; -1 for the root, -2 when the sentence has no parse. */
  int head(int i) {
    return head[i];
  }

  String relation(int i) {
    return relation[i];
  }

  List<Integer> children(int i) {
    return children.get(i);
  }

  /** First child of {@code i} whose relation equals one of {@code relations}, else -1. */
  int child(int i, String... relations) {
    for (String r : relations) {
      for (int c : children.get(i)) {
        if (relation[c].equals(r)) {
          return c;
        }
      }
    }
    return -1;
  }

  /** The grammatical subject of {@code verb}, or -1; passive subjects count. */
  int subject(int verb) {
    return child(verb, "nsubj", "nsubj:pass");
  }

  /** True when {@code i} lies in the subtree rooted at {@code top} (itself included). */
  boolean dominates(int top, int i) {
    for (int k = i, steps = 0; k >= 0 && steps <= head.length; k = head[k], steps++) {
      if (k == top) {
        return true;
      }
    }
    return false;
  }

  /** Climbs compound/flat arcs, so "Vladimir" in "Vladimir Putin" gives the token "Putin". */
  int nameHead(int i) {
    int k = i;
    for (int steps = 0; steps < head.length && head[k] >= 0
        && (relation[k].equals("compound") || relation[k].startsWith("flat")); steps++) {
      k = head[k];
    }
    return k;
  }

  /**
   * The finite verb right after {@code i} when that verb has no subject arc and {@code i} is a
   * name or pronoun, else -1: the parser missed an ordinary "Name said" (CoreNLP sometimes hangs
   * the name on an earlier phrase as an apposition).
   */
  int impliedSubjectOf(int i) {
    if (i + 1 >= head.length) {
      return -1;
    }
    String pos = token(i).pos();
    String next = token(i + 1).pos();
    boolean finite = next.equals("VBD") || next.equals("VBZ") || next.equals("VBP");
    return finite && (pos.startsWith("NNP") || pos.equals("PRP")) && subject(i + 1) < 0
        && !relation(i).equals("nsubj") ? i + 1 : -1;
  }

  boolean isVerb(int i) {
    return token(i).pos().startsWith("VB");
  }

  boolean isWord(int i) {
    String w = token(i).word();
    return !w.isEmpty() && Character.isLetterOrDigit(w.charAt(0));
  }
}
