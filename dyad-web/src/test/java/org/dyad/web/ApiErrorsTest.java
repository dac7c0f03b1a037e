package org.dyad.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every error of the server is JSON with the security headers, whoever answers it: the Host check,
 * Javalin's routing, Jetty's request parser, an exception nobody expected. Over real HTTP.
 */
class ApiErrorsTest {
  @RegisterExtension
  static final RunningServer SERVER = new RunningServer();

  /** The error message of an answer that must be this status, JSON, and carry every security header. */
  private static String jsonError(RawHttp r, int status) throws IOException {
    assertEquals(status, r.status(), r.body());
    assertEquals("application/json", String.valueOf(r.header("Content-Type")).split(";")[0].strip(), r.body());
    for (Map.Entry<String, String> h : SecurityHeaders.VALUES.entrySet()) {
      assertEquals(h.getValue(), r.header(h.getKey()), h.getKey() + " on a " + status);
    }
    JsonNode body = RunningServer.JSON.readTree(r.body());
    assertTrue(body.hasNonNull("error"), r.body());
    return body.get("error").asText();
  }

  private static RawHttp get(String target, String... headerLines) {
    StringBuilder req = new StringBuilder("GET " + target + " HTTP/1.1\r\n");
    for (String h : headerLines) {
      req.append(h).append("\r\n");
    }
    return RawHttp.send(SERVER.port(), req.append("Connection: close\r\n\r\n").toString());
  }

  /**
   * The API is read-only: only GET routes exist, so a method that would write finds nothing to
   * answer it, and says so in JSON like any other error.
   */
  @Test
  void aWritingMethodFindsNoRouteAndChangesNothing() throws IOException {
    String before = SERVER.json("/api/stats").toString();
    for (String method : new String[] {"POST", "PUT", "DELETE", "PATCH"}) {
      RawHttp r = RawHttp.send(SERVER.port(), method + " /api/articles/1 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          + "Content-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
      jsonError(r, r.status() == 405 ? 405 : 404);
    }
    assertEquals(before, SERVER.json("/api/stats").toString());
  }

  @Test
  void aRefusedHostIsAJson403WithTheHeaders() throws IOException {
    String message = jsonError(get("/api/stats", "Host: attacker.example:7070"), 403);
    assertTrue(message.contains("attacker.example"), message);
  }

  @Test
  void aMalformedRequestIsAJson400WithTheHeaders() throws IOException {
    jsonError(get("/api/stats", "Host: 127.0.0.1", "This line is no header"), 400);
  }

  @Test
  void anOverlongUrlIsAJson414WithTheHeaders() throws IOException {
    String message = jsonError(get("/api/events?text=" + "x".repeat(20_000), "Host: 127.0.0.1"), 414);
    assertTrue(message.contains("URL"), message);
  }

  @Test
  void anUnknownEndpointIsAJson404WithTheHeaders() throws IOException {
    jsonError(get("/api/nothing", "Host: 127.0.0.1"), 404);
  }

  @Test
  void aBadParameterIsAJson400WithTheHeaders() throws IOException {
    assertTrue(jsonError(get("/api/events?size=many", "Host: 127.0.0.1"), 400).startsWith("size"));
  }

  @Test
  void anUnexpectedExceptionIsAJson500ThatKeepsItsDetailsToTheLog() throws IOException {
    Javalin app = Javalin.create(cfg -> {
      cfg.showJavalinBanner = false;
      ApiErrors.configure(cfg);
    });
    app.before(SecurityHeaders::addTo);
    ApiErrors.register(app);
    app.get("/api/boom", ctx -> {
      throw new IllegalStateException("secret /home/user/path");
    });
    app.start("127.0.0.1", 0);
    try {
      RawHttp r = RawHttp.send(app.port(), "GET /api/boom HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
      String message = jsonError(r, 500);
      assertFalse(message.contains("secret"), message);
    } finally {
      app.stop();
    }
  }
}
