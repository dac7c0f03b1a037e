package org.dyad.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TemporalCuesTest {
  private final TemporalCues cues = TemporalCues.load();

  private boolean time(String sentence) {
    return cues.mayHoldTime(List.of(sentence.split(" ")));
  }

  @Test
  void sentencesWithDatesPass() {
    assertTrue(time("The talks resumed on Monday ."));
    assertTrue(time("Troops withdrew in 2014 ."));
    assertTrue(time("It happened two weeks ago ."));
    assertTrue(time("The ceasefire expired last Sept. after a 30-day truce ."));
    assertTrue(time("A three-year plan was agreed ."));
    assertTrue(time("Talks are set for the spring ."));
    assertTrue(time("Officials met TODAY ."));
    assertTrue(time("Prices fell between 2006 and 2008 ."), "bare years");
    assertTrue(time("Violence peaked in the 1990s ."));
    assertTrue(time("The vote is due on the 12th ."));
    assertTrue(time("The curfew starts at 10:30 ."));
    assertTrue(time("Shots were heard at 3 p.m. near the port ."));
    assertTrue(time("The file is dated 5/12 ."));
  }

  @Test
  void countsAndAmountsAloneAreNotDates() {
    assertFalse(time("At least 12 civilians were killed ."));
    assertFalse(time("The deal is worth $370 million ."));
    assertFalse(time("Some 1,500 troops and 3.5 tonnes of aid arrived ."));
    assertFalse(time("Turnout was 45 % ."));
    assertTrue(time("At least 12 civilians were killed in 12 days ."), "the unit is a cue");
    assertTrue(time("Shots were heard at 3 PM ."));
    assertTrue(time("The market opens at 9 am ."));
    assertTrue(time("The curfew starts at 10.30 GMT ."));
    assertTrue(time("Voting ends on june 12 ."), "a lower-case month beside a day");
  }

  @Test
  void sentencesWithoutTimeWordsFail() {
    assertFalse(time("The minister accused the rebels of blocking aid convoys ."));
    assertFalse(time("Police arrested a gang leader in the capital ."));
    assertFalse(time("The rebels may march on the capital now ."), "verbs are not months");
    assertFalse(time("Officials said recently that talks would resume later ."), "no calendar anchor");
  }
}
