package org.dyad.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
 * content first passing the {@link PrivateAddressGuard}, reads at most the limit and then stops, and gives either the {@link Page} or a {@link Failure} whose reason names the
 * URL ({@code "HTTP 404 from ..."}, {@code "connection refused: HOST:PORT (fetching ...)"}, {@code "too many redirects (more than 5): ..."}, {@code "larger than N bytes"},
 * {@code "... not complete within the 60 s fetch deadline"}, {@code "refused ... a loopback address"}). Never throws for network trouble.
 * Thread-safe: the client is built on first use and shared.
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
  private volatile HttpClient client;

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
  }

  /**
   * Fetches an {@code http://} or {@code https://} URL the user chose (typed, or a link in the user's
   * own file): it is requested whatever its address; redirects away from its origin are checked.
   */
  public Result fetch(String url) {
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      return new Failure("bad URL: " + url + " (" + e.getMessage() + ")");
    }
    return fetch(url, uri, PrivateAddressGuard.origin(uri), null, null);
  }

  /**
   * Fetches a URL the user chose, as {@link #fetch(String)} does, but conditionally: with the
   * validators of the last fetch of it ({@code If-None-Match}, {@code If-Modified-Since}) a server may
   * answer {@link Unchanged}; a {@link Page} carries the new validators.
   *
   * @param last the validators the last page of this URL carried, or {@code null}
   */
  public Result fetchIfChanged(String url, WatchState.Validators last) {
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      return new Failure("bad URL: " + url + " (" + e.getMessage() + ")");
    }
    return fetch(url, uri, PrivateAddressGuard.origin(uri), null,
        last == null ? new WatchState.Validators(null, null) : last);
  }

  /**
   * Fetches a link found in a fetched page (a feed's entry): checked like a redirect from that page,
   * unless it stays on the origin the user chose.
   */
  public Result fetchFound(String url, Page foundIn) {
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      return new Failure("bad URL: " + url + " (" + e.getMessage() + ")");
    }
    return fetch(url, uri, foundIn.trustedOrigin(), URI.create(foundIn.finalUrl()), null);
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
        response = send(uri, endNanos, hop == 0 ? conditional : null);
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
      if (isRedirect(status) && location != null) {
        if (hop == MAX_REDIRECTS) {
          return new Failure("too many redirects (more than " + MAX_REDIRECTS + "): " + url);
        }
        URI next;
        try {
          next = uri.resolve(location.strip());
        } catch (IllegalArgumentException e) {
          return new Failure("bad redirect from " + uri + " to " + location);
        }
        String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
          return new Failure("redirect from " + uri + " to a non-web URL refused: " + next);
        }
        if ("https".equalsIgnoreCase(uri.getScheme()) && scheme.equals("http")) {
          return new Failure("redirect from HTTPS to HTTP refused: " + uri + " to " + next);
        }
        from = uri;
        uri = next;
        continue;
      }
      if (status == 304 && conditional != null) {
        return new Unchanged(url);
      }
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
      WatchState.Validators validators = conditional == null ? null : new WatchState.Validators(
          response.headers().firstValue("ETag").orElse(null),
          response.headers().firstValue("Last-Modified").orElse(null));
      return new Page(uri.toString(), mediaType(type), charset(type), bytes, trustedOrigin, validators);
    }
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  /**
   * One request, headers and body, within what is left of the deadline. The request's own timeout
   * only covers the wait for the headers; the deadline is what bounds a trickling body.
   */
  private HttpResponse<byte[]> send(URI uri, long endNanos, WatchState.Validators conditional)
      throws IOException, InterruptedException, TimeoutException {
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
        .timeout(timeout)
        .header("User-Agent", "Dyad/0.1 (news event coder)")
        .header("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5");
    if (conditional != null && conditional.etag() != null) {
      builder.header("If-None-Match", conditional.etag());
    }
    if (conditional != null && conditional.lastModified() != null) {
      builder.header("If-Modified-Since", conditional.lastModified());
    }
    HttpRequest request = builder.GET().build();
    long left = endNanos - System.nanoTime();
    if (left <= 0) {
      throw new TimeoutException();
    }
    CompletableFuture<HttpResponse<byte[]>> future = client().sendAsync(request, info -> {
      boolean wanted = info.statusCode() >= 200 && info.statusCode() <= 299
          && info.headers().firstValueAsLong("Content-Length").orElse(-1) <= maxBytes;
      // Redirects, errors and bodies declared too large are not read at all.
      return new CappedBody(wanted ? maxBytes : -1);
    });
    try {
      return future.get(left, TimeUnit.NANOSECONDS);
    } catch (TimeoutException | InterruptedException e) {
      // Cancelling the exchange closes its connection: the server's trickle stops costing anything.
      future.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof IllegalArgumentException bad) {
        throw bad;
      }
      throw new IOException(cause);
    }
  }

  /**
   * Collects a body up to a cap, then cancels the rest; a cap of -1 reads nothing. A body over the
   * cap is given with {@code cap + 1} bytes, which tells the caller it was cut.
   */
  private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
    private final long cap;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    CappedBody(long cap) {
      this.cap = cap;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      if (cap < 0) {
        s.cancel();
        result.complete(new byte[0]);
      } else {
        s.request(Long.MAX_VALUE);
      }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      if (result.isDone()) {
        return;
      }
      for (ByteBuffer buffer : buffers) {
        int take = (int) Math.min(buffer.remaining(), cap + 1 - bytes.size());
        byte[] chunk = new byte[take];
        buffer.get(chunk);
        bytes.write(chunk, 0, take);
        if (bytes.size() > cap) {
          subscription.cancel();
          result.complete(bytes.toByteArray());
          return;
        }
      }
    }

    @Override
    public void onError(Throwable t) {
      result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      result.complete(bytes.toByteArray());
    }

    @Override
    public java.util.concurrent.CompletionStage<byte[]> getBody() {
      return result;
    }
  }

  private HttpClient client() {
    HttpClient c = client;
    if (c == null) {
      synchronized (this) {
        c = client;
        if (c == null) {
          // HTTP/1.1: no h2c upgrade dance with plain-HTTP servers; news sites serve it everywhere.
          // Redirects are followed by hand, so that each hop shares the one deadline.
          c = HttpClient.newBuilder()
              .connectTimeout(timeout)
              .followRedirects(HttpClient.Redirect.NEVER)
              .version(HttpClient.Version.HTTP_1_1)
              .build();
          client = c;
        }
      }
    }
    return c;
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
