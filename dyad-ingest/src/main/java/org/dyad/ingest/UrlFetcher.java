package org.dyad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Downloads one web document with the JDK's HTTP client.
 *
 * <p>Takes a timeout (used both to connect and for the whole request) and a size limit. Follows
 * redirects (not from HTTPS to HTTP), reads at most the limit and then stops, and gives either the
 * {@link Page} or a {@link Failure} whose reason names the URL ({@code "HTTP 404 from ..."},
 * {@code "cannot connect to ...: ..."}, {@code "larger than N bytes"}). Never throws for network
 * trouble. Thread-safe: the client is built on first use and shared.
 */
public final class UrlFetcher {
  private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([^;\"'\\s]+)",
      Pattern.CASE_INSENSITIVE);

  private final Duration timeout;
  private final long maxBytes;
  private volatile HttpClient client;

  /** The outcome of a fetch. */
  public sealed interface Result permits Page, Failure {
  }

  /**
   * A downloaded document.
   *
   * @param finalUrl    the URL after redirects
   * @param contentType the media type, lower case, without parameters; empty when not sent
   * @param charset     the charset parameter of the Content-Type header, or {@code null}
   * @param body        the bytes, at most the size limit
   */
  public record Page(String finalUrl, String contentType, String charset, byte[] body)
      implements Result {
  }

  /** A fetch that gave no document, and why, in a sentence naming the URL. */
  public record Failure(String reason) implements Result {
  }

  /**
   * Makes a fetcher.
   *
   * @param timeout  connect and request timeout
   * @param maxBytes largest body accepted
   */
  public UrlFetcher(Duration timeout, long maxBytes) {
    this.timeout = timeout;
    this.maxBytes = maxBytes;
  }

  /** Fetches an {@code http://} or {@code https://} URL. */
  public Result fetch(String url) {
    HttpRequest request;
    try {
      request = HttpRequest.newBuilder(URI.create(url))
          .timeout(timeout)
          .header("User-Agent", "Dyad/0.1 (news event coder)")
          .header("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5")
          .GET().build();
    } catch (IllegalArgumentException e) {
      return new Failure("bad URL: " + url + " (" + e.getMessage() + ")");
    }
    try {
      HttpResponse<InputStream> response =
          client().send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        int status = response.statusCode();
        if (status < 200 || status > 299) {
          return new Failure("HTTP " + status + " from " + url);
        }
        long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > maxBytes) {
          return new Failure("larger than " + maxBytes + " bytes (" + declared + ") at " + url);
        }
        byte[] bytes = body.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
        if (bytes.length > maxBytes) {
          return new Failure("larger than " + maxBytes + " bytes at " + url);
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        return new Page(response.uri().toString(), mediaType(type), charset(type), bytes);
      }
    } catch (HttpConnectTimeoutException e) {
      return new Failure("cannot connect to " + url + ": timed out after " + seconds());
    } catch (HttpTimeoutException e) {
      return new Failure("timed out after " + seconds() + " fetching " + url);
    } catch (ConnectException e) {
      return new Failure("cannot connect to " + url + ": " + describe(e));
    } catch (IOException e) {
      return new Failure("cannot fetch " + url + ": " + describe(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Failure("interrupted while fetching " + url);
    }
  }

  private HttpClient client() {
    HttpClient c = client;
    if (c == null) {
      synchronized (this) {
        c = client;
        if (c == null) {
          // HTTP/1.1: no h2c upgrade dance with plain-HTTP servers; news sites serve it everywhere.
          c = HttpClient.newBuilder()
              .connectTimeout(timeout)
              .followRedirects(HttpClient.Redirect.NORMAL)
              .version(HttpClient.Version.HTTP_1_1)
              .build();
          client = c;
        }
      }
    }
    return c;
  }

  private String seconds() {
    return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
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
