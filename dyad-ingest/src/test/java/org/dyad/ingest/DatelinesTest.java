package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The publication date at the top of an article's text: datelines and date lines, and what is neither. */
class DatelinesTest {
  private static final LocalDate JUNE_12 = LocalDate.of(2025, 6, 12);

  @Test
  void wireDatelines() {
    assertEquals(JUNE_12, Datelines.find("TOKYO, June 12, 2025 — Japan protested a missile launch."));
    assertEquals(JUNE_12, Datelines.find("GENEVA (Reuters), 12 June 2025 - Talks resumed."));
    assertEquals(JUNE_12, Datelines.find("Headline here\n\nSAN JOSE, Costa Rica, Jun. 12, 2025 -- Rain."));
    assertEquals(JUNE_12, Datelines.find("Kyiv, Thursday, June 12th, 2025 – Sirens sounded."));
  }

  @Test
  void dateLinesUnderTheHeadline() {
    assertEquals(JUNE_12, Datelines.find("Ceasefire holds\nJune 12, 2025\nThe guns fell silent."));
    assertEquals(JUNE_12, Datelines.find("Ceasefire holds\nPublished: Thursday 12 June 2025 09:30 BST\nText."));
    assertEquals(JUNE_12, Datelines.find("Ceasefire holds\nUpdated on 2025-06-12\nText."));
    assertEquals(JUNE_12, Datelines.find("\n\n  June 12, 2025  \n\nText."));
  }

  @Test
  void datesThatAreNotWhenTheArticleWasWritten() {
    assertNull(Datelines.find("The treaty of June 12, 2025 — signed in Oslo — holds."), "not at a line start");
    assertNull(Datelines.find("2025 budget talks\nThe parliament met."), "a year in a headline");
    assertNull(Datelines.find("One\nTwo\nThree\nFour\nJune 12, 2025\n"), "below the first four lines");
    assertNull(Datelines.find("TOKYO, June 31, 2025 — No such day."), "a day the month does not have");
    assertNull(Datelines.find("Talks on June 12 went well."), "no year");
    assertNull(Datelines.find(""));
    assertNull(Datelines.find(null));
  }

  @Test
  void writtenDatesAreOneParserWithTheMetadataDates() {
    assertEquals(JUNE_12, Dates.parse("June 12, 2025"));
    assertEquals(JUNE_12, Dates.parse("Thu, 12 Jun 2025"));
    assertEquals(JUNE_12, Dates.parse("12 June 2025"));
    assertEquals(JUNE_12, Dates.parse("2025-06-12T09:30:00+03:00"));
    assertNull(Dates.parse("June 2025"), "a month is no publication day");
  }
}
