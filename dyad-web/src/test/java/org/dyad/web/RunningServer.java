package org.dyad.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.dyad.store.Store;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * {@code dyad serve} on 127.0.0.1 and a free port over a read-only store of {@link Reports}, for a
 * whole test class; register it as a static {@code @RegisterExtension} field.
 */
final class RunningServer implements BeforeAllCallback, AfterAllCallback {
  static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newHttpClient();
  private Path dir;
  private Store store;
  private DyadServer server;

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    dir = Files.createTempDirectory("dyad-web-test");
    Reports.write(dir);
    store = Store.open(dir, true);
    server = DyadServer.start(store, new ServeConfig("127.0.0.1", 0, 2));
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    server.close();
    store.close();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** The port the server listens on, on 127.0.0.1. */
  int port() {
    return server.port();
  }

  /** GET of a path with its query (already encoded). */
  HttpResponse<String> get(String pathAndQuery) {
    HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery))
        .GET().build();
    try {
      return http.send(req, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(pathAndQuery + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The JSON body of a GET that must answer with this status and as JSON. */
  JsonNode json(String pathAndQuery, int status) {
    HttpResponse<String> r = get(pathAndQuery);
    assertEquals(status, r.statusCode(), pathAndQuery + " → " + r.body());
    assertEquals("application/json", r.headers().firstValue("Content-Type").orElse("").split(";")[0],
        pathAndQuery + " → " + r.body());
    try {
      return JSON.readTree(r.body());
    } catch (IOException e) {
      throw new IllegalStateException(pathAndQuery + " gave no JSON: " + r.body(), e);
    }
  }

  /** The JSON body of a GET that must succeed. */
  JsonNode json(String pathAndQuery) {
    return json(pathAndQuery, 200);
  }

  /** The stored id of an article by its input id. */
  long articleId(String docId) {
    for (JsonNode a : json("/api/articles?size=500").get("articles")) {
      if (json("/api/articles/" + a.get("id").asLong()).get("source").asText().equals("inbox/" + docId
          + ".html")) {
        return a.get("id").asLong();
      }
    }
    throw new IllegalStateException("no article " + docId);
  }

  /** The id of the one event the filters of this query select. */
  long onlyEventId(String query) {
    JsonNode events = json("/api/events?" + query).get("events");
    assertEquals(1, events.size(), query);
    return events.get(0).get("id").asLong();
  }
}
