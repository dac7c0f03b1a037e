package org.dyad.ingest;

import java.net.ConnectException;
import java.net.URI;
import java.util.Locale;

/**
 * Why a connection failed, for {@link UrlFetcher}. Java's HTTP client throws a
 * {@code ConnectException} without a message when the port refuses, which read as a bare
 * "ConnectException"; it is said as "connection refused: HOST:PORT (fetching URL)", with the page a
 * redirect led to when it was not the URL asked for.
 */
final class ConnectFailure {
  private ConnectFailure() {}

  /** The reason for {@code uri} (reached while fetching {@code url}) refusing with {@code e}. */
  static String of(URI uri, String url, ConnectException e) {
    int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    String where = uri.getHost() + ":" + port;
    String detail = null;
    for (Throwable t = e; t != null && detail == null; t = t.getCause()) {
      detail = t.getMessage() == null || t.getMessage().isBlank() ? null : t.getMessage();
    }
    String what = detail == null || detail.toLowerCase(Locale.ROOT).contains("refused")
        ? "connection refused: " + where : "cannot connect to " + where + ": " + detail;
    return uri.toString().equals(url) ? what + " (fetching " + url + ")"
        : what + " (fetching " + url + ", redirected to " + uri + ")";
  }
}
