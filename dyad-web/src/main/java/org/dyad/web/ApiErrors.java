package org.dyad.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.dyad.store.StoreException;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes every error the server gives a JSON object {@code {"error": "..."}} with the
 * {@link SecurityHeaders}, wherever it arises: a bad parameter (400, the message names it), a
 * refused Host (403), an unknown endpoint (404), a store failure (500, its message), any other
 * exception (500, a fixed message: the details go to the log, not to the client), and the errors
 * Jetty answers before any handler runs (400 for a malformed request, 414 for an overlong URL, 431
 * for overlong headers), which would otherwise be HTML pages without the headers.
 */
final class ApiErrors {
  private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private ApiErrors() {}

  /** Puts the JSON error handler into Jetty, for the errors it answers itself. */
  static void configure(JavalinConfig cfg) {
    cfg.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
    cfg.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new JsonErrorHandler()));
  }

  /** Maps exceptions from handlers to JSON answers, and an unknown {@code /api} path to a JSON 404. */
  static void register(Javalin app) {
    app.exception(IllegalArgumentException.class, (e, ctx) ->
        ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("error", String.valueOf(e.getMessage()))));
    app.exception(StoreException.class, (e, ctx) -> {
      LOG.warn("{} {}: {}", ctx.method(), ctx.path(), e.getMessage(), e);
      ctx.status(HttpStatus.INTERNAL_SERVER_ERROR).json(Map.of("error", String.valueOf(e.getMessage())));
    });
    app.exception(HttpResponseException.class, (e, ctx) ->
        ctx.status(e.getStatus()).json(Map.of("error", String.valueOf(e.getMessage()))));
    app.exception(Exception.class, (e, ctx) -> {
      // Not the user's fault and not something to show them: the stack trace is for the log.
      LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
      ctx.status(HttpStatus.INTERNAL_SERVER_ERROR).json(Map.of("error",
          "internal error (" + e.getClass().getSimpleName() + "); the server's log has the details"));
    });
    app.error(HttpStatus.NOT_FOUND, ctx -> {
      // Javalin answers an unknown path in text ("Endpoint GET ... not found"); an unknown id
      // already has its JSON error.
      String type = ctx.res().getContentType();
      if (ctx.path().startsWith("/api/") && (type == null || !type.startsWith("application/json"))) {
        ctx.json(Map.of("error", "no such endpoint: " + ctx.path()));
      }
    });
  }

  /** The body of an error answer. */
  static String body(String message) {
    try {
      return JSON.writeValueAsString(Map.of("error", message));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Jetty's error pages as JSON with the security headers. */
  private static final class JsonErrorHandler extends ErrorHandler {
    JsonErrorHandler() {
      setShowStacks(false);
      setShowServlet(false);
    }

    /** A request Jetty could not parse (bad request line or header, URL or headers too long). */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
      fields.put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
      SecurityHeaders.addTo(fields::put);
      return ByteBuffer.wrap(body(message(status, reason)).getBytes(StandardCharsets.UTF_8));
    }

    /** An error Jetty sends for a request it parsed (through {@code sendError}). */
    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
                                              HttpServletResponse response, int code, String message)
        throws IOException {
      baseRequest.setHandled(true);
      response.setContentType("application/json;charset=utf-8");
      SecurityHeaders.addTo(response::setHeader);
      byte[] bytes = body(message(code, message)).getBytes(StandardCharsets.UTF_8);
      response.setContentLength(bytes.length);
      response.getOutputStream().write(bytes);
    }

    private static String message(int status, String reason) {
      String standard = org.eclipse.jetty.http.HttpStatus.getMessage(status);
      return switch (status) {
        case 414 -> "the URL is too long for this server";
        case 431 -> "the request headers are too large for this server";
        default -> reason == null || reason.isBlank() || reason.equals(standard) ? standard
            : standard + ": " + reason;
      };
    }
  }
}
