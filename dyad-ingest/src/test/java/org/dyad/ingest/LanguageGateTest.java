package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageGateTest {
  private static final LanguageGate GATE = new LanguageGate();

  @Test
  void englishRussianSpanishFrench() {
    // Runs lingua itself: fails with NoSuchMethodError if an old kotlin-stdlib wins on the classpath.
    assertEquals(new LanguageGate.Verdict("en", true), GATE.judge(Texts.article()));
    assertEquals(new LanguageGate.Verdict("ru", false), GATE.judge(Texts.RUSSIAN));
    assertEquals(new LanguageGate.Verdict("es", false), GATE.judge(Texts.SPANISH));
    assertEquals(new LanguageGate.Verdict("fr", false), GATE.judge(Texts.FRENCH));
  }

  @Test
  void shortTexts() {
    assertEquals(new LanguageGate.Verdict("en", true), GATE.judge("Talks fail"));
    assertEquals(new LanguageGate.Verdict("ru", false), GATE.judge("Переговоры в Женеве"));
    assertEquals(new LanguageGate.Verdict("unknown", false), GATE.judge("2025 - 06 - 04"));
  }

  @Test
  void sampleCutsAtWhitespace() {
    String text = "word ".repeat(1000);
    String sample = LanguageGate.sample(text);
    assertEquals(1999, sample.length());
    assertEquals("word", sample.substring(sample.length() - 4));
  }
}
