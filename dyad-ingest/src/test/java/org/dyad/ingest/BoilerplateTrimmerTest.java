package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BoilerplateTrimmerTest {
  @Test
  void cutsTrailingCommentForm() {
    String text = Texts.article() + "\n\n" + Texts.REPLY_FORM + "\n";
    assertEquals(Texts.article(), BoilerplateTrimmer.trim(text));
  }

  @Test
  void cutsShareButtonsRelatedLinksAndCookieNotice() {
    String tail = "\n\nShare this article\nShare on Facebook\nTweet\n\nRelated articles\n"
        + "Border crossings reopen after two weeks\nGrain exports fall again\n\n"
        + "This website uses cookies to improve your experience.\nAccept all cookies";
    assertEquals(Texts.article(), BoilerplateTrimmer.trim(Texts.article() + tail));
  }

  @Test
  void keepsBoilerplateLookalikesInsideTheStory() {
    // "Comments" as a line early in the text is a heading in the story, not the comment section.
    String text = Texts.TITLE + "\n\nComments\n\n" + String.join("\n\n", Texts.BODY);
    assertEquals(text, BoilerplateTrimmer.trim(text));
  }

  @Test
  void cutsShortTextWhoseTailIsAllBoilerplate() {
    String text = "Talks resumed on Monday.\n\nLeave a Reply\nYour email address will not be "
        + "published.\n";
    assertEquals("Talks resumed on Monday.", BoilerplateTrimmer.trim(text));
  }

  @Test
  void neverCutsTheFirstLine() {
    assertEquals("Comments", BoilerplateTrimmer.trim("Comments\n"));
  }

  @Test
  void recognisesLines() {
    assertTrue(BoilerplateTrimmer.isBoilerplateLine("  Leave a Reply "));
    assertTrue(BoilerplateTrimmer.isBoilerplateLine(
        "Your email address will not be published. Required fields are marked *"));
    assertTrue(BoilerplateTrimmer.isBoilerplateLine("12 Comments"));
    assertTrue(BoilerplateTrimmer.isBoilerplateLine("Sign up for our newsletter"));
    assertFalse(BoilerplateTrimmer.isBoilerplateLine("Leave a reply to the minister, he said."));
    assertFalse(BoilerplateTrimmer.isBoilerplateLine(Texts.BODY.get(0)));
  }
}
