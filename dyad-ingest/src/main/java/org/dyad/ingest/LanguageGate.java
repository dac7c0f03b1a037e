package org.dyad.ingest;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;

/**
 * Decides whether a text is English, the only language Dyad's pipeline analyses.
 *
 * <p>Takes a text; gives a {@link Verdict} with the ISO 639-1 code of the detected language. Uses
 * lingua over English and fifteen major news languages (Russian, Ukrainian, Spanish, French, German,
 * Portuguese, Arabic, Chinese, Italian, Turkish, Polish, Dutch, Japanese, Korean, Persian): a small
 * set keeps memory and time down, and text in another language is still told apart from English,
 * though its code may then be that of a neighbour. Only the first ~2000 characters are looked at.
 * Texts with fewer than 20 letters are English when at least 80% of their letters are ASCII, since
 * no detector is reliable on a headline-sized snippet; a text with no letters is not English. Thread-safe; the detector is built on first
 * use and its language models load lazily (no preloading), so an unused gate costs nothing.
 * Throws {@link IllegalStateException} when lingua fails on a text, and lingua's own {@link Error}
 * when it cannot run at all.
 */
public final class LanguageGate {
  static final int SAMPLE_CHARS = 2000;
  static final int MIN_LETTERS = 20;
  private static final Language[] LANGUAGES = {
      Language.ENGLISH, Language.RUSSIAN, Language.UKRAINIAN, Language.SPANISH, Language.FRENCH,
      Language.GERMAN, Language.PORTUGUESE, Language.ARABIC, Language.CHINESE, Language.ITALIAN,
      Language.TURKISH, Language.POLISH, Language.DUTCH, Language.JAPANESE, Language.KOREAN,
      Language.PERSIAN};

  private volatile LanguageDetector detector;

  /**
   * A decision.
   *
   * @param code    ISO 639-1 code ("en", "ru"...), or "unknown"
   * @param english whether the text counts as English
   */
  public record Verdict(String code, boolean english) {
  }

  /** Judges a text. */
  public Verdict judge(String text) {
    String sample = sample(text);
    int letters = 0;
    int ascii = 0;
    for (int i = 0; i < sample.length(); i++) {
      char c = sample.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (c < 128) {
          ascii++;
        }
      }
    }
    boolean mostlyAscii = letters > 0 && ascii >= 0.8 * letters;
    if (letters < MIN_LETTERS && mostlyAscii) {
      return new Verdict("en", true);
    }
    Language language = detect(sample);
    if (language == Language.UNKNOWN) {
      // Ties happen on name-heavy or mixed text; in Latin script, English is the likely case here.
      return mostlyAscii ? new Verdict("en", true) : new Verdict("unknown", false);
    }
    String code = language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
    return new Verdict(code, language == Language.ENGLISH);
  }

  /**
   * Runs lingua. It computes in a thread pool and rethrows what failed there wrapped, even as a
   * checked exception; an {@link Error} inside (a missing or mismatched Kotlin, Moshi or Okio
   * library) is a broken installation and is thrown as is, anything else as
   * {@link IllegalStateException}.
   */
  private Language detect(String sample) {
    try {
      return detector().detectLanguageOf(sample);
    } catch (Exception e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof Error error) {
          throw error;
        }
      }
      throw new IllegalStateException("language detection failed: " + e, e);
    }
  }

  /** The first ~2000 characters, cut at white space so no word is split. */
  static String sample(String text) {
    if (text.length() <= SAMPLE_CHARS) {
      return text;
    }
    int cut = SAMPLE_CHARS;
    while (cut > SAMPLE_CHARS / 2 && !Character.isWhitespace(text.charAt(cut))) {
      cut--;
    }
    return text.substring(0, cut);
  }

  private LanguageDetector detector() {
    LanguageDetector d = detector;
    if (d == null) {
      synchronized (this) {
        d = detector;
        if (d == null) {
          d = LanguageDetectorBuilder.fromLanguages(LANGUAGES).build();
          detector = d;
        }
      }
    }
    return d;
  }
}
