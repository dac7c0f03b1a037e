package org.dyad.ingest;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.dyad.model.article.Article;
import org.dyad.model.article.IngestItem;
import org.dyad.model.article.Skipped;

/**
 * The checks every article passes, whatever its format, before {@link ArticleSource} gives it out.
 *
 * <p>Takes an {@link IngestConfig} (whether to detect the language, the fallback date). An
 * {@link Article} has boilerplate cut from its end ({@link BoilerplateTrimmer}) and is skipped when
 * its text is then empty, binary ({@link ContentCheck}) or, when configured, not English
 * ({@link LanguageGate}; it then carries language {@code en}); without a date of its own it gets one
 * from a dateline at the top of its text ({@link Datelines}), else the config's default date. A
 * {@link Skipped} passes unchanged. Thread-safe: the language detector is built on first use.
 */
final class ArticleFinisher {
  private final IngestConfig config;
  private final LanguageGate languageGate = new LanguageGate();

  ArticleFinisher(IngestConfig config) {
    this.config = config;
  }

  /** A sink that finishes each item before handing it to {@code sink}. */
  Consumer<IngestItem> finishing(Consumer<IngestItem> sink) {
    return item -> sink.accept(finish(item));
  }

  /** The article checked and dated, a skip saying why not, or the skipped item as it came. */
  IngestItem finish(IngestItem item) {
    if (!(item instanceof Article a)) {
      return item;
    }
    String text = BoilerplateTrimmer.trim(a.text()).strip();
    if (text.isEmpty()) {
      return skip(a, "empty text");
    }
    String binary = ContentCheck.binaryReason(text);
    if (binary != null) {
      return skip(a, binary);
    }
    String language = null;
    if (config.detectLanguage()) {
      LanguageGate.Verdict verdict;
      try {
        verdict = languageGate.judge(text);
      } catch (IllegalStateException e) {
        // One text lingua chokes on is a bad document; a broken install throws an Error instead.
        return skip(a, "language detection failed (" + e.getCause() + ")");
      }
      if (!verdict.english()) {
        return skip(a, "not English (detected: " + verdict.code() + ")");
      }
      language = "en";
    }
    // The input's own date first, then a dateline or date line at the top of the text, then the
    // user's fallback; with none, the analysis dates the article today and says so.
    LocalDate published = a.published() != null ? a.published() : Datelines.find(text);
    return new Article(a.id(), a.title(), a.url(),
        published != null ? published : config.defaultDate(), language, text, a.source());
  }

  private static Skipped skip(Article a, String reason) {
    return new Skipped(a.id(), a.title(), a.url(), a.source(), reason);
  }
}
