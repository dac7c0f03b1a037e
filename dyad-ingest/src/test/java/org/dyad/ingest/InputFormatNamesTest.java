package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * File-name extensions live once, on {@link InputFormat}; {@link FormatSniffer}'s by-name decision
 * and its article-file test are derived from them. These tests hold the decisions the hand-written
 * lists made before (issue 13) and fail when the two readings of a name drift apart.
 */
class InputFormatNamesTest {
  /** The decisions of the former by-name branches and extension list, written out by hand. */
  private static final Map<String, InputFormat> BY_NAME = new LinkedHashMap<>();

  static {
    BY_NAME.put("a.txt", InputFormat.AUTO);
    BY_NAME.put("a.text", InputFormat.AUTO);
    BY_NAME.put("a.html", InputFormat.HTML);
    BY_NAME.put("a.htm", InputFormat.HTML);
    BY_NAME.put("a.xhtml", InputFormat.HTML);
    BY_NAME.put("a.jsonl", InputFormat.JSONL);
    BY_NAME.put("a.ndjson", InputFormat.JSONL);
    BY_NAME.put("a.warc", InputFormat.WARC);
    BY_NAME.put("crawl-00001.warc.gz", InputFormat.WARC);
    BY_NAME.put("a.rss", InputFormat.FEED);
    BY_NAME.put("a.atom", InputFormat.FEED);
  }

  @Test
  void namesKeepTheirFormerDecisions() {
    BY_NAME.forEach((name, format) -> {
      assertEquals(format, FormatSniffer.fromName(name), name);
      assertEquals(format, FormatSniffer.fromName(name.toUpperCase(Locale.ROOT)), name + " in capitals");
      assertTrue(FormatSniffer.isArticleFileName(name), name);
      assertFalse(FormatSniffer.mayHoldFeed(name), name);
    });
    for (String other : new String[] {"a.xml", "a.gz", "a.json", "a.pdf", "README", "a.txt.bak", "html"}) {
      assertEquals(InputFormat.AUTO, FormatSniffer.fromName(other), other);
      assertFalse(FormatSniffer.isArticleFileName(other), other);
    }
    assertTrue(InputFormat.TEXT.extensions().isEmpty(), "a .txt is sniffed: it may hold JSON lines or markup");
    assertTrue(FormatSniffer.mayHoldFeed("news.XML"));
    assertFalse(FormatSniffer.mayHoldFeed("news.xml.txt"));
  }

  @Test
  void everyArticleExtensionMapsByNameToTheFormatThatListsIt() {
    Set<String> listed = new HashSet<>();
    for (InputFormat format : InputFormat.values()) {
      for (String extension : format.extensions()) {
        assertTrue(extension.startsWith(".") && extension.equals(extension.toLowerCase(Locale.ROOT)),
            format + " lists " + extension + ": extensions are lower case, with their dot");
        assertTrue(listed.add(extension), extension + " is listed twice");
        assertTrue(FormatSniffer.isArticleFileName("x" + extension), extension);
        assertEquals(format, FormatSniffer.fromName("x" + extension), extension);
      }
    }
    // Nothing listed that the hand-written table above does not know of, and nothing missing.
    Set<String> expected = new HashSet<>();
    BY_NAME.keySet().forEach(name -> expected.add(name.substring(name.indexOf('.'))));
    assertEquals(expected, listed);
  }
}
