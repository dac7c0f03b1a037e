package org.dyad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.dyad.ingest.TextDecoder;

/**
 * Reads the texts of some articles of a JSONL corpus ({@code {"id", "text"}} a line), as Dyad's
 * JSONL reader gives them to the analyser (the same normalisation), so that offsets into them are the
 * offsets Dyad's events carry.
 */
public final class CorpusTexts {
  private CorpusTexts() {}

  /** The text of each wanted id found in the file; ids not found are absent. */
  public static Map<String, String> read(Path jsonl, Set<String> ids) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    Map<String, String> out = new HashMap<>();
    try (BufferedReader r = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null && out.size() < ids.size()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = mapper.readTree(line);
        String id = n.path("id").asText(null);
        if (id != null && ids.contains(id) && n.path("text").isTextual()) {
          out.put(id, TextDecoder.normalize(n.path("text").asText()));
        }
      }
    }
    return out;
  }
}
