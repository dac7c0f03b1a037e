package org.dyad.ingest;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Settings for reading articles with {@link ArticleSource}.
 *
 * @param maxBytes       largest single document read, in bytes (a file, a page, a feed, one JSONL
 *                       line, one WARC record's page; JSONL and WARC files as a whole have no limit);
 *                       bigger ones are skipped without being loaded. Default 10 MiB.
 * @param httpTimeout    connect timeout and whole-request timeout for URLs. Default 20 s.
 * @param detectLanguage whether to detect the language and skip non-English text. Default {@code true};
 *                       when {@code false} articles carry no language.
 * @param defaultDate    publication date for articles whose source gives none; may be {@code null}
 *                       (the default), leaving the date unknown
 * @param format         how inputs are interpreted; {@code null} is taken as {@link InputFormat#AUTO},
 *                       the default
 */
public record IngestConfig(long maxBytes, Duration httpTimeout, boolean detectLanguage,
                           LocalDate defaultDate, InputFormat format) {
  /** 10 MiB: far above any news article, small enough to hold a few in memory at once. */
  public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

  public IngestConfig {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
    }
    Objects.requireNonNull(httpTimeout, "httpTimeout");
    if (httpTimeout.isNegative() || httpTimeout.isZero()) {
      throw new IllegalArgumentException("httpTimeout must be positive, was " + httpTimeout);
    }
    format = format == null ? InputFormat.AUTO : format;
  }

  /** Gives the defaults: 10 MiB, 20 s, language detection on, no default date, {@code AUTO}. */
  public static IngestConfig defaults() {
    return new IngestConfig(DEFAULT_MAX_BYTES, Duration.ofSeconds(20), true, null, InputFormat.AUTO);
  }

  /** Gives a copy with another size limit. */
  public IngestConfig withMaxBytes(long bytes) {
    return new IngestConfig(bytes, httpTimeout, detectLanguage, defaultDate, format);
  }

  /** Gives a copy with another HTTP timeout. */
  public IngestConfig withHttpTimeout(Duration timeout) {
    return new IngestConfig(maxBytes, timeout, detectLanguage, defaultDate, format);
  }

  /** Gives a copy with language detection switched on or off. */
  public IngestConfig withDetectLanguage(boolean detect) {
    return new IngestConfig(maxBytes, httpTimeout, detect, defaultDate, format);
  }

  /** Gives a copy with another fallback publication date ({@code null} for none). */
  public IngestConfig withDefaultDate(LocalDate date) {
    return new IngestConfig(maxBytes, httpTimeout, detectLanguage, date, format);
  }

  /** Gives a copy with another input format. */
  public IngestConfig withFormat(InputFormat inputFormat) {
    return new IngestConfig(maxBytes, httpTimeout, detectLanguage, defaultDate, inputFormat);
  }
}
