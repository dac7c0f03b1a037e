package org.dyad.ingest;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Downloads one web document with the JDK's HTTP client.
 *
 * <p>Takes its settings from an {@link IngestConfig}: the connect and header timeout
 * ({@code httpTimeout}), the total deadline of one fetch ({@code fetchDeadline}: every redirect and
 * the whole body included, so a server that trickles its body cannot stall a batch) and the size
 * limit, and whether private addresses may be reached ({@code allowPrivateAddresses}). Follows up to
 * {@value #MAX_REDIRECTS} redirects (not from HTTPS to HTTP), each hop and each link found in fetched
 * content first passing the {@link PrivateAddressGuard}, reads at most the limit and then stops, and
 * gives either the {@link Page} or a {@link Failure} whose reason names the URL
 * ({@code "HTTP 404 from ..."}, {@code "connection refused: HOST:PORT (fetching ...)"},
 * {@code "too many redirects (more than 5): ..."}, {@code "larger than N bytes"},
 * {@code "... not complete within the 60 s fetch deadline"}, {@code "refused ... a loopback address"}).
 * Never throws for network trouble.
 * Requests go through an {@link HttpSender}, whose JDK client is built on first use and shared;
 * redirects are checked by {@link RedirectHop}. Thread-safe.
 */
public final class UrlFetcher {
  /** The JDK client's own limit when it follows redirects itself. */
  static final int MAX_REDIRECTS = 5;

  private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([^;\"'\\s]+)",
      Pattern.CASE_INSENSITIVE);

  private final Duration timeout;
  private final Duration deadline;
  private final long maxBytes;
  private final PrivateAddressGuard guard;
  private final HostPacer pacer;
  private final HttpSender sender;

  /** The outcome of a fetch. */
  public sealed interface Result permits Page, Failure, Unchanged {
  }

  /** A conditional fetch's answer that the document has not changed since the last one (HTTP 304). */
  public record Unchanged(String url) implements Result {
  }

  /**
   * A downloaded document.
   *
   * @param finalUrl    the URL after redirects
   * @param contentType the media type, lower case, without parameters; empty when not sent
   * @param charset     the charset parameter of the Content-Type header, or {@code null}
   * @param body        the bytes, at most the size limit
   * @param trustedOrigin the origin the user chose ({@link PrivateAddressGuard#origin}), which links
   *                    found in this page may reach unchecked
   */
  public record Page(String finalUrl, String contentType, String charset, byte[] body,
                     String trustedOrigin, WatchState.Validators validators) implements Result {
    /** A page without validators. */
    public Page(String finalUrl, String contentType, String charset, byte[] body, String trustedOrigin) {
      this(finalUrl, contentType, charset, body, trustedOrigin, null);
    }
  }

  /** A fetch that gave no document, and why, in a sentence naming the URL. */
  public record Failure(String reason) implements Result {
  }

  /** Makes a fetcher with the config's timeout, fetch deadline, size limit and address policy. */
  public UrlFetcher(IngestConfig config) {
    this.timeout = config.httpTimeout();
    this.deadline = config.fetchDeadline();
    this.maxBytes = config.maxBytes();
    this.guard = new PrivateAddressGuard(config.allowPrivateAddresses());
    this.pacer = new HostPacer(config.hostInterval());
    this.sender = new HttpSender(timeout, maxBytes);
  }

  /**
   * Fetches an {@code http://} or {@code https://} URL the user chose (typed, or a link in the user's
   * own file): it is requested whatever its address; redirects away from its origin are checked.
   */
  public Result fetch(String url) {
    return parsed(url, uri -> fetch(url, uri, PrivateAddressGuard.origin(uri), null, null));
  }

  /**
   * Fetches a URL the user chose, as {@link #fetch(String)} does, but conditionally: with the
   * validators of the last fetch of it ({@code If-None-Match}, {@code If-Modified-Since}) a server may
   * answer {@link Unchanged}; a {@link Page} carries the new validators.
   *
   * @param last the validators the last page of this URL carried, or {@code null}
   */
  public Result fetchIfChanged(String url, WatchState.Validators last) {
    WatchState.Validators conditional = last == null ? new WatchState.Validators(null, null) : last;
    return parsed(url, uri -> fetch(url, uri, PrivateAddressGuard.origin(uri), null, conditional));
  }

  /**
   * Fetches a link found in a fetched page (a feed's entry): checked like a redirect from that page,
   * unless it stays on the origin the user chose.
   */
  public Result fetchFound(String url, Page foundIn) {
    return parsed(url, uri -> fetch(url, uri, foundIn.trustedOrigin(), URI.create(foundIn.finalUrl()), null));
  }

  /** What {@code then} gives for the parsed URL, or a failure naming a URL that does not parse. */
  private static Result parsed(String url, Function<URI, Result> then) {
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      return new Failure("bad URL: " + url + " (" + e.getMessage() + ")");
    }
    return then.apply(uri);
  }

  /**
   * Fetches {@code uri}; {@code from} is the page that led to it, {@code null} when typed;
   * {@code conditional} the validators to send, {@code null} for a plain GET.
   */
  private Result fetch(String url, URI uri, String trustedOrigin, URI from, WatchState.Validators conditional) {
    long endNanos = System.nanoTime() + deadline.toNanos();
    for (int hop = 0; ; hop++) {
      String refusal = guard.refusal(uri, trustedOrigin, from);
      if (refusal != null) {
        return new Failure(refusal);
      }
      HttpResponse<byte[]> response;
      try {
        pacer.await(uri.getHost());
        response = sender.send(uri, endNanos, hop == 0 ? conditional : null);
      } catch (IllegalArgumentException e) {
        return new Failure("bad URL: " + uri + " (" + e.getMessage() + ")");
      } catch (TimeoutException e) {
        return new Failure("gave up on " + url + ": not complete within the "
            + seconds(deadline) + " fetch deadline");
      } catch (HttpConnectTimeoutException e) {
        return new Failure("cannot connect to " + url + ": timed out after " + seconds(timeout));
      } catch (HttpTimeoutException e) {
        return new Failure("timed out after " + seconds(timeout) + " fetching " + url);
      } catch (ConnectException e) {
        return new Failure(ConnectFailure.of(uri, url, e));
      } catch (IOException e) {
        return new Failure("cannot fetch " + url + ": " + describe(e));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new Failure("interrupted while fetching " + url);
      }
      int status = response.statusCode();
      String location = response.headers().firstValue("Location").orElse(null);
      if (RedirectHop.isRedirect(status) && location != null) {
        if (hop == MAX_REDIRECTS) {
          return new Failure("too many redirects (more than " + MAX_REDIRECTS + "): " + url);
        }
        RedirectHop next = RedirectHop.of(uri, location);
        if (next.refusal() != null) {
          return new Failure(next.refusal());
        }
        from = uri;
        uri = next.next();
        continue;
      }
      if (status == 304 && conditional != null) {
        return new Unchanged(url);
      }
      return page(url, uri, response, trustedOrigin, conditional != null);
    }
  }

  /** The page a final (not redirecting) response gives, or why it gives none. */
  private Result page(String url, URI uri, HttpResponse<byte[]> response, String trustedOrigin,
                      boolean conditional) {
    int status = response.statusCode();
    if (status < 200 || status > 299) {
      return new Failure("HTTP " + status + " from " + url);
    }
    long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
    if (declared > maxBytes) {
      return new Failure("larger than " + maxBytes + " bytes (" + declared + ") at " + url);
    }
    byte[] bytes = response.body();
    if (bytes.length > maxBytes) {
      return new Failure("larger than " + maxBytes + " bytes at " + url);
    }
    String type = response.headers().firstValue("Content-Type").orElse("");
    WatchState.Validators validators = conditional ? new WatchState.Validators(
        response.headers().firstValue("ETag").orElse(null),
        response.headers().firstValue("Last-Modified").orElse(null)) : null;
    return new Page(uri.toString(), mediaType(type), charset(type), bytes, trustedOrigin, validators);
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }

  /** The JDK often leaves the message on the cause (e.g. "Connection refused"). */
  private static String describe(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        return t.getMessage();
      }
    }
    return e.getClass().getSimpleName();
  }

  static String mediaType(String contentType) {
    int semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
  }

  static String charset(String contentType) {
    Matcher m = CHARSET.matcher(contentType);
    return m.find() ? m.group(1) : null;
  }
}
