package org.dyad.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits a fuzz input into a declared charset and a body, so that one byte array (and one plain
 * seed file) drives both: a first line {@code charset: NAME} declares NAME, as an HTTP header
 * would; without it nothing is declared and the whole input is the body.
 *
 * @param charset the declared charset name, or {@code null}
 * @param body    the document
 */
record FuzzInput(String charset, byte[] body) {
  private static final byte[] MARK = "charset:".getBytes(StandardCharsets.US_ASCII);

  static FuzzInput of(byte[] data) {
    if (data.length < MARK.length || !Arrays.equals(data, 0, MARK.length, MARK, 0, MARK.length)) {
      return new FuzzInput(null, data);
    }
    int nl = MARK.length;
    while (nl < data.length && data[nl] != '\n') {
      nl++;
    }
    String name = new String(data, MARK.length, nl - MARK.length, StandardCharsets.ISO_8859_1).strip();
    byte[] body = nl < data.length ? Arrays.copyOfRange(data, nl + 1, data.length) : new byte[0];
    return new FuzzInput(name, body);
  }
}
