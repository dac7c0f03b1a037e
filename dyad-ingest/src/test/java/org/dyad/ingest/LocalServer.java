package org.dyad.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on 127.0.0.1 at a free port, for fetch tests; no outside network. Handlers run
 * on their own daemon threads, so one slow handler does not hold up the others.
 */
final class LocalServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "local-server");
    t.setDaemon(true);
    return t;
  });

  LocalServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(threads);
    server.start();
  }

  /** Serves {@code path} (and below) with the handler. */
  LocalServer on(String path, HttpHandler handler) {
    server.createContext(path, handler);
    return this;
  }

  /** {@code http://127.0.0.1:PORT}. */
  String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  static void send(HttpExchange ex, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", type);
    ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  static void redirect(HttpExchange ex, String location) throws IOException {
    ex.getResponseHeaders().add("Location", location);
    send(ex, 302, "text/plain", "");
  }

  /** An RSS 2.0 feed of entries that carry only a title and a link, so their pages are fetched. */
  static String rss(String... links) {
    StringBuilder items = new StringBuilder();
    int n = 0;
    for (String link : links) {
      items.append("<item><title>Entry ").append(++n).append("</title><link>").append(link)
          .append("</link></item>\n");
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
        + "<title>Test feed</title><link>https://herald.example/</link><description>d</description>\n"
        + items + "</channel></rss>\n";
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
