package org.dyad.coder.event;

import java.util.List;
import java.util.Set;
import org.dyad.coder.date.DateExtractor;
import org.dyad.coder.tree.SentenceTree;
import org.dyad.model.analysis.Basis;
import org.dyad.model.text.ParsedDocument;
import org.dyad.model.text.TimeExpression;
import org.dyad.model.text.Token;

/**
 * Dates an event from a temporal expression in its own clause ("in March ... suspended", "criticized
 * ... on Wednesday"), nearest to the trigger; else the publication date, and says which.
 */
final class EventDater {
  /** The date and where it came from: {@code text} or {@code published}. */
  record Dated(String value, String basis) {}

  private static final Set<String> OTHER_CLAUSES = Set.of("ccomp", "advcl", "acl:relcl", "parataxis",
      "conj", "acl", "csubj");

  private EventDater() {}

  static Dated date(ParsedDocument doc, SentenceTree tree, int trigger) {
    int clause = trigger;
    // Nominal and infinitival triggers take the date of the clause they sit in.
    while (tree.head(clause) >= 0 && !tree.sentence().tokens().get(clause).pos().startsWith("VB")
        && !OTHER_CLAUSES.contains(tree.relation(clause))) {
      clause = tree.head(clause);
    }
    Set<Integer> own = tree.subtree(clause, OTHER_CLAUSES);
    List<Token> tokens = tree.sentence().tokens();
    TimeExpression best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (TimeExpression t : doc.times()) {
      if (t.sentence() != tree.sentence().index() || !DateExtractor.isCalendar(t)) {
        continue;
      }
      for (int i : own) {
        Token tok = tokens.get(i);
        if (tok.begin() >= t.begin() && tok.end() <= t.end()) {
          int d = Math.abs(i - trigger);
          if (d < bestDistance) {
            best = t;
            bestDistance = d;
          }
        }
      }
    }
    if (best != null) {
      return new Dated(org.dyad.coder.date.PastWeekday.value(doc, best), Basis.TEXT);
    }
    return new Dated(doc.reference().toString(), Basis.PUBLISHED);
  }
}
