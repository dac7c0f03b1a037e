package org.dyad.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides what an input is, from its name or its first bytes.
 *
 * <p>Names: {@code .html}/{@code .htm}/{@code .xhtml} → HTML, {@code .jsonl}/{@code .ndjson} → JSONL,
 * anything else → {@link InputFormat#AUTO} (look at the content). Content: starting with {@code <} and
 * holding {@code <html}, {@code <body} or {@code <p} → HTML; first non-blank character {@code {} and
 * every complete line of the sample a JSON object → JSONL; else plain text. Stateless and thread-safe.
 */
public final class FormatSniffer {
  /** Bytes looked at: enough for many JSONL lines or a page's head, small enough to buffer. */
  public static final int SAMPLE_BYTES = 64 * 1024;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern HTML_MARK = Pattern.compile("<(html|body|p)[\\s>/]|<!doctype html",
      Pattern.CASE_INSENSITIVE);

  private FormatSniffer() {
  }

  /** The format a file name implies, or {@link InputFormat#AUTO}. */
  public static InputFormat fromName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
      return InputFormat.HTML;
    }
    if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
      return InputFormat.JSONL;
    }
    return InputFormat.AUTO;
  }

  /**
   * The format the content shows.
   *
   * @param sample   the first bytes (up to {@link #SAMPLE_BYTES})
   * @param complete whether the sample is the whole input (else its last line may be cut off)
   * @return HTML, JSONL or TEXT
   */
  public static InputFormat fromContent(byte[] sample, boolean complete) {
    String head = TextDecoder.normalize(new String(sample, StandardCharsets.UTF_8)).stripLeading();
    if (head.startsWith("<") && HTML_MARK.matcher(head).find()) {
      return InputFormat.HTML;
    }
    if (head.startsWith("{") && allLinesAreObjects(head, complete)) {
      return InputFormat.JSONL;
    }
    return InputFormat.TEXT;
  }

  private static boolean allLinesAreObjects(String head, boolean complete) {
    String[] lines = head.split("\n", -1);
    int usable = complete ? lines.length : lines.length - 1;
    int objects = 0;
    for (int i = 0; i < usable; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      try {
        JsonNode node = JSON.readTree(lines[i]);
        if (node == null || !node.isObject()) {
          return false;
        }
        objects++;
      } catch (Exception e) {
        return false;
      }
    }
    return objects > 0;
  }
}
