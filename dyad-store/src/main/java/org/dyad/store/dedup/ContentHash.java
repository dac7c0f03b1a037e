package org.dyad.store.dedup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The identity of an article's text: SHA-256 of the text with all whitespace runs collapsed to one
 * space and trimmed, so re-wrapped or re-indented copies of the same text hash alike.
 */
public final class ContentHash {
  private ContentHash() {}

  /** The hex SHA-256 of the normalised text. */
  public static String of(String text) {
    String normal = text.strip().replaceAll("\\s+", " ");
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(normal.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }
}
