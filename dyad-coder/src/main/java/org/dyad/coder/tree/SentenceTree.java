package org.dyad.coder.tree;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.dyad.model.text.Dependency;
import org.dyad.model.text.Sentence;
import org.dyad.model.text.Token;

/**
 * Read-only navigation over one sentence's Universal Dependencies tree: heads, relations, children,
 * subtrees, subjects. Takes a {@link Sentence}; an unparsed sentence gives head {@code -2} for
 * every token. Shared by the actor, quote and event stages.
 */
public final class SentenceTree {
  private final Sentence sentence;
  private final int[] head;
  private final String[] relation;
  private final List<List<Integer>> children;

  /** Indexes the sentence's arcs once. */
  public SentenceTree(Sentence sentence) {
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

  /** The sentence this tree indexes. */
  public Sentence sentence() {
    return sentence;
  }

  /** Number of tokens. */
  public int size() {
    return head.length;
  }

  /** Token {@code i}. */
  public Token token(int i) {
    return sentence.tokens().get(i);
  }

  /** Token {@code i}'s lemma, or its word where the tagger gave none, in lower case. */
  public String lemma(int i) {
    Token t = token(i);
    return (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(java.util.Locale.ROOT);
  }

  /** Governor of {@code i}; -1 for the root, -2 when the sentence has no parse. */
  public int head(int i) {
    return head[i];
  }

  /** Relation of {@code i} to its head; empty when none. */
  public String relation(int i) {
    return relation[i];
  }

  /** Dependents of {@code i} in token order. */
  public List<Integer> children(int i) {
    return children.get(i);
  }

  /** The preposition a phrase hangs on ("against" of "against Iran"), lower case, or "" for none. */
  public String caseWord(int phrase) {
    int k = child(phrase, "case");
    return k < 0 ? "" : token(k).word().toLowerCase();
  }

  /** First child of {@code i} whose relation equals one of {@code relations}, else -1. */
  public int child(int i, String... relations) {
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
  public int subject(int verb) {
    return child(verb, "nsubj", "nsubj:pass");
  }

  /** True when {@code i} lies in the subtree rooted at {@code top} (itself included). */
  public boolean dominates(int top, int i) {
    for (int k = i, steps = 0; k >= 0 && steps <= head.length; k = head[k], steps++) {
      if (k == top) {
        return true;
      }
    }
    return false;
  }

  /** Climbs compound/flat arcs, so "Vladimir" in "Vladimir Putin" gives the token "Putin". */
  public int nameHead(int i) {
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
  public int impliedSubjectOf(int i) {
    if (i + 1 >= head.length) {
      return -1;
    }
    String pos = token(i).pos();
    String next = token(i + 1).pos();
    boolean finite = next.equals("VBD") || next.equals("VBZ") || next.equals("VBP");
    return finite && (pos.startsWith("NNP") || pos.equals("PRP")) && subject(i + 1) < 0
        && !relation(i).equals("nsubj") ? i + 1 : -1;
  }

  /** True for a verb (VB* tag). */
  public boolean isVerb(int i) {
    return token(i).pos().startsWith("VB");
  }

  /** True when the token starts with a letter or digit. */
  public boolean isWord(int i) {
    String w = token(i).word();
    return !w.isEmpty() && Character.isLetterOrDigit(w.charAt(0));
  }

  /** True when the sentence has dependency arcs. */
  public boolean parsed() {
    return !sentence.dependencies().isEmpty();
  }

  /** The token of {@code [begin, end)} whose head lies outside the span. */
  public int headOf(int begin, int end) {
    for (int i = begin; i < end; i++) {
      if (head[i] < begin || head[i] >= end) {
        return i;
      }
    }
    return end - 1;
  }

  /** Token {@code i} and its descendants, not following the excluded relations. */
  public Set<Integer> subtree(int i, Set<String> skip) {
    Set<Integer> out = new TreeSet<>();
    collect(i, skip, out);
    return out;
  }

  private void collect(int i, Set<String> skip, Set<Integer> out) {
    if (!out.add(i)) {
      return;
    }
    for (int c : children.get(i)) {
      if (!skip.contains(relation[c])) {
        collect(c, skip, out);
      }
    }
  }
}
