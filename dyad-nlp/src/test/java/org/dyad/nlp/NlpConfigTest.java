package org.dyad.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * {@link NlpConfig}'s two presets keep the values they had when each was written out as a full
 * constructor call (issue 13), and its builder copies every field: a field the builder forgot would
 * come back as its default. Model-free.
 */
class NlpConfigTest {
  @Test
  void presetsKeepTheirValues() {
    assertEquals(new NlpConfig(false, true, 150, null, true, NlpConfig.TWO_MODELS, true, true, 100_000,
        Duration.ofSeconds(120)), NlpConfig.defaults());
    assertEquals(new NlpConfig(true, true, 150, null, false, NlpConfig.ALL_CRF_MODELS, false, false,
        100_000, Duration.ofSeconds(120)), NlpConfig.complete());
  }

  @Test
  void copiesKeepEveryOtherField() {
    // Every field away from its default, so that a field dropped on the way shows.
    NlpConfig odd = new NlpConfig(true, false, 7, "ignorecase=true,a.tsv", false, "m.ser.gz", false,
        false, 9, Duration.ofMillis(5));
    assertEquals(odd, odd.toBuilder().build());
    assertEquals(new NlpConfig(true, false, 7, "b.tsv", false, "m.ser.gz", false, false, 9,
        Duration.ofMillis(5)), odd.withTagMapping("b.tsv"));
    assertEquals(new NlpConfig(true, false, 7, "ignorecase=true,a.tsv", true, "m.ser.gz", true, true, 9,
        Duration.ofMillis(5)), odd.withTimeGate(true).withParseGate(true).withFastParser(true));
    assertEquals(new NlpConfig(true, false, 1, "ignorecase=true,a.tsv", false, "m.ser.gz", false, false,
        2, Duration.ZERO), odd.withBudgets(1, 2, Duration.ZERO));
  }

  @Test
  void theBuilderChecksAsTheConstructorDoes() {
    assertThrows(IllegalArgumentException.class, () -> NlpConfig.builder().budgets(0, -1, Duration.ZERO).build());
    assertThrows(IllegalArgumentException.class, () -> NlpConfig.builder().budgets(0, 0, null).build());
  }
}
