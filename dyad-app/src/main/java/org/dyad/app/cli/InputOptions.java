package org.dyad.app.cli;

import org.dyad.ingest.ArticleSource;
import org.dyad.ingest.IngestConfig;
import org.dyad.ingest.InputFormat;
import picocli.CommandLine.Option;

/**
 * How inputs are read ({@code --input-format}, {@code --max-bytes}, {@code --fetch-deadline},
 * {@code --allow-private-addresses}), mixed
 * into analyze and ingest; gives the {@link ArticleSource} built once at start-up. Defaults are
 * {@link IngestConfig#defaults()}'s.
 */
public final class InputOptions {
  @Option(names = "--input-format", defaultValue = "AUTO",
      description = "How to read inputs: AUTO (by name and content), TEXT, HTML, JSONL, WARC or FEED (RSS/Atom).")
  InputFormat inputFormat = InputFormat.AUTO;

  @Option(names = "--max-bytes", defaultValue = "" + IngestConfig.DEFAULT_MAX_BYTES, converter = Positive.class,
      description = "Largest document read, in bytes. Default: ${DEFAULT-VALUE}.")
  long maxBytes = IngestConfig.DEFAULT_MAX_BYTES;

  @Option(names = "--fetch-deadline", paramLabel = "SECONDS", converter = Positive.class,
      description = "Most seconds one URL fetch may take, redirects and the whole body included. "
          + "Default: ${DEFAULT-VALUE}.")
  long fetchDeadlineSeconds = IngestConfig.DEFAULT_FETCH_DEADLINE.toSeconds();

  /** Reads a whole number of 1 or more, so a bad value is a usage error, not a stack trace. */
  static final class Positive implements picocli.CommandLine.ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      long n;
      try {
        n = Long.parseLong(value.strip());
      } catch (NumberFormatException e) {
        throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a whole number");
      }
      if (n < 1) {
        throw new picocli.CommandLine.TypeConversionException("must be 1 or more, was " + value);
      }
      return n;
    }
  }

  @Option(names = IngestConfig.ALLOW_PRIVATE_OPTION,
      description = "Let redirects and links in fetched feeds reach loopback, link-local, private and "
          + "multicast addresses (intranet crawls); a public page still never leads to a private one. "
          + "URLs given as inputs are always fetched.")
  boolean allowPrivateAddresses;

  /** The source these options give; its warnings (a date it cannot read ...) go to {@code warnings}. */
  public ArticleSource source(java.util.function.Consumer<String> warnings) {
    return source(warnings, java.time.Duration.ZERO);
  }

  /**
   * The source these options give, spacing requests to one host by {@code hostInterval} (a watch's
   * politeness); its warnings go to {@code warnings}.
   */
  public ArticleSource source(java.util.function.Consumer<String> warnings, java.time.Duration hostInterval) {
    return new ArticleSource(IngestConfig.defaults().withMaxBytes(maxBytes).withFormat(inputFormat)
        .withFetchDeadline(java.time.Duration.ofSeconds(fetchDeadlineSeconds))
        .withAllowPrivateAddresses(allowPrivateAddresses).withHostInterval(hostInterval), warnings);
  }
}
