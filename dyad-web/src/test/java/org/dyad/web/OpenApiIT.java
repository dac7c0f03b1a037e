package org.dyad.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The OpenAPI description and the server must not drift apart: every path it lists answers, every
 * documented example and enum value is accepted, and every documented bound is enforced.
 */
class OpenApiIT {
  @RegisterExtension
  static final RunningServer SERVER = new RunningServer();

  private static JsonNode spec;
  /** Paths that answer a file to download rather than JSON (their errors are JSON all the same). */
  private static final java.util.Set<String> DOWNLOADS = new java.util.HashSet<>();

  @BeforeAll
  static void readSpec() throws IOException {
    try (InputStream in = OpenApiIT.class.getResourceAsStream("/dyad/web/openapi.json")) {
      spec = RunningServer.JSON.readTree(in);
    }
    spec.get("paths").fields().forEachRemaining(e -> {
      if (!e.getValue().at("/get/responses/200/content").has("application/json")) {
        DOWNLOADS.add(e.getKey());
      }
    });
  }

  /** A GET that must answer with this status: JSON, or for a download path on success, any body. */
  private static void answers(String pathAndQuery, int status) {
    String path = pathAndQuery.split("\\?")[0];
    if (status == 200 && DOWNLOADS.contains(path)) {
      var r = SERVER.get(pathAndQuery);
      assertEquals(200, r.statusCode(), pathAndQuery + " → " + r.body());
      assertTrue(r.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"), pathAndQuery);
    } else {
      SERVER.json(pathAndQuery, status);
    }
  }

  private static void answers(String pathAndQuery) {
    answers(pathAndQuery, 200);
  }

  /** The path with {id} replaced by an existing id of what it names. */
  private static String withIds(String path) {
    if (path.startsWith("/api/events/")) {
      return path.replace("{id}", Long.toString(SERVER.onlyEventId("country=EST")));
    }
    if (path.startsWith("/api/articles/")) {
      return path.replace("{id}", Long.toString(SERVER.json("/api/articles?size=1").get("articles").get(0)
          .get("id").asLong()));
    }
    assertTrue(!path.contains("{"), "a path parameter this test does not know: " + path);
    return path;
  }

  /** An operation's query parameters, references resolved. */
  private static List<JsonNode> queryParameters(JsonNode operation) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode p : operation.path("parameters")) {
      JsonNode param = p.has("$ref") ? spec.at(p.get("$ref").asText().substring(1)) : p;
      assertTrue(param.has("name"), "unresolved " + p);
      if (param.get("in").asText().equals("query")) {
        out.add(param);
      }
    }
    return out;
  }

  private static String query(Map<String, String> params) {
    StringBuilder q = new StringBuilder();
    params.forEach((k, v) -> q.append(q.length() == 0 ? "?" : "&").append(k).append('=')
        .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return q.toString();
  }

  /** The required parameters, each with its example. */
  private static Map<String, String> required(List<JsonNode> params) {
    Map<String, String> out = new LinkedHashMap<>();
    for (JsonNode p : params) {
      if (p.path("required").asBoolean()) {
        assertTrue(p.has("example"), "a required parameter needs an example: " + p);
        out.put(p.get("name").asText(), p.get("example").asText());
      }
    }
    return out;
  }

  private static Map<String, String> plus(Map<String, String> base, String name, String value) {
    Map<String, String> out = new LinkedHashMap<>(base);
    out.put(name, value);
    return out;
  }

  @Test
  void theSpecIsServedAsIs() throws IOException {
    assertEquals(spec, SERVER.json("/api/openapi.json"));
    assertTrue(spec.get("openapi").asText().startsWith("3."));
    assertTrue(spec.get("paths").size() >= 9, spec.get("paths").toString());
  }

  /** Runs a check on every path of the spec (its {id} replaced) with its GET's query parameters. */
  private static void eachPath(BiConsumer<String, List<JsonNode>> check) {
    spec.get("paths").fields().forEachRemaining(entry -> {
      JsonNode get = entry.getValue().get("get");
      assertTrue(get != null && entry.getValue().size() == 1, "only GET: " + entry.getKey());
      check.accept(withIds(entry.getKey()), queryParameters(get));
    });
  }

  @Test
  void everyPathAnswersASampleCall() {
    eachPath((path, params) -> answers(path + query(required(params))));
  }

  @Test
  void everyDocumentedExampleAndEnumValueIsAccepted() {
    eachPath((path, params) -> {
      Map<String, String> base = required(params);
      Map<String, String> examples = new LinkedHashMap<>(base);
      for (JsonNode p : params) {
        String name = p.get("name").asText();
        JsonNode schema = p.path("schema");
        if (p.has("example")) {
          String example = p.get("example").asText();
          if (schema.has("pattern")) {
            assertTrue(example.matches(schema.get("pattern").asText().replaceAll("^\\^|\\$$", "")), name);
          }
          examples.put(name, example);
          answers(path + query(plus(base, name, example)));
        }
        for (JsonNode value : schema.path("enum")) {
          answers(path + query(plus(base, name, value.asText())));
        }
      }
      answers(path + query(examples));
    });
  }

  /** A component schema's property names, in order. */
  private static List<String> properties(String schema) {
    List<String> out = new ArrayList<>();
    spec.at("/components/schemas/" + schema + "/properties").fieldNames().forEachRemaining(out::add);
    return out;
  }

  private static List<String> fields(JsonNode node) {
    List<String> out = new ArrayList<>();
    node.fieldNames().forEachRemaining(out::add);
    out.remove("mentions");
    return out;
  }

  /** The documented fields of events, mentions and article events are those served, actor bases included. */
  @Test
  void theEventSchemasNameTheServedFields() {
    long id = SERVER.onlyEventId("code=120");
    JsonNode event = SERVER.json("/api/events/" + id);
    assertEquals(properties("Event"), fields(event));
    assertEquals(properties("Mention"), fields(event.get("mentions").get(0)));
    JsonNode article = SERVER.json("/api/articles/" + event.get("articleId").asLong());
    assertEquals(properties("ArticleEvent"), fields(article.get("events").get(0)));
    List<String> bases = new ArrayList<>();
    spec.at("/components/schemas/ActorBasis/enum").forEach(v -> bases.add(v.isNull() ? null : v.asText()));
    assertTrue(bases.contains(event.get("targetBasis").asText()) && bases.contains(null), bases.toString());
  }

  @Test
  void everyDocumentedBoundIsEnforced() {
    eachPath((path, params) -> {
      Map<String, String> base = required(params);
      for (JsonNode p : params) {
        String name = p.get("name").asText();
        JsonNode schema = p.path("schema");
        if (schema.has("maximum")) {
          int max = schema.get("maximum").asInt();
          answers(path + query(plus(base, name, Integer.toString(max))));
          answers(path + query(plus(base, name, Integer.toString(max + 1))), 400);
        }
        if (schema.has("minimum")) {
          int min = schema.get("minimum").asInt();
          answers(path + query(plus(base, name, Integer.toString(min))));
          answers(path + query(plus(base, name, Integer.toString(min - 1))), 400);
        }
        if (schema.has("enum")) {
          answers(path + query(plus(base, name, "not-a-" + name)), 400);
        }
      }
    });
  }
}
