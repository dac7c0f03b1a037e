package org.dyad.web;

import io.javalin.http.ForbiddenResponse;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses requests whose {@code Host} header names another machine while the server listens on a
 * loopback address: a page on some web site that rebinds its own name to 127.0.0.1 would otherwise
 * read the store through the visitor's browser. Any host is accepted when the server was bound to a
 * non-loopback address on purpose.
 */
final class HostCheck {
  private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]", "::1");
  private final boolean active;
  private final String bound;

  HostCheck(String boundHost) {
    this.bound = boundHost.toLowerCase(Locale.ROOT);
    this.active = LOOPBACK.contains(bound);
  }

  /** Throws a 403 for a foreign host name; a missing header (HTTP/1.0) passes. */
  void check(String hostHeader) {
    if (!active || hostHeader == null) {
      return;
    }
    String host = hostHeader.toLowerCase(Locale.ROOT).strip();
    int colon = host.lastIndexOf(':');
    if (colon > 0 && host.indexOf(']') < colon) {
      host = host.substring(0, colon);
    }
    if (!LOOPBACK.contains(host) && !host.equals(bound)) {
      throw new ForbiddenResponse("host " + hostHeader + " is not this server (it serves 127.0.0.1 only)");
    }
  }
}
