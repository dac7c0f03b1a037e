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
   * reached through redirects or found links, language detection on, no default date, {@code AUTO},
   * no pause between requests to one host.
   */
  public static IngestConfig defaults() {
    return builder().build();
  }

  /** A builder that starts from the {@linkplain #defaults() defaults}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts from this config, for a copy with several settings changed. */
  public Builder toBuilder() {
    return new Builder().maxBytes(maxBytes).httpTimeout(httpTimeout).fetchDeadline(fetchDeadline)
        .allowPrivateAddresses(allowPrivateAddresses).detectLanguage(detectLanguage)
        .defaultDate(defaultDate).format(format).hostInterval(hostInterval);
  }

  /** Gives a copy with another size limit. */
  public IngestConfig withMaxBytes(long bytes) {
    return toBuilder().maxBytes(bytes).build();
  }

  /** Gives a copy with another HTTP connect and header timeout. */
  public IngestConfig withHttpTimeout(Duration timeout) {
    return toBuilder().httpTimeout(timeout).build();
  }

  /** Gives a copy with another total deadline per fetch. */
  public IngestConfig withFetchDeadline(Duration deadline) {
    return toBuilder().fetchDeadline(deadline).build();
  }

  /** Gives a copy that does or does not let redirects and found links reach private addresses. */
  public IngestConfig withAllowPrivateAddresses(boolean allow) {
    return toBuilder().allowPrivateAddresses(allow).build();
  }

  /** Gives a copy with language detection switched on or off. */
  public IngestConfig withDetectLanguage(boolean detect) {
    return toBuilder().detectLanguage(detect).build();
  }

  /** Gives a copy with another fallback publication date ({@code null} for none). */
  public IngestConfig withDefaultDate(LocalDate date) {
    return toBuilder().defaultDate(date).build();
  }

  /** Gives a copy with another input format. */
  public IngestConfig withFormat(InputFormat inputFormat) {
    return toBuilder().format(inputFormat).build();
  }

  /** Gives a copy with another least interval between requests to one host. */
  public IngestConfig withHostInterval(Duration interval) {
    return toBuilder().hostInterval(interval).build();
  }

  /**
   * An {@link IngestConfig} being put together, field by field: the one place that lists the fields
   * in order. Starts from the defaults ({@link #builder()}) or from a config ({@link #toBuilder()});
   * each setter takes the record component of its name and returns the builder; {@link #build()}
   * checks the values as the record's constructor does. Not thread-safe: build one config with it.
   */
  public static final class Builder {
    private long maxBytes = DEFAULT_MAX_BYTES;
    private Duration httpTimeout = DEFAULT_HTTP_TIMEOUT;
    private Duration fetchDeadline = DEFAULT_FETCH_DEADLINE;
    private boolean allowPrivateAddresses;
    private boolean detectLanguage = true;
    private LocalDate defaultDate;
    private InputFormat format = InputFormat.AUTO;
    private Duration hostInterval = Duration.ZERO;

    private Builder() {
    }

    /** See {@link IngestConfig#maxBytes()}. */
    public Builder maxBytes(long bytes) {
      this.maxBytes = bytes;
      return this;
    }

    /** See {@link IngestConfig#httpTimeout()}. */
    public Builder httpTimeout(Duration timeout) {
      this.httpTimeout = timeout;
      return this;
    }

    /** See {@link IngestConfig#fetchDeadline()}. */
    public Builder fetchDeadline(Duration deadline) {
      this.fetchDeadline = deadline;
      return this;
    }

    /** See {@link IngestConfig#allowPrivateAddresses()}. */
    public Builder allowPrivateAddresses(boolean allow) {
      this.allowPrivateAddresses = allow;
      return this;
    }

    /** See {@link IngestConfig#detectLanguage()}. */
    public Builder detectLanguage(boolean detect) {
      this.detectLanguage = detect;
      return this;
    }

    /** See {@link IngestConfig#defaultDate()}. */
    public Builder defaultDate(LocalDate date) {
      this.defaultDate = date;
      return this;
    }

    /** See {@link IngestConfig#format()}. */
    public Builder format(InputFormat inputFormat) {
      this.format = inputFormat;
      return this;
    }

    /** See {@link IngestConfig#hostInterval()}. */
    public Builder hostInterval(Duration interval) {
      this.hostInterval = interval;
      return this;
    }

    /** The config; throws {@link IllegalArgumentException} for a value the record refuses. */
    public IngestConfig build() {
      return new IngestConfig(maxBytes, httpTimeout, fetchDeadline, allowPrivateAddresses,
          detectLanguage, defaultDate, format, hostInterval);
    }
  }
}
