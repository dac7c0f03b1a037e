package org.dyad.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The response headers every answer of {@link DyadServer} carries, pages, API answers and errors
 * alike (Jetty's own error pages included, see {@link ApiErrors}): a Content-Security-Policy that
 * allows only the server's own scripts and styles, so even text that slipped into markup could not
 * run; no MIME sniffing, so a JSON answer is never read as HTML; no referrer leaving the machine.
 */
final class SecurityHeaders {
  /** Header name to value, in the order they are set; immutable. */
  static final Map<String, String> VALUES = values();

  private SecurityHeaders() {}

  private static Map<String, String> values() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("X-Content-Type-Options", "nosniff");
    m.put("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self';"
        + " img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'");
    m.put("Referrer-Policy", "no-referrer");
    return java.util.Collections.unmodifiableMap(m);
  }

  /** Sets them on a Javalin answer. */
  static void addTo(Context ctx) {
    VALUES.forEach(ctx::header);
  }

  /** Sets them through any header setter (a servlet response, Jetty's header fields). */
  static void addTo(BiConsumer<String, String> setter) {
    VALUES.forEach(setter);
  }
}
