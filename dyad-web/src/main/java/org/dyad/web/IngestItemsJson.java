package org.dyad.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.article.Article;
import org.dyad.model.article.IngestItem;
import org.dyad.model.article.Skipped;

/**
 * The wire form of documents handed from {@code dyad ingest} to a running server ({@link IngestRoute}):
 * JSON Lines, one document a line, {@code {"kind": "article", "id", "title", "url", "published",
 * "language", "text", "source"}} or {@code {"kind": "skipped", "id", "title", "url", "source",
 * "reason"}}. The sender has read and checked them already (size, encoding, language, date), so the
 * server stores exactly what a batch ingest of the same inputs stores. One home for both directions.
 */
public final class IngestItemsJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private IngestItemsJson() {
  }

  /** One document as a line (without the line end). */
  public static String line(IngestItem item) {
    ObjectNode n = JSON.createObjectNode();
    if (item instanceof Article a) {
      n.put("kind", "article").put("id", a.id()).put("title", a.title()).put("url", a.url())
          .put("published", a.published() == null ? null : a.published().toString())
          .put("language", a.language()).put("text", a.text()).put("source", a.source());
    } else {
      Skipped s = (Skipped) item;
      n.put("kind", "skipped").put("id", s.id()).put("title", s.title()).put("url", s.url())
          .put("source", s.source()).put("reason", s.reason());
    }
    return n.toString();
  }

  /**
   * Reads a hand-over.
   *
   * @throws IllegalArgumentException naming the line, for a line that is not such a document
   */
  public static List<IngestItem> read(InputStream in) throws IOException {
    List<IngestItem> items = new ArrayList<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int no = 0;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      no++;
      if (!line.isBlank()) {
        items.add(item(line, no));
      }
    }
    return items;
  }

  private static IngestItem item(String line, int no) {
    try {
      JsonNode n = JSON.readTree(line);
      String kind = text(n, "kind");
      if ("article".equals(kind)) {
        String published = text(n, "published");
        return new Article(need(n, "id"), text(n, "title"), text(n, "url"),
            published == null ? null : LocalDate.parse(published), text(n, "language"), need(n, "text"),
            need(n, "source"));
      }
      if ("skipped".equals(kind)) {
        return new Skipped(need(n, "id"), text(n, "title"), text(n, "url"), need(n, "source"), need(n, "reason"));
      }
      throw new IllegalArgumentException("kind is '" + kind + "', not article or skipped");
    } catch (IOException | DateTimeParseException | IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("hand-over line " + no + ": " + org.dyad.store.StoreException.firstLine(e.getMessage()), e);
    }
  }

  private static String need(JsonNode n, String field) {
    String v = text(n, field);
    if (v == null) {
      throw new IllegalArgumentException("no " + field);
    }
    return v;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
