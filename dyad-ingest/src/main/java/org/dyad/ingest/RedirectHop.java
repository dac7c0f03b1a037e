package org.dyad.ingest;

import java.net.URI;
import java.util.Locale;

/**
 * One redirect that {@link UrlFetcher} may follow: where a response's {@code Location} leads, or why
 * it is not followed. Only web URLs are followed, and never from HTTPS down to HTTP; the address the
 * hop reaches is checked afterwards, like every hop, by the {@link PrivateAddressGuard}.
 *
 * @param next    the URL to request next, {@code null} when refused
 * @param refusal {@code null} when followed, else a sentence naming both URLs
 */
record RedirectHop(URI next, String refusal) {
  /** Whether a status asks the client to go elsewhere (with a {@code Location} header). */
  static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  /** The hop from {@code from} to its {@code Location} header's value, resolved against it. */
  static RedirectHop of(URI from, String location) {
    URI next;
    try {
      next = from.resolve(location.strip());
    } catch (IllegalArgumentException e) {
      return refused("bad redirect from " + from + " to " + location);
    }
    String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return refused("redirect from " + from + " to a non-web URL refused: " + next);
    }
    if ("https".equalsIgnoreCase(from.getScheme()) && scheme.equals("http")) {
      return refused("redirect from HTTPS to HTTP refused: " + from + " to " + next);
    }
    return new RedirectHop(next, null);
  }

  private static RedirectHop refused(String reason) {
    return new RedirectHop(null, reason);
  }
}
