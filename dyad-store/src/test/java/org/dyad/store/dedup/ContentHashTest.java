package org.dyad.store.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class ContentHashTest {
  /** SHA-256 of "abc", from FIPS 180-2. */
  private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

  @Test
  void isTheSha256OfTheTrimmedText() {
    assertEquals(ABC, ContentHash.of("abc"));
    assertEquals(ABC, ContentHash.of(" \n abc\t\r\n"));
  }

  @Test
  void whitespaceRunsCountAsOneSpace() {
    String h = ContentHash.of("Talks resumed on Monday. Both sides agreed.");
    assertEquals(h, ContentHash.of("Talks  resumed\non Monday.\n\n  Both sides\tagreed."));
  }

  @Test
  void otherWordsOrCaseDiffer() {
    String h = ContentHash.of("Talks resumed on Monday.");
    assertNotEquals(h, ContentHash.of("Talks resumed on Tuesday."));
    assertNotEquals(h, ContentHash.of("talks resumed on Monday."));
    assertNotEquals(h, ContentHash.of("Talks resumedon Monday."));
  }
}
