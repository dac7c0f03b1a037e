package org.dyad.ingest;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Decides whether the crawler may request a URL, so that a hostile page, feed or redirect cannot
 * point Dyad at the user's own network (routers, admin pages, cloud metadata, local services).
 *
 * <p><b>Typed versus found.</b> A URL the user chose is always fetched: one typed on the command line,
 * and a link in a file or folder the user gave (a saved feed on disk is the user's own input). The
 * user's choice also covers its <em>origin</em> (scheme, host and port): redirects and feed links that
 * stay on that origin reach nothing the user did not already point at. Everything else is
 * <em>found</em>: a redirect to another origin, and a link in content fetched over HTTP (a feed's
 * entries); before it is requested its host is resolved and every address checked.
 *
 * <p><b>Private addresses.</b> Loopback, link-local, site-local (10/8, 172.16/12, 192.168/16), any-local
 * (0.0.0.0/8, ::), multicast, carrier-grade NAT (100.64/10) and IPv6 unique-local (fc00::/7) addresses
 * count as private; an IPv4-mapped IPv6 address counts as its IPv4 address. Takes whether private
 * addresses are allowed ({@link IngestConfig#allowPrivateAddresses()}, default {@code false}): by
 * default a found URL with any private address is refused; when allowed (intranet crawls) it is
 * refused only when it comes from a public address, since a public page has no business sending the
 * crawler into the network it runs in.
 *
 * <p>Gives {@code null} for a URL that may be fetched, else the reason, naming both URLs. The check
 * resolves the name itself and the HTTP client resolves it again; a DNS answer that changes in
 * between (rebinding) is not caught. Immutable and thread-safe.
 */
public final class PrivateAddressGuard {
  private final boolean allowPrivate;

  /** Makes a guard; {@code allowPrivate} lets found URLs reach private addresses from private ones. */
  public PrivateAddressGuard(boolean allowPrivate) {
    this.allowPrivate = allowPrivate;
  }

  /**
   * Why {@code target} must not be requested, or {@code null} when it may be.
   *
   * @param target        the URL about to be requested
   * @param trustedOrigin the origin ({@link #origin(URI)}) of the URL the user chose, or {@code null}
   * @param from          the URL that redirected or linked to {@code target}; {@code null} when the
   *                      user chose {@code target} itself
   */
  public String refusal(URI target, String trustedOrigin, URI from) {
    if (from == null || origin(target).equals(trustedOrigin)) {
      return null;
    }
    String host = target.getHost();
    if (host == null) {
      return "refused " + target + " (from " + from + "): no host";
    }
    InetAddress hit;
    try {
      hit = firstPrivate(InetAddress.getAllByName(host));
    } catch (UnknownHostException e) {
      return "cannot resolve " + host + " for " + target + " (from " + from + ")";
    }
    if (hit == null) {
      return null;
    }
    String address = hit.getHostAddress();
    String what = "refused " + target + " (from " + from + "): " + host
        + (address.equals(host) ? " is a " : " resolves to " + address + ", a ") + kind(hit)
        + " address";
    if (!allowPrivate) {
      return what + "; redirects and fetched links reach private addresses only with "
          + IngestConfig.ALLOW_PRIVATE_OPTION;
    }
    if (!isPrivateHost(from.getHost())) {
      return what + ", and a public address never leads to a private one";
    }
    return null;
  }

  /** {@code scheme://host:port}, lower case, with the scheme's default port filled in. */
  public static String origin(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    return scheme + "://" + host + ":" + port;
  }

  /** Whether a host has a private address; one that does not resolve counts as public (stricter). */
  private static boolean isPrivateHost(String host) {
    try {
      return host != null && firstPrivate(InetAddress.getAllByName(host)) != null;
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static InetAddress firstPrivate(InetAddress[] addresses) {
    for (InetAddress a : addresses) {
      if (kind(a) != null) {
        return a;
      }
    }
    return null;
  }

  /** Whether the crawler must not reach this address unasked. */
  static boolean isPrivate(InetAddress address) {
    return kind(address) != null;
  }

  /** The kind of private address, or {@code null} for a public one. */
  static String kind(InetAddress address) {
    InetAddress a = unmapped(address);
    byte[] b = a.getAddress();
    if (a.isLoopbackAddress()) {
      return "loopback";
    }
    if (a.isAnyLocalAddress() || (a instanceof Inet4Address && b[0] == 0)) {
      // 0.0.0.0/8 reaches the local machine on Linux.
      return "any-local";
    }
    if (a.isLinkLocalAddress()) {
      return "link-local";
    }
    if (a.isSiteLocalAddress()) {
      return "private";
    }
    if (a.isMulticastAddress()) {
      return "multicast";
    }
    if (a instanceof Inet4Address && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64) {
      return "carrier-grade NAT";
    }
    if (a instanceof Inet6Address && (b[0] & 0xfe) == 0xfc) {
      return "unique-local";
    }
    return null;
  }

  /** ::ffff:a.b.c.d as a.b.c.d, so that a mapped loopback address is seen as loopback. */
  private static InetAddress unmapped(InetAddress a) {
    byte[] b = a.getAddress();
    if (a instanceof Inet6Address && b.length == 16) {
      boolean mapped = b[10] == (byte) 0xff && b[11] == (byte) 0xff;
      for (int i = 0; i < 10 && mapped; i++) {
        mapped = b[i] == 0;
      }
      if (mapped) {
        try {
          return InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
        } catch (UnknownHostException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return a;
  }
}
