package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.article.IngestItem;
import org.dyad.model.article.Skipped;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 item 10: the reasons a file or a fetch fails say what happened and where, once, in a
 * person's words; real files and a real HTTP server on 127.0.0.1.
 */
class ReadProblemMessagesTest {
  private static final ArticleSource SOURCE = new ArticleSource(
      IngestConfig.defaults().withHttpTimeout(Duration.ofSeconds(5)));

  @TempDir
  Path tmp;

  private static IngestItem one(String input) {
    List<IngestItem> items = new ArrayList<>();
    SOURCE.read(input, items::add);
    assertEquals(1, items.size(), items.toString());
    return items.get(0);
  }

  @Test
  void aFileThatMayNotBeReadIsAPermissionDenied() throws IOException {
    Path dir = Files.createDirectory(tmp.resolve("inbox"));
    Path file = Files.writeString(dir.resolve("secret.txt"), "Norway and Sweden signed a fisheries accord.");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(file), "running as root: a file without permissions is still readable");
    assertEquals("permission denied: " + file, ((Skipped) one(file.toString())).reason());
    assertEquals("permission denied: " + file, ((Skipped) one(dir.toString())).reason());
  }

  @Test
  void javasFileExceptionsAreSaidInWordsWithThePathOnce() {
    // The JDK's exceptions as the file system throws them: their message is the path alone.
    assertEquals("permission denied: a/b.txt",
        FileReadProblem.of("file", "a/b.txt", new AccessDeniedException("a/b.txt")));
    assertEquals("no such file: a/b.txt", FileReadProblem.of("file", "a/b.txt", new NoSuchFileException("a/b.txt")));
    assertEquals("cannot read folder: a (Input/output error)", FileReadProblem.of("folder", "a",
        new java.nio.file.FileSystemException("a", null, "Input/output error")));
    assertEquals("cannot read file: a (IOException)", FileReadProblem.of("file", "a", new IOException("a")));
  }

  @Test
  void aRefusedConnectionNamesHostAndPort() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    String url = "http://127.0.0.1:" + port + "/news";
    assertEquals("connection refused: 127.0.0.1:" + port + " (fetching " + url + ")",
        ((Skipped) one(url)).reason());
  }

  @Test
  void aRedirectToAClosedPortNamesBothTheUrlAndWhereItLed() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    String target = "http://127.0.0.1:" + port + "/moved";
    ArticleSource lenient = new ArticleSource(IngestConfig.defaults().withHttpTimeout(Duration.ofSeconds(5))
        .withAllowPrivateAddresses(true));
    try (LocalServer server = new LocalServer().on("/old", ex -> LocalServer.redirect(ex, target))) {
      List<IngestItem> items = new ArrayList<>();
      lenient.read(server.base() + "/old", items::add);
      assertEquals("connection refused: 127.0.0.1:" + port + " (fetching " + server.base() + "/old, redirected to "
          + target + ")", ((Skipped) items.get(0)).reason());
    }
  }

  @Test
  void aRedirectLoopIsTooManyRedirectsNotAnHttpStatus() throws IOException {
    try (LocalServer server = new LocalServer().on("/loop", ex -> LocalServer.redirect(ex, "/loop"))) {
      String url = server.base() + "/loop";
      assertEquals("too many redirects (more than 5): " + url, ((Skipped) one(url)).reason());
    }
  }
}
