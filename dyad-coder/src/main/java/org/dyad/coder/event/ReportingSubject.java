package org.dyad.coder.event;

import org.dyad.coder.tree.SentenceTree;

/**
 * The subject of the clause that reports a pronoun's clause: in "the rebels rejected the plan and
 * said they opposed the force", "they" are the rebels, whatever actor was named last ("Senegalese
 * plan"). News writes "X said it would …" far more often than it switches referent there.
 *
 * <p>Takes a sentence's tree and a pronoun's token; gives the token of the reporting clause's
 * subject, following a coordinated verb to the subject it shares, or -1 when the pronoun is not the
 * subject of a clause complement.
 */
final class ReportingSubject {
  private ReportingSubject() {}

  static int of(SentenceTree tree, int pronoun) {
    String r = tree.relation(pronoun);
    int clause = tree.head(pronoun);
    if (clause < 0 || !(r.equals("nsubj") || r.equals("nsubj:pass"))) {
      return -1;
    }
    String cr = tree.relation(clause);
    if (!cr.equals("ccomp") && !cr.equals("parataxis")) {
      return -1;
    }
    int verb = tree.head(clause);
    for (int hop = 0; verb >= 0 && hop < 3; hop++) {
      int subject = tree.child(verb, "nsubj");
      if (subject >= 0) {
        return tree.token(subject).pos().startsWith("PRP") ? -1 : subject;
      }
      if (!tree.relation(verb).equals("conj")) {
        return -1;
      }
      verb = tree.head(verb); // "rejected … and said": the subject the two verbs share
    }
    return -1;
  }
}
