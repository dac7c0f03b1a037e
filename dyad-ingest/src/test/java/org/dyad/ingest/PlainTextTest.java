package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PlainTextTest {
  @Test
  void shortFirstLineBeforeBlankLineIsTitle() {
    assertEquals(Texts.TITLE, PlainText.titleOf(Texts.article()));
    assertEquals("Headline", PlainText.titleOf("\n\n  Headline  \n \nBody text here."));
  }

  @Test
  void sentencesLongLinesAndUnseparatedLinesAreNotTitles() {
    assertNull(PlainText.titleOf("The talks ended.\n\nMore text."));
    assertNull(PlainText.titleOf("Headline\nBody starts at once."));
    assertNull(PlainText.titleOf("x".repeat(200) + "\n\nBody."));
    assertNull(PlainText.titleOf("Only one line"));
  }
}
