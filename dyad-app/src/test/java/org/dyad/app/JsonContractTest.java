package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.dyad.model.analysis.Modality;
import org.dyad.pipeline.analyze.ArticleAnalyzer;
import org.dyad.app.output.AnalysisJsonWriter;
import org.dyad.model.analysis.Basis;
import org.dyad.model.analysis.Actor;
import org.dyad.model.analysis.DateMention;
import org.dyad.model.analysis.DocumentAnalysis;
import org.dyad.model.analysis.Event;
import org.dyad.model.analysis.Quote;
import org.dyad.model.analysis.Span;
import org.dyad.model.article.Skipped;
import org.junit.jupiter.api.Test;

/** The JSON writer against the published schema, without models. */
class JsonContractTest {
  private static DocumentAnalysis sample() {
    Actor putin = new Actor("a1", "Vladimir Putin", "PERSON", "RUSGOV", "RUS", List.of("GOV"),
        "head of state", "office holders actors/office-holders.tsv:10", List.of(new Span(0, 5)));
    Actor ukraine = new Actor("a2", "Ukraine", "COUNTRY", "UKR", "UKR", List.of(), null, "country names",
        List.of(new Span(60, 67)));
    // Putin accuses, in a sentence that does not name Ukraine: the target came from the article.
    Event accuse = Event.builder().id("e1").sentence("He accused them of sabotage.").span(new Span(70, 98))
        .trigger("accused").source("a1").target("a2").sourceCode("RUSGOV").targetCode("UKR").sourceText("He")
        .targetText("Ukraine").cameo("112").plover("ACCUSE").goldstein(-2.0).quadClass(3)
        .modality(Modality.ASSERTED).date("2025-06-04").dateBasis("published").rule("verbs/accuse.txt:3")
        .confidence(0.6).sourceBasis(Basis.TEXT).targetBasis(Basis.CONTEXT).build();
    return new DocumentAnalysis("doc-1", "Title", null, LocalDate.of(2025, 6, 4), "en", "ok", null,
        LocalDate.of(2025, 6, 4), "published", List.of(putin, ukraine),
        List.of(new DateMention("on Wednesday", "2025-06-04", new Span(20, 32))),
        List.of(new Quote("We will see", new Span(40, 51), "a1", "he", "after-quote verb 'said'")),
        List.of(accuse), "Putin spoke ...");
  }

  @Test
  void okDocumentMatchesSchemaAndContract() throws Exception {
    String json = new AnalysisJsonWriter(true).write(sample());
    assertEquals(Set0.EMPTY, new SchemaValidator().violations(json).toString());
    JsonNode n = new ObjectMapper().readTree(json);
    assertEquals("RUSGOV", n.at("/actors/0/code").asText());
    assertEquals(0, n.at("/actors/0/mentions/0/0").asInt());
    assertEquals(5, n.at("/actors/0/mentions/0/1").asInt());
    assertEquals("a1", n.at("/quotes/0/speaker").asText());
    assertEquals("2025-06-04", n.at("/dates/0/value").asText());
    assertTrue(n.get("events").isArray());
    assertEquals("text", n.at("/events/0/source_basis").asText());
    assertEquals("context", n.at("/events/0/target_basis").asText());
    assertFalse(n.has("reason"));
  }

  @Test
  void skippedDocumentMatchesSchema() throws Exception {
    DocumentAnalysis s = ArticleAnalyzer.skipped(new Skipped("x.jsonl:3", null, null, "x.jsonl:3",
        "x.jsonl:3: malformed JSON"));
    String json = new AnalysisJsonWriter(false).write(s);
    assertEquals(Set0.EMPTY, new SchemaValidator().violations(json).toString());
    assertFalse(json.contains("\n"), "jsonl output is one line");
    JsonNode n = new ObjectMapper().readTree(json);
    assertEquals("skipped", n.get("status").asText());
    assertEquals("x.jsonl:3: malformed JSON", n.get("reason").asText());
  }

  @Test
  void schemaRejectsABrokenDocument() throws Exception {
    String json = new AnalysisJsonWriter(false).write(sample()).replace("\"RUSGOV\"", "\"rus gov\"");
    assertFalse(new SchemaValidator().violations(json).isEmpty(), "a lower-case code must fail");
  }

  @Test
  void anEventWithoutATargetHasANullTargetBasisAndTheSchemaKnowsOnlyTextOrContext() throws Exception {
    DocumentAnalysis d = sample();
    Event e = d.events().get(0);
    Event alone = e.toBuilder().target(null).targetCode(null).targetText(null).ploverMode(null)
        .sourceBasis(Basis.TEXT).targetBasis(null).build();
    String json = new AnalysisJsonWriter(false).write(new DocumentAnalysis(d.id(), d.title(), d.url(),
        d.published(), d.language(), d.status(), d.reason(), d.reference(), d.referenceBasis(), d.actors(),
        d.dates(), d.quotes(), List.of(alone), d.text()));
    assertEquals(Set0.EMPTY, new SchemaValidator().violations(json).toString());
    assertTrue(new ObjectMapper().readTree(json).at("/events/0/target_basis").isNull());
    assertFalse(new SchemaValidator().violations(json.replace("\"source_basis\":\"text\"",
        "\"source_basis\":\"guess\"")).isEmpty(), "a basis other than text or context must fail");
  }

  @Test
  void aRepeatedMentionNamesItsFirstMentionAndOnlyThen() throws Exception {
    DocumentAnalysis d = sample();
    Event first = d.events().get(0);
    Event again = first.relinked("e2", first.date(), "context", "e1");
    String json = new AnalysisJsonWriter(false).write(new DocumentAnalysis(d.id(), d.title(), d.url(),
        d.published(), d.language(), d.status(), d.reason(), d.reference(), d.referenceBasis(), d.actors(),
        d.dates(), d.quotes(), List.of(first, again), d.text()));
    assertEquals(Set0.EMPTY, new SchemaValidator().violations(json).toString());
    JsonNode n = new ObjectMapper().readTree(json);
    assertFalse(n.at("/events/0").has("same_as"), "a first mention has no link");
    assertEquals("e1", n.at("/events/1/same_as").asText());
    assertFalse(new SchemaValidator().violations(json.replace("\"same_as\":\"e1\"", "\"same_as\":\"first\""))
        .isEmpty(), "a link is an event id");
  }

  /** String form of an empty violation set, so a failure prints the violations. */
  private static final class Set0 {
    static final String EMPTY = "[]";
  }
}
