package org.dyad.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An HTTP/1.1 exchange written byte by byte on a socket to 127.0.0.1, for requests that
 * {@link java.net.http.HttpClient} will not send: a foreign {@code Host}, a malformed header, an
 * overlong URL. The request should ask for {@code Connection: close}; the answer is read to the end.
 */
record RawHttp(int status, Map<String, String> headers, String body) {
  /** Sends the request text (lines ending in CRLF, ending with an empty line) and reads the answer. */
  static RawHttp send(int port, String request) {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      return parse(readAll(socket.getInputStream()));
    } catch (IOException e) {
      throw new IllegalStateException("127.0.0.1:" + port + ": " + e.getMessage(), e);
    }
  }

  private static String readAll(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    in.transferTo(out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static RawHttp parse(String answer) {
    int end = answer.indexOf("\r\n\r\n");
    if (end < 0) {
      throw new IllegalStateException("not an HTTP answer: " + answer);
    }
    String[] lines = answer.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
    }
    String body = answer.substring(end + 4);
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      body = unchunk(body);
    }
    return new RawHttp(status, headers, body);
  }

  private static String unchunk(String chunked) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    while (true) {
      int nl = chunked.indexOf("\r\n", at);
      int size = Integer.parseInt(chunked.substring(at, nl).split(";")[0].strip(), 16);
      if (size == 0) {
        return out.toString();
      }
      // Sizes count bytes; the test bodies are ASCII JSON, where bytes and chars agree.
      out.append(chunked, nl + 2, nl + 2 + size);
      at = nl + 2 + size + 2;
    }
  }

  /** A header of the answer by its name in any case, or null. */
  String header(String name) {
    return headers.get(name.toLowerCase(Locale.ROOT));
  }
}
