package org.dyad.store.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LeadParagraphTest {
  @Test
  void theLeadIsTheFirstParagraphAfterTheHeadline() {
    String text = "Talks resume in Geneva\n\nEnvoys met on Monday. They agreed to meet again.\n\nLater, a"
        + " spokesman said more.";
    int end = LeadParagraph.end(text, "Talks resume in Geneva");
    assertEquals("Envoys met on Monday. They agreed to meet again.",
        text.substring(text.indexOf("Envoys"), end));
  }

  @Test
  void withoutAHeadlineLineTheFirstParagraphIsTheLead() {
    String text = "Envoys met on Monday.\n\nA spokesman said more.";
    assertEquals(text.indexOf("\n\n"), LeadParagraph.end(text, "Some other title"));
  }

  @Test
  void textWithoutParagraphsHasABoundedLead() {
    String text = "word ".repeat(400);
    assertEquals(LeadParagraph.MAX, LeadParagraph.end(text, null));
  }
}
