package org.dyad.coder.date;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.dyad.coder.fixture.HandParsed;
import org.dyad.model.text.ParsedDocument;
import org.dyad.model.text.TimeExpression;
import org.junit.jupiter.api.Test;

/**
 * Bare weekdays resolve against the article's day by the verb's tense, whatever SUTime said: the
 * reference is Wednesday 4 June 2025 (checked on a calendar), so the coming Friday is 6 June and the
 * past one 30 May.
 */
class PastWeekdayTest {
  private static final LocalDate WEDNESDAY = LocalDate.of(2025, 6, 4);

  /** "Officials VERB on DAY ." with the verb as root and the day as its oblique. */
  private static ParsedDocument doc(String verb, String tag, String day) {
    return sentence("Officials " + verb + " on " + day + " .",
        new String[] {"NNS", tag, "IN", "NNP", "."},
        "root -1 1", "nsubj 1 0", "obl 1 3", "case 3 2", "punct 1 4");
  }

  private static String value(ParsedDocument d, String day, String sutime) {
    int begin = d.text().indexOf(day);
    return PastWeekday.value(d, new TimeExpression(day, "DATE", sutime, begin, begin + day.length(), 0));
  }

  @Test
  void aPastVerbTakesThePreviousWeekdayWhicheverWaySuTimeResolved() {
    ParsedDocument d = doc("met", "VBD", "Friday");
    assertEquals("2025-05-30", value(d, "Friday", "2025-06-06"));
    assertEquals("2025-05-30", value(d, "Friday", "2025-05-30"));
  }

  @Test
  void aPresentOrFutureVerbTakesTheComingWeekday() {
    ParsedDocument d = doc("meet", "VBP", "Friday");
    assertEquals("2025-06-06", value(d, "Friday", "2025-06-06"));
    assertEquals("2025-06-06", value(d, "Friday", "2025-05-30"));
  }

  @Test
  void theArticlesOwnWeekdayIsThatDay() {
    assertEquals("2025-06-04", value(doc("met", "VBD", "Wednesday"), "Wednesday", "2025-06-04"));
  }

  @Test
  void aWeekdayFarFromTheArticleKeepsItsValue() {
    assertEquals("2025-03-07", value(doc("met", "VBD", "Friday"), "Friday", "2025-03-07"));
  }

  /** A sentence of space-separated words with the given tags and arcs ("rel head dependent"). */
  private static ParsedDocument sentence(String text, String[] tags, String... arcs) {
    String[] lemmas = java.util.Arrays.stream(text.split(" ")).map(String::toLowerCase).toArray(String[]::new);
    return HandParsed.doc(text, WEDNESDAY, tags, lemmas, arcs);
  }

  @Test
  void anInfinitiveTakesTheTenseOfTheClauseItHangsOn() {
    // "Officials called a conference on Friday to deny it ." as CoreNLP parsed a sentence like it:
    // Friday under "deny" (VB), which hangs on "called" (VBD).
    ParsedDocument past = sentence("Officials called a conference on Friday to deny it .",
        new String[] {"NNS", "VBD", "DT", "NN", "IN", "NNP", "TO", "VB", "PRP", "."},
        "root -1 1", "nsubj 1 0", "det 3 2", "obj 1 3", "case 5 4", "obl 7 5", "mark 7 6",
        "advcl 1 7", "obj 7 8", "punct 1 9");
    assertEquals("2025-05-30", value(past, "Friday", "2025-06-06"));
    // "Police did manage to recapture them Friday ." : the past auxiliary of "manage" decides.
    ParsedDocument did = sentence("Police did manage to recapture them Friday .",
        new String[] {"NNS", "VBD", "VB", "TO", "VB", "PRP", "NNP", "."},
        "root -1 2", "nsubj 2 0", "aux 2 1", "mark 4 3", "xcomp 2 4", "obj 4 5", "obl:tmod 4 6",
        "punct 2 7");
    assertEquals("2025-05-30", value(did, "Friday", "2025-06-06"));
    // "Officials will meet on Friday to discuss it ." stays ahead.
    ParsedDocument future = sentence("Officials will meet on Friday to discuss it .",
        new String[] {"NNS", "MD", "VB", "IN", "NNP", "TO", "VB", "PRP", "."},
        "root -1 2", "nsubj 2 0", "aux 2 1", "case 4 3", "obl 6 4", "mark 6 5", "advcl 2 6",
        "obj 6 7", "punct 2 8");
    assertEquals("2025-06-06", value(future, "Friday", "2025-05-30"));
  }

  @Test
  void intentionsModifiersAndPerfectModalsKeepTheirOwnTime() {
    // "Envoys agreed to meet on Friday ." : the meeting is ahead of the agreement.
    ParsedDocument agreed = sentence("Envoys agreed to meet on Friday .",
        new String[] {"NNS", "VBD", "TO", "VB", "IN", "NNP", "."},
        "root -1 1", "nsubj 1 0", "mark 3 2", "xcomp 1 3", "case 5 4", "obl 3 5", "punct 1 6");
    assertEquals("2025-06-06", value(agreed, "Friday", "2025-05-30"));
    // "Ahead of talks starting Friday , officials met ." : a noun's modifier, not the clause.
    ParsedDocument ahead = sentence("Ahead of talks starting Friday , officials met .",
        new String[] {"RB", "IN", "NNS", "VBG", "NNP", ",", "NNS", "VBD", "."},
        "root -1 7", "advmod 7 0", "case 2 1", "obl 0 2", "acl 2 3", "obl:tmod 3 4", "punct 7 5",
        "nsubj 7 6", "punct 7 8");
    assertEquals("2025-06-06", value(ahead, "Friday", "2025-05-30"));
    // "Two may have been killed on Friday ." : the perfect makes it past despite the modal.
    ParsedDocument perfect = sentence("Two may have been killed on Friday .",
        new String[] {"CD", "MD", "VB", "VBN", "VBN", "IN", "NNP", "."},
        "root -1 4", "nsubj:pass 4 0", "aux 4 1", "aux 4 2", "aux:pass 4 3", "case 6 5", "obl 4 6",
        "punct 4 7");
    assertEquals("2025-05-30", value(perfect, "Friday", "2025-06-06"));
  }
}
