package org.dyad.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dyad.coder.event.CameoOntology;

/**
 * Reads Dyad's own gold format: JSON lines, one document per line,
 * <pre>{"id", "date"?, "text", "events": [{"source", "target", "root"?, "code"?, "plover"?,
 *   "source_text"?, "target_text"?}]}</pre>
 *
 * <p>{@code source} and {@code target} must be present; {@code null} or {@code ---} means any actor
 * and {@code A|B} either of two. Each event needs a CAMEO {@code root} (01-20) or {@code code} (one
 * in Dyad's CAMEO table), or a {@code plover} type (1.0 names; 0.5b1 names are mapped). Without an
 * {@code id} the document is called {@code file:line}. Blank lines are skipped; a bad line is
 * reported as {@code file:line: reason} and skipped.
 */
public final class DyadGoldReader implements GoldReader<GoldDocument> {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final CameoOntology cameo;

  /** Checks CAMEO codes against {@code cameo}. */
  public DyadGoldReader(CameoOntology cameo) {
    this.cameo = cameo;
  }

  @Override
  public Stream<GoldDocument> read(String name, Reader in, Consumer<String> problems) {
    return GoldReader.perLine(name, in, problems, (line, number, id) -> parse(line, id));
  }

  private GoldDocument parse(String line, String defaultId) throws BadRecord {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new BadRecord("not valid JSON (" + e.getOriginalMessage() + ")");
    }
    if (node == null || !node.isObject()) {
      throw new BadRecord("not a JSON object");
    }
    String id = JsonFields.text(node, "id");
    String text = JsonFields.required(node, "text");
    JsonNode events = node.get("events");
    if (events == null || !events.isArray()) {
      throw new BadRecord(events == null ? "no events (use [] for a document without events)"
          : "events is " + JsonFields.brief(events) + ", not a list");
    }
    List<GoldEvent> gold = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      try {
        gold.add(event(events.get(i)));
      } catch (BadRecord e) {
        throw new BadRecord("events[" + i + "]: " + e.getMessage());
      }
    }
    return new GoldDocument(id != null ? id : defaultId, JsonFields.date(node, "date"), text, gold);
  }

  private GoldEvent event(JsonNode e) throws BadRecord {
    if (!e.isObject()) {
      throw new BadRecord("not an object");
    }
    // Required keys, even when null: a misspelt "src" must not silently become "any actor".
    for (String key : List.of("source", "target")) {
      if (!e.has(key)) {
        throw new BadRecord("no " + key + " (use null or \"---\" for any actor)");
      }
    }
    String root = root(JsonFields.text(e, "root"));
    JsonNode codeNode = e.get("code");
    if (codeNode != null && codeNode.isNumber()) {
      throw new BadRecord("code " + codeNode + " must be a string (leading zeros matter)");
    }
    String code = JsonFields.text(e, "code");
    if (code != null) {
      if (cameo.get(code) == null || code.length() < 3) {
        throw new BadRecord("code '" + code + "' is not a CAMEO event code");
      }
      if (root != null && !code.startsWith(root)) {
        throw new BadRecord("code '" + code + "' is not under root '" + root + "'");
      }
    }
    String ploverText = JsonFields.text(e, "plover");
    String plover = PloverTypes.normalize(ploverText);
    if (ploverText != null && plover == null) {
      throw new BadRecord("plover '" + ploverText + "' is not a PLOVER type");
    }
    if (root == null && code == null && plover == null) {
      throw new BadRecord("needs a root, code or plover type");
    }
    return new GoldEvent(JsonFields.text(e, "source"), JsonFields.text(e, "target"), root, code, plover,
        JsonFields.text(e, "source_text"), JsonFields.text(e, "target_text"));
  }

  // A root may be written as a string or a number; 4 and "4" are root "04".
  private static String root(String r) throws BadRecord {
    if (r == null) {
      return null;
    }
    if (!r.matches("\\d{1,2}")) {
      throw new BadRecord("root '" + r + "' is not a CAMEO root 01-20");
    }
    int n = Integer.parseInt(r);
    if (n < 1 || n > 20) {
      throw new BadRecord("root '" + r + "' is not a CAMEO root 01-20");
    }
    return String.format("%02d", n);
  }

  /** The file name without its directories, for default ids. */
  static String shortName(String name) {
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    return name.substring(slash + 1);
  }
}
