package org.dyad.app.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.function.UnaryOperator;
import org.dyad.model.analysis.Actor;
import org.dyad.model.analysis.DocumentAnalysis;
import org.dyad.model.analysis.Event;
import org.dyad.model.analysis.Modality;

/**
 * Writes a document's events as PLOVER records, one JSON line each, in the field names of the
 * PLOVER gold standard ({@code id, date, source, target, event, mode, eventText, text}) with
 * Correlates-of-War country codes (GMY, UKG), as PLOVER data uses them. Each actor object also
 * carries Dyad's {@code basis} ({@code text}, or {@code context} when it was filled from the
 * surrounding article), which PLOVER has no field for.
 *
 * <p>Takes the ISO-to-COW mapping of the country table. Events without a PLOVER type (CAMEO
 * statements) are not written: PLOVER has no such category; nor are repeats of an event the article
 * told before ({@link Event#sameAs}): one record per event, at its first mention.
 */
public final class PloverJsonWriter {
  private static final JsonFactory FACTORY = new JsonFactory();
  private final UnaryOperator<String> isoToCow;

  /** @param isoToCow gives the COW code of an ISO alpha-3 code, or {@code null} when it has none */
  public PloverJsonWriter(UnaryOperator<String> isoToCow) {
    this.isoToCow = isoToCow;
  }

  /** Gives the PLOVER lines of one document (empty when it has no PLOVER-typed event). */
  public String write(DocumentAnalysis a) {
    StringBuilder out = new StringBuilder();
    for (Event e : a.events()) {
      if (e.plover() == null || e.sameAs() != null) {
        continue; // a repeat of an event already written is one of its mentions, not a record
      }
      StringWriter line = new StringWriter();
      try (JsonGenerator g = FACTORY.createGenerator(line)) {
        g.writeStartObject();
        g.writeStringField("id", a.id() + "-" + e.id());
        g.writeStringField("date", e.date());
        actor(g, "source", a.actor(e.source()), e.sourceText(), e.sourceBasis());
        actor(g, "target", e.target() == null ? null : a.actor(e.target()), e.targetText(), e.targetBasis());
        g.writeStringField("event", e.plover());
        g.writeStringField("mode", e.ploverMode() == null ? "" : e.ploverMode());
        g.writeStringField("eventText", e.trigger());
        g.writeStringField("text", e.sentence());
        g.writeStringField("language", a.language() == null ? "en" : a.language());
        g.writeStringField("modality", Modality.labelOf(e.modality()));
        g.writeStringField("cameo", e.cameo());
        g.writeEndObject();
      } catch (IOException x) {
        throw new UncheckedIOException(x);
      }
      out.append(line).append('\n');
    }
    return out.toString();
  }

  /** The actor as PLOVER's one-element list, with Dyad's {@code basis}: text, or context. */
  private void actor(JsonGenerator g, String field, Actor actor, String text, String basis) throws IOException {
    g.writeArrayFieldStart(field);
    if (actor != null) {
      g.writeStartObject();
      g.writeStringField("actorText", text);
      String code;
      if (actor.country() != null) {
        String cow = isoToCow.apply(actor.country());
        code = cow != null ? cow : actor.country();
      } else {
        code = actor.code() != null && actor.code().startsWith("IGO") ? "IGO" : actor.code();
      }
      g.writeStringField("code", code);
      g.writeStringField("sector", actor.sectors().isEmpty() ? "" : String.join(",", actor.sectors()));
      g.writeStringField("basis", basis);
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
