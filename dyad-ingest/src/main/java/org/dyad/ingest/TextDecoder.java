package org.dyad.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns the bytes of a document into text.
 *
 * <p>Order of evidence: a byte-order mark; then a charset the container declared (HTTP header, HTML
 * meta), if Java knows it (Latin-1 and ASCII labels read as Windows-1252, as in browsers); then
 * valid UTF-8; then Mozilla's detector (juniversalchardet), which
 * recognises Windows-1251 Cyrillic and the Latin-1 family; then Windows-1252, which can decode any byte.
 * Leading BOMs are dropped and line endings become {@code \n}. Stateless and thread-safe.
 */
public final class TextDecoder {
  /** The fallback when nothing else is known: the most common legacy Western encoding. */
  static final Charset FALLBACK = Charset.forName("windows-1252");

  private TextDecoder() {
  }

  /**
   * A decoded document.
   *
   * @param text    the text, BOM removed, line endings {@code \n}
   * @param charset the charset used
   */
  public record Decoded(String text, Charset charset) {
  }

  /** Decodes with no declared charset; see {@link #decode(byte[], String)}. */
  public static Decoded decode(byte[] bytes) {
    return decode(bytes, null);
  }

  /**
   * Decodes bytes.
   *
   * @param bytes    the document
   * @param declared a charset name declared by the container, or {@code null}; unknown names are
   *                 ignored
   * @return the text and the charset used; never fails
   */
  public static Decoded decode(byte[] bytes, String declared) {
    Charset charset = bomCharset(bytes);
    if (charset == null) {
      charset = lookup(declared);
      // As browsers do (WHATWG Encoding): pages labelled Latin-1 or ASCII are really Windows-1252.
      if (StandardCharsets.ISO_8859_1.equals(charset) || StandardCharsets.US_ASCII.equals(charset)) {
        charset = FALLBACK;
      }
    }
    if (charset == null && isValidUtf8(bytes)) {
      charset = StandardCharsets.UTF_8;
    }
    if (charset == null) {
      charset = detect(bytes);
    }
    String text = new String(bytes, charset);
    return new Decoded(normalize(text), charset);
  }

  /**
   * Removes leading BOMs and turns {@code \r\n} and lone {@code \r} into {@code \n}. Every leading
   * U+FEFF goes, not only the first: a file saved twice by an editor starts with two, and a
   * zero-width no-break space at the very start of a text means nothing (found by fuzzing).
   */
  public static String normalize(String text) {
    int start = 0;
    while (start < text.length() && text.charAt(start) == '\uFEFF') {
      start++;
    }
    String s = text.substring(start);
    if (s.indexOf('\r') < 0) {
      return s;
    }
    return s.replace("\r\n", "\n").replace('\r', '\n');
  }

  /** The charset named by a byte-order mark at the start, or {@code null}. */
  static Charset bomCharset(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    // UTF-32 before UTF-16: the UTF-32LE mark begins with the UTF-16LE one.
    if (b.length >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0) {
      return lookup("UTF-32LE");
    }
    if (b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) {
      return lookup("UTF-32BE");
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /** Whether the bytes start with a UTF-16 or UTF-32 mark, where NUL bytes are normal. */
  static boolean hasWideBom(byte[] bytes) {
    Charset c = bomCharset(bytes);
    return c != null && !c.equals(StandardCharsets.UTF_8);
  }

  /** A charset by name, or {@code null} for a blank, malformed or unknown name. */
  static Charset lookup(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return Charset.forName(name.trim().replaceAll("^[\"']|[\"']$", ""));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static boolean isValidUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** Asks juniversalchardet; its guess for short or pure-ASCII input may be null. */
  static Charset detect(byte[] bytes) {
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(bytes, 0, bytes.length);
    detector.dataEnd();
    Charset found = lookup(detector.getDetectedCharset());
    // The detector can claim UTF-8 or a wide encoding for data we know is not valid in it.
    if (found == null || found.equals(StandardCharsets.UTF_8) || found.name().startsWith("UTF-")) {
      return FALLBACK;
    }
    // ISO-8859-1 is a subset of Windows-1252 for printable text, and 1252 also maps curly quotes.
    return found.equals(StandardCharsets.ISO_8859_1) ? FALLBACK : found;
  }
}
