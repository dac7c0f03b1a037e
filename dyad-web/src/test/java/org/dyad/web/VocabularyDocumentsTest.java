package org.dyad.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.model.analysis.Basis;
import org.dyad.model.analysis.Modality;
import org.dyad.model.analysis.PloverType;
import org.dyad.model.analysis.QuadClass;
import org.junit.jupiter.api.Test;

/**
 * The two JSON documents that must spell Dyad's closed vocabularies (the {@code dyad analyze}
 * contract docs/analysis.schema.json and the web API's openapi.json) cannot ask the code for them,
 * so this test keeps them honest: every enum in them that holds a modality, a PLOVER type or a basis
 * word lists exactly the values of {@link Modality}, {@link PloverType} or {@link Basis}, in their
 * order, and every QuadClass bound is 1 to the number of {@link QuadClass}es. Add a value to one of
 * those types and this fails until the documents say it too. Model-free: it reads two files.
 */
class VocabularyDocumentsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void openApiSpellsTheVocabulariesAsTheTypesDo() throws IOException {
    JsonNode spec;
    try (InputStream in = VocabularyDocumentsTest.class.getResourceAsStream("/dyad/web/openapi.json")) {
      spec = JSON.readTree(in);
    }
    List<List<String>> enums = enums(spec);
    assertEquals(4, count(enums, Modality.labels()), "openapi.json's modality enums (filter, event, mention, article event)");
    assertEquals(1, count(enums, PloverType.names()), "openapi.json's plover filter enum");
    checkQuadBounds(spec, 3);
  }

  @Test
  void theAnalysisSchemaSpellsTheVocabulariesAsTheTypesDo() throws IOException {
    JsonNode schema = JSON.readTree(Files.readString(docs().resolve("analysis.schema.json")));
    List<List<String>> enums = enums(schema);
    assertEquals(1, count(enums, Modality.labels()), "the event's modality");
    assertEquals(2, count(enums, Basis.ACTOR), "source_basis and target_basis");
    assertEquals(1, count(enums, Basis.DATE), "date_basis");
    assertEquals(1, count(enums, Basis.REFERENCE), "reference_basis");
    checkQuadBounds(schema, 1);
  }

  @Test
  void aDocumentWithAnOldListFails() throws IOException {
    JsonNode stale = JSON.readTree("{\"modality\": {\"enum\": [\"asserted\", \"negated\"]}}");
    boolean failed = false;
    try {
      count(enums(stale), Modality.labels());
    } catch (AssertionError expected) {
      failed = true;
    }
    assertTrue(failed, "a modality enum missing three values must fail the check");
  }

  /**
   * How many enums list exactly {@code values} (nulls aside), failing on any enum that shares a value
   * with them but differs: a stale or reordered copy.
   */
  private static int count(List<List<String>> enums, List<String> values) {
    int n = 0;
    for (List<String> e : enums) {
      if (e.equals(values)) {
        n++;
      } else if (e.stream().anyMatch(values::contains) && !overlapsAnother(e, values)) {
        assertEquals(values, e, "an enum holding some of " + values + " must hold exactly them");
      }
    }
    return n;
  }

  /**
   * The basis lists share words ({@code text} is an actor's and a date's basis): an enum that is
   * exactly another vocabulary is not a stale copy of this one.
   */
  private static boolean overlapsAnother(List<String> e, List<String> values) {
    Set<List<String>> known = Set.of(Modality.labels(), PloverType.names(), Basis.ACTOR, Basis.DATE,
        Basis.REFERENCE);
    return known.contains(e) && !e.equals(values);
  }

  /** Every {@code enum} in the document, its string values in order ({@code null}s left out). */
  private static List<List<String>> enums(JsonNode node) {
    List<List<String>> out = new ArrayList<>();
    collect(node, out);
    return out;
  }

  private static void collect(JsonNode node, List<List<String>> out) {
    if (node.isObject()) {
      JsonNode e = node.get("enum");
      if (e != null && e.isArray()) {
        List<String> values = new ArrayList<>();
        e.forEach(v -> {
          if (v.isTextual()) {
            values.add(v.asText());
          }
        });
        out.add(values);
      }
      node.fields().forEachRemaining(f -> collect(f.getValue(), out));
    } else if (node.isArray()) {
      node.forEach(v -> collect(v, out));
    }
  }

  /** Every property or parameter whose name says QuadClass is bounded 1 to the number of them. */
  private static void checkQuadBounds(JsonNode doc, int expected) {
    Collection<JsonNode> bounded = new ArrayList<>();
    quads(doc, bounded);
    assertEquals(expected, bounded.size(), "QuadClass fields with bounds");
    for (JsonNode q : bounded) {
      assertEquals(1, q.get("minimum").asInt(), q.toString());
      assertEquals(QuadClass.values().length, q.get("maximum").asInt(), q.toString());
    }
  }

  private static void quads(JsonNode node, Collection<JsonNode> out) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> f : iterable(node)) {
        JsonNode v = f.getValue();
        JsonNode bounds = v.has("schema") ? v.get("schema") : v;
        if (f.getKey().toLowerCase(java.util.Locale.ROOT).startsWith("quad") && bounds.has("maximum")) {
          out.add(bounds);
        }
        quads(v, out);
      }
    } else if (node.isArray()) {
      node.forEach(v -> quads(v, out));
    }
  }

  private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
    Set<Map.Entry<String, JsonNode>> fields = new LinkedHashSet<>();
    node.fields().forEachRemaining(fields::add);
    return fields;
  }

  /** The project's docs/ folder, found by walking up from the module. */
  private static Path docs() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve("docs/analysis.schema.json"))) {
        return d.resolve("docs");
      }
    }
    throw new IllegalStateException("docs/analysis.schema.json not found above " + Path.of("").toAbsolutePath());
  }
}
