package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  private static final Charset CP1251 = Charset.forName("windows-1251");
  private static final Charset CP1252 = Charset.forName("windows-1252");

  @Test
  void utf8WithBomLosesTheBom() {
    byte[] body = "Zelensky — “peace”".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    TextDecoder.Decoded d = TextDecoder.decode(bytes);
    assertEquals("Zelensky — “peace”", d.text());
    assertEquals(StandardCharsets.UTF_8, d.charset());
  }

  @Test
  void utf16WithBom() {
    byte[] bytes = "\uFEFFKyiv and Kharkiv".getBytes(StandardCharsets.UTF_16LE);
    assertEquals("Kyiv and Kharkiv", TextDecoder.decode(bytes).text());
    assertEquals(StandardCharsets.UTF_16LE, TextDecoder.decode(bytes).charset());
  }

  @Test
  void validUtf8IsUtf8() {
    TextDecoder.Decoded d = TextDecoder.decode(Texts.RUSSIAN.getBytes(StandardCharsets.UTF_8));
    assertEquals(Texts.RUSSIAN, d.text());
    assertEquals(StandardCharsets.UTF_8, d.charset());
  }

  @Test
  void windows1251CyrillicIsDetected() {
    TextDecoder.Decoded d = TextDecoder.decode(Texts.RUSSIAN.getBytes(CP1251));
    assertEquals(CP1251, d.charset());
    assertEquals(Texts.RUSSIAN, d.text());
  }

  @Test
  void windows1252LatinIsDetected() {
    String text = Texts.FRENCH + " Le porte-parole a parlé d’un “pas en avant” – sans plus.";
    TextDecoder.Decoded d = TextDecoder.decode(text.getBytes(CP1252));
    assertEquals(text, d.text());
  }

  @Test
  void iso88591LatinIsDetected() {
    // No curly quotes: every character exists in ISO-8859-1 with the same byte as in Windows-1252.
    byte[] bytes = Texts.FRENCH.getBytes(StandardCharsets.ISO_8859_1);
    assertEquals(Texts.FRENCH, TextDecoder.decode(bytes).text());
    assertEquals("Señor Núñez visitó Bogotá",
        TextDecoder.decode("Señor Núñez visitó Bogotá".getBytes(StandardCharsets.ISO_8859_1)).text());
  }

  @Test
  void declaredCharsetIsUsed() {
    byte[] bytes = "Мир".getBytes(Charset.forName("KOI8-R"));
    assertEquals("Мир", TextDecoder.decode(bytes, "koi8-r").text());
    // Latin-1 labels mean Windows-1252, so curly quotes (0x93, 0x94) survive.
    assertEquals("“Yes”", TextDecoder.decode(new byte[] {(byte) 0x93, 'Y', 'e', 's', (byte) 0x94},
        "ISO-8859-1").text());
    // An unknown declaration is ignored rather than failing.
    assertEquals("plain", TextDecoder.decode("plain".getBytes(StandardCharsets.UTF_8), "x-nonsense")
        .text());
  }

  @Test
  void lineEndingsBecomeNewlines() {
    assertEquals("one\ntwo\nthree\n", TextDecoder.normalize("one\r\ntwo\rthree\r\n"));
    assertEquals("a\n\nb", TextDecoder.decode("a\r\n\r\nb".getBytes(StandardCharsets.US_ASCII)).text());
  }

  /** Found by fuzzing (TextDecodingFuzzTestInputs/decode/finding-double-bom.txt): a file saved twice. */
  @Test
  void repeatedBomsAreAllDropped() {
    byte[] twice = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'};
    assertEquals("a", TextDecoder.decode(twice).text());
    byte[] wide = {(byte) 0xFE, (byte) 0xFF, (byte) 0xFE, (byte) 0xFF, 0, 'a'};
    assertEquals("a", TextDecoder.decode(wide).text());
    assertEquals("{\"text\": 1}", TextDecoder.normalize("\uFEFF\uFEFF{\"text\": 1}"));
  }
}
