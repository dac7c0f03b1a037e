package org.dyad.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Where a server that takes hand-overs tells a {@code dyad ingest} of another process how to reach
 * it: {@code ingest-handoff.json} in the store's folder, {@code {"url": ..., "secret": ...}}, readable
 * and writable by its owner only (POSIX 600, set when the file is made, before the secret is in it).
 * Whoever can read the file could run the ingest themselves (they can read the store too); anyone
 * else cannot guess the 256-bit secret. The server deletes the file when it stops; a file left by a
 * server that died names a port nobody answers, and the ingest then waits for the store instead.
 *
 * @param url    the hand-over endpoint on a loopback address
 * @param secret the value the {@value #HEADER} header must carry
 */
public record HandoffFile(String url, String secret) {
  /** The file's name in the store folder. */
  public static final String NAME = "ingest-handoff.json";
  /** The request header carrying the secret. */
  public static final String HEADER = "X-Dyad-Ingest-Secret";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A new random secret for the endpoint at {@code url}. */
  static HandoffFile create(String url) {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return new HandoffFile(url, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  /**
   * Writes the file into a store folder, owner-only from the start.
   *
   * @throws IOException when the folder cannot take it, or its file system has no POSIX permissions
   *                     (the secret would be readable by others)
   */
  void write(Path storeDir) throws IOException {
    Path tmp;
    try {
      tmp = Files.createTempFile(storeDir, ".handoff", ".tmp",
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException e) {
      throw new IOException("the file system of " + storeDir + " has no POSIX permissions to keep a secret");
    }
    try {
      Files.writeString(tmp, JSON.createObjectNode().put("url", url).put("secret", secret).toString(),
          StandardCharsets.UTF_8);
      try {
        Files.move(tmp, storeDir.resolve(NAME), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, storeDir.resolve(NAME), StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Deletes the file if it is this one's (a newer server may have replaced it). */
  void delete(Path storeDir) {
    try {
      HandoffFile found = read(storeDir);
      if (found != null && found.secret().equals(secret)) {
        Files.deleteIfExists(storeDir.resolve(NAME));
      }
    } catch (IOException e) {
      // Stopping: a stale file only makes an ingest fail to connect and wait.
    }
  }

  /** The hand-over file of a store folder, or {@code null} when there is none or it cannot be read. */
  public static HandoffFile read(Path storeDir) throws IOException {
    Path file = storeDir.resolve(NAME);
    if (!Files.isRegularFile(file)) {
      return null;
    }
    JsonNode n = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
    JsonNode url = n.get("url");
    JsonNode secret = n.get("secret");
    return url == null || secret == null ? null : new HandoffFile(url.asText(), secret.asText());
  }

  @Override
  public String toString() {
    return "HandoffFile[" + url + "]"; // never the secret, not even in a log
  }
}
