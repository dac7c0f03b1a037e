package org.dyad.store.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Fuzzes the API's filter parameters ({@link EventFilter#parse}, behind {@code /api/events},
 * {@code /api/timeline}, {@code /api/network} and the export). The input is UTF-8 text, one
 * {@code name=value} per line, names taken modulo the parameter list when they are not one of
 * them (so every input sets parameters). The contract: a filter whose SQL has as many {@code ?} as
 * parameters, or an {@link IllegalArgumentException} (the API's 400) whose message starts with the
 * bad parameter's name; nothing else.
 */
final class EventFilterFuzzTest {
  @FuzzTest(maxDuration = "90s")
  void parse(byte[] data) {
    Map<String, String> params = new HashMap<>();
    for (String line : new String(data, StandardCharsets.UTF_8).split("\n", -1)) {
      int eq = line.indexOf('=');
      String name = eq < 0 ? line : line.substring(0, eq);
      if (!EventFilter.PARAMETERS.contains(name)) {
        name = EventFilter.PARAMETERS.get(Math.floorMod(name.hashCode(), EventFilter.PARAMETERS.size()));
      }
      params.put(name, eq < 0 ? "" : line.substring(eq + 1));
    }
    EventFilter filter;
    try {
      filter = EventFilter.parse(params::get);
    } catch (IllegalArgumentException e) {
      String message = e.getMessage();
      assertTrue(EventFilter.PARAMETERS.stream().anyMatch(p -> message.startsWith(p + ": ")), message);
      return;
    }
    EventFilter.Sql sql = filter.where();
    long marks = sql.condition().chars().filter(c -> c == '?').count();
    assertEquals(marks, sql.params().size(), sql.condition());
  }
}
