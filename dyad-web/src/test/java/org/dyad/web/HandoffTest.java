package org.dyad.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.dyad.model.article.Article;
import org.dyad.model.article.IngestItem;
import org.dyad.model.article.Skipped;
import org.dyad.store.Store;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hand-over endpoint of a server that holds its store for writing: the owner-only secret file,
 * refusals without the secret, with a wrong one and from another host, a bad body named by line,
 * the documents arriving as sent, and no endpoint and no file on a read-only server. Real Javalin,
 * DuckDB and HTTP on this machine; the receiver records what it gets instead of analysing it.
 */
class HandoffTest {
  @TempDir
  Path tmp;

  private final HttpClient http = HttpClient.newHttpClient();
  private final List<IngestItem> received = Collections.synchronizedList(new ArrayList<>());
  private final IngestReceiver receiver = (items, date) -> {
    received.addAll(items);
    return Map.of("read", items.size(), "date", String.valueOf(date));
  };

  private HttpResponse<String> post(String url, String secret, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString(body));
    if (secret != null) {
      b.header(HandoffFile.HEADER, secret);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private DyadServer start(Store store, String host) {
    return DyadServer.start(store, new ServeConfig(host, 0, 1), w -> { },
        new org.dyad.store.search.SearchIndex(store, w -> { }), receiver,
        org.dyad.store.export.CountryCodes.NONE);
  }

  @Test
  void documentsArriveWithTheSecretOnlyAndTheFileIsTheOwnersOnly() throws Exception {
    try (Store store = Store.open(tmp.resolve("s"), false)) {
      DyadServer server = start(store, "127.0.0.1");
      HandoffFile file;
      try {
        Path path = store.dir().resolve(HandoffFile.NAME);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(path)));
        file = HandoffFile.read(store.dir());
        assertEquals("http://127.0.0.1:" + server.port() + "/api/ingest", file.url());
        assertFalse(file.toString().contains(file.secret()), "the secret stays out of logs");

        Article a = new Article("a1", "Title", "https://example.org/a", LocalDate.of(2025, 6, 12), "en",
            "Norway and Sweden signed an accord.\nSecond line \"quoted\".", "inbox/a.txt");
        Skipped s = new Skipped("b", null, null, "inbox/b.txt", "empty text");
        String body = IngestItemsJson.line(a) + "\n" + IngestItemsJson.line(s) + "\n";

        HttpResponse<String> none = post(file.url(), null, body);
        assertEquals(401, none.statusCode(), none.body());
        assertTrue(none.body().contains("\"error\""), none.body());
        assertEquals(401, post(file.url(), file.secret() + "x", body).statusCode());
        assertEquals(401, post(file.url(), "", body).statusCode());
        assertTrue(received.isEmpty(), "nothing was taken without the secret");

        HttpResponse<String> bad = post(file.url(), file.secret(), "{\"kind\": \"article\"}\n");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("hand-over line 1: no id"), bad.body());

        HttpResponse<String> ok = post(file.url() + "?date=2025-06-01", file.secret(), body);
        assertEquals(200, ok.statusCode(), ok.body());
        assertTrue(ok.body().contains("\"date\":\"2025-06-01\""), ok.body());
        assertEquals(List.of(a, s), received);

        HttpResponse<String> get = http.send(HttpRequest.newBuilder(URI.create(file.url())).GET().build(),
            HttpResponse.BodyHandlers.ofString());
        assertTrue(get.statusCode() == 404 || get.statusCode() == 405, get.statusCode() + " " + get.body());
      } finally {
        server.close();
      }
      assertNull(HandoffFile.read(store.dir()), "the file goes with the server");
    }
  }

  @Test
  void anotherHostIsRefusedEvenWithTheSecret() throws Exception {
    InetAddress lan = null;
    for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      for (InetAddress addr : Collections.list(nic.getInetAddresses())) {
        if (addr instanceof Inet4Address && !addr.isLoopbackAddress() && nic.isUp()) {
          lan = addr;
        }
      }
    }
    Assumptions.assumeTrue(lan != null, "this machine has no address other than loopback");
    try (Store store = Store.open(tmp.resolve("s"), false)) {
      DyadServer server = start(store, "0.0.0.0");
      try {
        HandoffFile file = HandoffFile.read(store.dir());
        assertNotNull(file, "a wildcard bind takes hand-overs over loopback");
        String fromLan = "http://" + lan.getHostAddress() + ":" + server.port() + "/api/ingest";
        HttpResponse<String> r = post(fromLan, file.secret(), "");
        assertEquals(403, r.statusCode(), r.body());
        assertTrue(r.body().contains("from this machine only"), r.body());
        assertEquals(200, post(file.url(), file.secret(), "").statusCode());
      } finally {
        server.close();
      }
    }
  }

  @Test
  void aReadOnlyServerTakesNothing() throws Exception {
    Store.open(tmp.resolve("s"), false).close();
    try (Store store = Store.open(tmp.resolve("s"), true); DyadServer server = DyadServer.start(store,
        new ServeConfig("127.0.0.1", 0, 1), w -> { })) {
      assertNull(HandoffFile.read(store.dir()));
      HttpResponse<String> r = post("http://127.0.0.1:" + server.port() + "/api/ingest", "x", "");
      assertTrue(r.statusCode() == 404 || r.statusCode() == 405, r.statusCode() + " " + r.body());
    }
  }
}
