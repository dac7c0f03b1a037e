package org.dyad.store.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.dyad.store.fixture.Corpus;
import org.junit.jupiter.api.Test;

class MinHashTest {
  private static final String ORIGINAL = Corpus.grainAccusation().text();
  private static final String EDITED = Corpus.grainAccusationEdited().text();
  private static final String OTHER = Corpus.borderPact().text();

  @Test
  void aTextIsIdenticalToItselfWhateverItsCaseAndPunctuation() {
    long[] sig = MinHash.signature(ORIGINAL);
    assertEquals(MinHash.SIZE, sig.length);
    assertEquals(1.0, MinHash.similarity(sig, MinHash.signature(ORIGINAL)));
    String shouted = ORIGINAL.toUpperCase(java.util.Locale.ROOT).replace(",", " ;").replace("\"", "");
    assertArrayEquals(sig, MinHash.signature(shouted));
  }

  @Test
  void aLightlyEditedCopyIsTheSameStoryAndAnotherTextIsNot() {
    long[] sig = MinHash.signature(ORIGINAL);
    double edited = MinHash.similarity(sig, MinHash.signature(EDITED));
    assertTrue(edited >= MinHash.SAME_STORY && edited < 1, "edited copy: " + edited);
    double other = MinHash.similarity(sig, MinHash.signature(OTHER));
    assertTrue(other < 0.1, "unrelated: " + other);
  }

  @Test
  void tooShortTextsHaveNoSignature() {
    assertNull(MinHash.signature("Talks resumed on Monday in Geneva."));
    assertNull(MinHash.signature(""));
    assertNotNull(MinHash.signature("one two three four five six seven eight nine ten"));
  }

  @Test
  void bandsAreDistinctAndRepeatable() {
    long[] sig = MinHash.signature(ORIGINAL);
    long[] bands = MinHash.bands(sig);
    assertEquals(MinHash.BANDS, bands.length);
    assertEquals(MinHash.BANDS, Arrays.stream(bands).distinct().count());
    assertArrayEquals(bands, MinHash.bands(MinHash.signature(ORIGINAL)));
    assertNotEquals(bands[0], MinHash.bands(MinHash.signature(OTHER))[0]);
  }

  @Test
  void bytesRoundTrip() {
    long[] sig = MinHash.signature(OTHER);
    byte[] bytes = MinHash.toBytes(sig);
    assertEquals(MinHash.SIZE * Long.BYTES, bytes.length);
    assertArrayEquals(sig, MinHash.fromBytes(bytes));
  }
}
