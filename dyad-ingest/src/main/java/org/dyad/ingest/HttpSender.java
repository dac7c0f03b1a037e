package org.dyad.ingest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends one GET request for {@link UrlFetcher} and waits for its response within a deadline.
 *
 * <p>Takes the connect and header timeout and the size limit. {@link #send} adds the validators of a
 * conditional GET when given ({@code If-None-Match}, {@code If-Modified-Since}), reads a 2xx body up
 * to the limit ({@link CappedBodySubscriber}; one bigger is given with {@code limit + 1} bytes, other
 * statuses and bodies declared too large with none), never follows redirects (the fetcher does, so
 * that each hop shares one deadline) and throws {@link TimeoutException} when the deadline passes.
 * Thread-safe: the JDK client is built on first use and shared.
 */
final class HttpSender {
  private final Duration timeout;
  private final long maxBytes;
  private volatile HttpClient client;

  HttpSender(Duration timeout, long maxBytes) {
    this.timeout = timeout;
    this.maxBytes = maxBytes;
  }

  /**
   * One request, headers and body, within what is left of the deadline. The request's own timeout
   * only covers the wait for the headers; the deadline is what bounds a trickling body.
   *
   * @param endNanos    the deadline, as {@link System#nanoTime()}
   * @param conditional the validators to send, {@code null} for a plain GET
   */
  HttpResponse<byte[]> send(URI uri, long endNanos, WatchState.Validators conditional)
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
      return new CappedBodySubscriber(wanted ? maxBytes : -1);
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
}
