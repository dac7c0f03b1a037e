package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Fuzzes text decoding ({@link TextDecoder}, with a declared charset from {@link FuzzInput}) and
 * format sniffing ({@link FormatSniffer}). The contracts: decoding never fails and gives text
 * without a leading BOM or a carriage return, with a charset; sniffing the content gives one of
 * WARC, FEED, HTML, JSONL or TEXT, and sniffing by media type gives a format or {@code null} (a
 * type Dyad does not read); nothing throws.
 */
final class TextDecodingFuzzTest {
  private static final String[] TYPES = {"", "application/octet-stream", "application/json",
      "text/xml", "application/xml", "application/rss+xml", "text/html", "text/plain",
      "application/x-ndjson", "application/warc", "image/png"};

  @FuzzTest(maxDuration = "90s")
  void decode(byte[] data) {
    FuzzInput in = FuzzInput.of(data);
    TextDecoder.Decoded decoded = TextDecoder.decode(in.body(), in.charset());
    assertNotNull(decoded.charset());
    assertFalse(decoded.text().startsWith("\uFEFF"));
    assertTrue(decoded.text().indexOf('\r') < 0);
    assertNotNull(HtmlArticleExtractor.decode(in.body(), in.charset()));
  }

  @FuzzTest(maxDuration = "90s")
  void sniff(byte[] data) {
    InputFormat format = FormatSniffer.fromContent(data, true);
    assertTrue(format != InputFormat.AUTO, format.name());
    byte[] cut = Arrays.copyOf(data, data.length / 2);
    assertTrue(FormatSniffer.fromContent(cut, false) != InputFormat.AUTO);
    String type = TYPES[data.length % TYPES.length];
    InputFormat byType = FormatSniffer.fromContentType(type, data);
    assertTrue(byType != InputFormat.AUTO);
    FormatSniffer.fromName(new String(data, StandardCharsets.UTF_8));
  }
}
