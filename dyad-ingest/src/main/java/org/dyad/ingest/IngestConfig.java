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
 * @param httpTimeout    connect timeout, and the wait for a response's headers, for URLs. Default 20 s.
 * @param fetchDeadline  total time one fetch may take, redirects and the whole body included: a server
 *                       that answers its headers and then trickles the body cannot hold a batch
 *                       longer than this. Default {@link #DEFAULT_FETCH_DEADLINE}.
 * @param allowPrivateAddresses whether redirects and links found in fetched content may lead to
 *                       loopback, link-local, private, any-local or multicast addresses (intranet
 *                       crawls). Default {@code false}; see {@link PrivateAddressGuard} for what counts
 *                       as typed by the user and is therefore always fetched.
 * @param detectLanguage whether to detect the language and skip non-English text. Default {@code true};
 *                       when {@code false} articles carry no language.
 * @param defaultDate    publication date for articles whose source gives none; may be {@code null}
 *                       (the default), leaving the date unknown
 * @param format         how inputs are interpreted; {@code null} is taken as {@link InputFormat#AUTO},
 *                       the default
 * @param hostInterval   least time between two requests to the same host ({@link HostPacer}): zero by
 *                       default (a batch the user started), one second in {@code serve --watch}, which
 *                       polls the same sites for hours; {@code null} is taken as zero
 */
public record IngestConfig(long maxBytes, Duration httpTimeout, Duration fetchDeadline,
                           boolean allowPrivateAddresses, boolean detectLanguage,
                           LocalDate defaultDate, InputFormat format, Duration hostInterval) {
  /** 10 MiB: far above any news article, small enough to hold a few in memory at once. */
  public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

  /** 20 s to connect and to get the headers: slow news sites answer within a few seconds. */
  public static final Duration DEFAULT_HTTP_TIMEOUT = Duration.ofSeconds(20);

  /** 60 s for a whole fetch: a 10 MiB page on a slow link still fits, a trickling server does not. */
  public static final Duration DEFAULT_FETCH_DEADLINE = Duration.ofSeconds(60);

  /** The command-line option that sets {@link #allowPrivateAddresses()}, named in refusals. */
  public static final String ALLOW_PRIVATE_OPTION = "--allow-private-addresses";

  public IngestConfig {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
    }
    positive(httpTimeout, "httpTimeout");
    positive(fetchDeadline, "fetchDeadline");
    format = format == null ? InputFormat.AUTO : format;
    hostInterval = hostInterval == null || hostInterval.isNegative() ? Duration.ZERO : hostInterval;
  }

  private static void positive(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + d);
    }
  }

  /**
   * Gives the defaults: 10 MiB, 20 s header timeout, 60 s fetch deadline, no private addresses
   * reached through redirects or found links, language detection on, no default date, {@code AUTO}.
   */
  public static IngestConfig defaults() {
    return new IngestConfig(DEFAULT_MAX_BYTES, DEFAULT_HTTP_TIMEOUT, DEFAULT_FETCH_DEADLINE, false,
        true, null, InputFormat.AUTO, Duration.ZERO);
  }

  /** Gives a copy with another size limit. */
  public IngestConfig withMaxBytes(long bytes) {
    return new IngestConfig(bytes, httpTimeout, fetchDeadline, allowPrivateAddresses, detectLanguage,
        defaultDate, format, hostInterval);
  }

  /** Gives a copy with another HTTP connect and header timeout. */
  public IngestConfig withHttpTimeout(Duration timeout) {
    return new IngestConfig(maxBytes, timeout, fetchDeadline, allowPrivateAddresses, detectLanguage,
        defaultDate, format, hostInterval);
  }

  /** Gives a copy with another total deadline per fetch. */
  public IngestConfig withFetchDeadline(Duration deadline) {
    return new IngestConfig(maxBytes, httpTimeout, deadline, allowPrivateAddresses, detectLanguage,
        defaultDate, format, hostInterval);
  }

  /** Gives a copy that does or does not let redirects and found links reach private addresses. */
  public IngestConfig withAllowPrivateAddresses(boolean allow) {
    return new IngestConfig(maxBytes, httpTimeout, fetchDeadline, allow, detectLanguage, defaultDate,
        format, hostInterval);
  }

  /** Gives a copy with language detection switched on or off. */
  public IngestConfig withDetectLanguage(boolean detect) {
    return new IngestConfig(maxBytes, httpTimeout, fetchDeadline, allowPrivateAddresses, detect,
        defaultDate, format, hostInterval);
  }

  /** Gives a copy with another fallback publication date ({@code null} for none). */
  public IngestConfig withDefaultDate(LocalDate date) {
    return new IngestConfig(maxBytes, httpTimeout, fetchDeadline, allowPrivateAddresses, detectLanguage,
        date, format, hostInterval);
  }

  /** Gives a copy with another input format. */
  public IngestConfig withFormat(InputFormat inputFormat) {
    return new IngestConfig(maxBytes, httpTimeout, fetchDeadline, allowPrivateAddresses, detectLanguage,
        defaultDate, inputFormat, hostInterval);
  }

  /** Gives a copy with another least interval between requests to one host. */
  public IngestConfig withHostInterval(Duration interval) {
    return new IngestConfig(maxBytes, httpTimeout, fetchDeadline, allowPrivateAddresses, detectLanguage,
        defaultDate, format, interval);
  }
}
