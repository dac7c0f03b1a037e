package org.dyad.app.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.dyad.model.analysis.Actor;
import org.dyad.model.analysis.DateMention;
import org.dyad.model.analysis.DocumentAnalysis;
import org.dyad.model.analysis.Event;
import org.dyad.model.analysis.Location;
import org.dyad.model.analysis.Modality;
import org.dyad.model.analysis.Quote;
import org.dyad.model.analysis.Span;

/**
 * Writes a {@link DocumentAnalysis} as Dyad's JSON contract (docs/analysis.schema.json): fixed
 * field names and order, spans as {@code [start, end]}, {@code null} for unknown values.
 *
 * <p>{@code pretty} gives indented JSON for {@code --format json}; otherwise one line (JSONL).
 */
public final class AnalysisJsonWriter {
  private static final JsonFactory FACTORY = new JsonFactory();
  private final boolean pretty;

  public AnalysisJsonWriter(boolean pretty) {
    this.pretty = pretty;
  }

  /** Gives the JSON text of one document's analysis. */
  public String write(DocumentAnalysis a) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      if (pretty) {
        g.useDefaultPrettyPrinter();
      }
      document(g, a);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void document(JsonGenerator g, DocumentAnalysis a) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", a.id());
    g.writeStringField("title", a.title());
    g.writeStringField("url", a.url());
    g.writeStringField("published", a.published() == null ? null : a.published().toString());
    g.writeStringField("language", a.language());
    g.writeStringField("status", a.status());
    if (a.reason() != null) {
      g.writeStringField("reason", a.reason());
    }
    g.writeStringField("reference", a.reference() == null ? null : a.reference().toString());
    g.writeStringField("reference_basis", a.referenceBasis());
    g.writeArrayFieldStart("actors");
    for (Actor x : a.actors()) {
      actor(g, x);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("dates");
    for (DateMention d : a.dates()) {
      g.writeStartObject();
      g.writeStringField("text", d.text());
      g.writeStringField("value", d.value());
      span(g, "span", d.span());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("quotes");
    for (Quote q : a.quotes()) {
      g.writeStartObject();
      g.writeStringField("text", q.text());
      span(g, "span", q.span());
      g.writeStringField("speaker", q.speaker());
      g.writeStringField("speaker_name", q.speakerName());
      g.writeStringField("cue", q.cue());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("events");
    for (Event e : a.events()) {
      event(g, e);
    }
    g.writeEndArray();
    if (a.text() != null) {
      g.writeStringField("text", a.text());
    }
    g.writeEndObject();
  }

  private static void actor(JsonGenerator g, Actor x) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", x.id());
    g.writeStringField("name", x.name());
    g.writeStringField("kind", x.kind());
    g.writeStringField("code", x.code());
    g.writeStringField("country", x.country());
    strings(g, "sectors", x.sectors());
    if (x.role() != null) {
      g.writeStringField("role", x.role());
    }
    g.writeStringField("basis", x.basis());
    g.writeArrayFieldStart("mentions");
    for (Span s : x.mentions()) {
      pair(g, s);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void event(JsonGenerator g, Event e) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", e.id());
    if (e.sameAs() != null) {
      g.writeStringField("same_as", e.sameAs());
    }
    g.writeStringField("sentence", e.sentence());
    span(g, "span", e.span());
    g.writeStringField("trigger", e.trigger());
    g.writeStringField("source", e.source());
    g.writeStringField("target", e.target());
    g.writeStringField("source_code", e.sourceCode());
    g.writeStringField("target_code", e.targetCode());
    g.writeStringField("source_text", e.sourceText());
    g.writeStringField("target_text", e.targetText());
    g.writeStringField("source_basis", e.sourceBasis());
    g.writeStringField("target_basis", e.targetBasis());
    g.writeStringField("cameo", e.cameo());
    g.writeStringField("plover", e.plover());
    if (e.ploverMode() != null) {
      g.writeStringField("plover_mode", e.ploverMode());
    }
    g.writeNumberField("goldstein", e.goldstein());
    g.writeNumberField("quad_class", e.quadClass());
    g.writeStringField("modality", Modality.labelOf(e.modality()));
    g.writeStringField("date", e.date());
    g.writeStringField("date_basis", e.dateBasis());
    g.writeStringField("rule", e.rule());
    g.writeNumberField("confidence", e.confidence());
    location(g, e.location());
    g.writeEndObject();
  }

  private static void location(JsonGenerator g, Location l) throws IOException {
    g.writeFieldName("location");
    if (l == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    g.writeStringField("name", l.name());
    if (l.geonamesId() == null) {
      g.writeNullField("geonames_id");
    } else {
      g.writeNumberField("geonames_id", l.geonamesId());
    }
    g.writeStringField("country", l.country());
    g.writeStringField("admin1", l.admin1());
    g.writeStringField("admin1_name", l.admin1Name());
    g.writeNumberField("lat", l.lat());
    g.writeNumberField("lon", l.lon());
    g.writeStringField("feature", l.feature());
    g.writeStringField("basis", l.basis());
    span(g, "span", l.span());
    g.writeEndObject();
  }

  private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private static void span(JsonGenerator g, String name, Span s) throws IOException {
    g.writeFieldName(name);
    pair(g, s);
  }

  private static void pair(JsonGenerator g, Span s) throws IOException {
    g.writeStartArray();
    g.writeNumber(s.begin());
    g.writeNumber(s.end());
    g.writeEndArray();
  }
}
