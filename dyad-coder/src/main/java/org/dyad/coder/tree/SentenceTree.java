package org.dyad.coder.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.dyad.model.text.Dependency;
import org.dyad.model.text.Sentence;

/**
 * Read-only navigation over one sentence's dependency arcs: heads, relations, children, subtrees.
 *
 * <p>Takes a {@link Sentence}; an unparsed sentence gives head {@code -2} for every token.
 */
public final class SentenceTree {
  private final Sentence sentence;
  private final int[] head;
  private final String[] relation;

  /** Indexes the sentence's arcs. */
  public SentenceTree(Sentence sentence) {
    this.sentence = sentence;
    int n = sentence.tokens().size();
    head = new int[n];
    relation = new String[n];
    java.util.Arrays.fill(head, -2);
    for (Dependency d : sentence.dependencies()) {
      if (d.dependent() >= 0 && d.dependent() < n) {
        head[d.dependent()] = d.governor();
        relation[d.dependent()] = d.relation();
      }
    }
  }

  /** The sentence this tree indexes. */
  public Sentence sentence() {
    return sentence;
  }

  /** True when the sentence has dependency arcs. */
  public boolean parsed() {
    return !sentence.dependencies().isEmpty();
  }

  /** Head of token {@code i}: -1 for the root, -2 when unparsed. */
  public int head(int i) {
    return head[i];
  }

  /** Relation of token {@code i} to its head, empty when none. */
  public String relation(int i) {
    return relation[i] == null ? "" : relation[i];
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

  /** Dependents of token {@code i} in token order. */
  public List<Integer> children(int i) {
    List<Integer> out = new ArrayList<>();
    for (int k = 0; k < head.length; k++) {
      if (head[k] == i) {
        out.add(k);
      }
    }
    return out;
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
    for (int c : children(i)) {
      if (!skip.contains(relation(c))) {
        collect(c, skip, out);
      }
    }
  }
}
