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

  /**
   * Whether only this machine can reach a server bound to the address: a loopback name or address
   * ({@code 127.0.0.1}, {@code localhost}, {@code ::1}, anything in 127/8). The wildcard
   * {@code 0.0.0.0}, a LAN address or a name that does not resolve are not.
   */
  static boolean loopbackOnly(String boundHost) {
    String h = boundHost.strip().toLowerCase(Locale.ROOT);
    if (LOOPBACK.contains(h)) {
      return true;
    }
    try {
      return java.net.InetAddress.getByName(h.startsWith("[") ? h.substring(1, h.length() - 1) : h)
          .isLoopbackAddress();
    } catch (java.net.UnknownHostException e) {
      return false;
    }
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
