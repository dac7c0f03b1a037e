package org.dyad.coder.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dyad.coder.lexicon.Lexicon;
import org.dyad.coder.tree.SentenceTree;
import org.dyad.model.text.ParsedDocument;
import org.dyad.model.text.Sentence;
import org.dyad.model.text.TimeExpression;
import org.dyad.model.text.Token;

/**
 * Corrects a weekday that SUTime resolved forward although the text speaks of the past: in an
 * article of Wednesday 4 June, "Russia released prisoners on Friday" means 30 May, not 6 June.
 * News uses the bare weekday for the week around the article; the tense of the verb the date
 * hangs on tells which side.
 */
public final class PastWeekday {
  private static final Pattern WEEKDAY = Pattern.compile(
      "(?i).*\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b.*");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Set<String> FUTURE_AUXILIARIES = Lexicon.DEFAULT.set("weekday-future-auxiliaries");
  /** "'s" and "'d" are left out: has or is, had or would. */
  private static final Set<String> PAST_AUXILIARIES = Lexicon.DEFAULT.set("weekday-past-auxiliaries");
  private static final Set<String> OTHER_AUXILIARIES = Lexicon.DEFAULT.set("weekday-other-auxiliaries");
  /** Verbs whose complement happened when they did: "managed to flee", "began to withdraw". */
  private static final Set<String> REALISED_COMPLEMENT = Lexicon.DEFAULT.set("realised-complement-verbs");

  private PastWeekday() {}

  /** The expression's value, moved back a week when a past-tense verb governs a forward weekday. */
  public static String value(ParsedDocument doc, TimeExpression t) {
    String v = t.value();
    if (v == null || !DAY.matcher(v).matches() || !WEEKDAY.matcher(t.text()).matches()) {
      return v;
    }
    LocalDate day = LocalDate.parse(v);
    DayOfWeek bare = bareWeekday(t.text());
    if (bare != null && !day.isBefore(doc.reference().minusDays(7)) && !day.isAfter(doc.reference().plusDays(7))) {
      // A bare weekday is decided here, not by SUTime: SUTime keeps state across documents and
      // resolves the same "Friday" in the same text forward or back depending on what it read
      // before. The coming one (the reference day itself for its own weekday), or the one before
      // when the verb is in the past.
      LocalDate next = doc.reference().with(TemporalAdjusters.nextOrSame(bare));
      return !next.equals(doc.reference()) && pastTense(doc, t) ? next.minusDays(7).toString() : next.toString();
    }
    if (!day.isAfter(doc.reference()) || day.isAfter(doc.reference().plusDays(7))) {
      return v;
    }
    return pastTense(doc, t) ? day.minusDays(7).toString() : v;
  }

  /** The weekday when the text is only a weekday's name ("Friday", "on Friday"), else null. */
  private static DayOfWeek bareWeekday(String text) {
    String w = text.strip().toLowerCase(Locale.ROOT);
    if (w.startsWith("on ")) {
      w = w.substring(3).strip();
    }
    try {
      return DayOfWeek.valueOf(w.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean pastTense(ParsedDocument doc, TimeExpression t) {
    Sentence s = doc.sentences().get(t.sentence());
    SentenceTree tree = new SentenceTree(s);
    int token = -1;
    for (Token k : s.tokens()) {
      if (k.begin() >= t.begin() && k.end() <= t.end()) {
        token = k.index();
        break;
      }
    }
    int i = token;
    for (int steps = 0; i >= 0 && steps < 8 && !s.tokens().get(i).pos().startsWith("VB"); steps++) {
      i = tree.head(i);
    }
    // i is the verb the weekday hangs on; an infinitive or gerund has no tense of its own, and
    // takes it from the clause it hangs on where that clause tells when it happened: a purpose
    // clause ("called a news conference on Friday to deny") or the complement of a verb like
    // "manage" ("did manage to recapture them Tuesday"), not of a verb of intention ("agreed to
    // meet Friday") or a noun's modifier ("talks starting Friday").
    for (int steps = 0; i >= 0 && steps < 6; steps++) {
      Token k = s.tokens().get(i);
      if (!k.pos().startsWith("VB")) {
        return false;
      }
      Boolean auxiliary = auxiliaryTense(tree, s, i);
      if (auxiliary != null) {
        return auxiliary;
      }
      if (k.pos().equals("VBD") || k.pos().equals("VBN")) {
        return true;
      }
      if (!k.pos().equals("VB") && !k.pos().equals("VBG")) {
        return false;
      }
      int head = tree.head(i);
      String relation = tree.relation(i);
      boolean purpose = relation.equals("advcl");
      boolean realised = relation.equals("xcomp") && head >= 0
          && REALISED_COMPLEMENT.contains(lemma(s.tokens().get(head)));
      if (!purpose && !realised) {
        return false;
      }
      i = head;
    }
    return false;
  }

  private static String lemma(Token t) {
    return (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
  }

  /**
   * The tense the auxiliaries give: a future one first ("will have met"), then a perfect or past
   * one ("may have been killed", "did meet"), then a modal or present one; null when none.
   */
  private static Boolean auxiliaryTense(SentenceTree tree, Sentence s, int verb) {
    boolean past = false;
    boolean other = false;
    for (int c : tree.children(verb)) {
      if (!tree.relation(c).startsWith("aux")) {
        continue;
      }
      String w = s.tokens().get(c).word().toLowerCase(Locale.ROOT);
      if (FUTURE_AUXILIARIES.contains(w)) {
        return false;
      }
      past |= PAST_AUXILIARIES.contains(w);
      other |= OTHER_AUXILIARIES.contains(w);
    }
    return past ? Boolean.TRUE : other ? Boolean.FALSE : null;
  }
}
