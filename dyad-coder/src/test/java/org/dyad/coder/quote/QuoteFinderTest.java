package org.dyad.coder.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.model.analysis.Span;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {
  private static final QuoteFinder FINDER = new QuoteFinder();

  private static List<String> texts(String text) {
    return FINDER.find(text).stream().map(QuotedText::text).toList();
  }

  @Test
  void straightQuoteBeforeCueLeavesOutTheTrailingComma() {
    String text = "\"We will not give up the port, not now,\" he said.";
    List<QuotedText> found = FINDER.find(text);
    assertEquals(1, found.size());
    QuotedText q = found.get(0);
    assertEquals("We will not give up the port, not now", q.text());
    assertEquals(new Span(1, 38), q.span());
    assertEquals(new Span(0, 40), q.marks());
    assertFalse(q.single());
  }

  @Test
  void curlyQuotesAfterAColonAndInsideASentence() {
    assertEquals(List.of("Trade is a two-way street, always.", "a real step toward a deal"),
        texts("She said: “Trade is a two-way street, always.” Later he called it "
            + "“a real step toward a deal” on television."));
  }

  @Test
  void guillemetsKeepNestedQuotesInside() {
    assertEquals(List.of("they said „never again“ and meant it, then"),
        texts("The envoy wrote «they said „never again“ and meant it, then»."));
  }

  @Test
  void multiSentenceQuotation() {
    assertEquals(List.of("Prices went up. Wages did not. Nobody here is surprised"),
        texts("\"Prices went up. Wages did not. Nobody here is surprised,\" the baker said."));
  }

  @Test
  void paragraphLeftOpenContinuesWhenTheNextOpensWithAMark() {
    String text = "He said: “The first part is here.\n\n“And the second part follows.”\n\nEnd.";
    List<QuotedText> found = FINDER.find(text);
    assertEquals(1, found.size());
    assertEquals("The first part is here. And the second part follows.", found.get(0).text());
    assertEquals(2, found.get(0).parts().size());
    assertEquals("The first part is here.", text.substring(found.get(0).parts().get(0).begin(),
        found.get(0).parts().get(0).end()));
  }

  @Test
  void singleNewlineParagraphsContinueToo() {
    assertEquals(List.of("One line of the speech here. Another line of the speech here."),
        texts("\"One line of the speech here.\n\"Another line of the speech here.\"\n"));
  }

  @Test
  void strayOpeningMarkAtParagraphEndGivesNothingAndDoesNotEatTheNextQuote() {
    assertEquals(List.of("this one is a proper quotation"),
        texts("A stray \"mark in this paragraph.\n\nThen \"this one is a proper quotation\" here."));
  }

  @Test
  void scareQuotesAreNotQuotations() {
    assertTrue(texts("They called the group \"terrorist\" and the plan \"a bad idea\".").isEmpty());
    assertTrue(texts("The so-called “special operation” went on.").isEmpty());
  }

  @Test
  void apostrophesAreNotQuotes() {
    assertTrue(texts("Putin’s aides don't say it; the ministers' tone in the '90s was "
        + "different, and the students’ union said so.").isEmpty());
    assertTrue(texts("The group 's report said it was 'n' roll for the ministers' sake.").isEmpty());
  }

  @Test
  void singleQuotesOnlyWithASpeechVerbAroundThem() {
    List<QuotedText> found = FINDER.find(
        "The mayor told the council that the port would ‘stay open whatever it costs’.");
    assertEquals(1, found.size());
    assertEquals("stay open whatever it costs", found.get(0).text());
    assertTrue(found.get(0).single());
    assertTrue(texts("The plan was a ‘very long shot in the dark’ from the start.").isEmpty());
    assertTrue(texts("The mayor told them it was a ‘long shot’.").isEmpty());
  }

  @Test
  void singleQuotesInsideDoubleQuotesBelongToTheOuterQuotation() {
    assertEquals(List.of("They told us ‘wait a little longer’ and we waited"),
        texts("\"They told us ‘wait a little longer’ and we waited,\" a farmer said."));
  }

  @Test
  void severalQuotationsInOneSentence() {
    assertEquals(List.of("The port is open again", "and it will stay open all winter."),
        texts("\"The port is open again,\" he said, \"and it will stay open all winter.\""));
  }

  @Test
  void emptyAndUnclosed() {
    assertTrue(texts("").isEmpty());
    assertTrue(texts("\"This quotation never ends and has no close").isEmpty());
  }
}
