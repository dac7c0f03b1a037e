package org.dyad.coder.event;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.analysis.Basis;
import org.dyad.model.analysis.Event;
import org.dyad.model.analysis.Modality;
import org.dyad.model.analysis.Span;
import org.dyad.model.text.ParsedDocument;
import org.dyad.model.text.Sentence;

/**
 * Builds {@link Event}s from a coded act: takes the sentence, trigger, source and target references,
 * CAMEO code, modality, date, rule and raw confidence; gives the event with the code's PLOVER
 * category, Goldstein score and QuadClass looked up in the CAMEO ontology, the confidence capped
 * and rounded, and each side marked as read from the text or filled from the article's context.
 *
 * <p>Ids are provisional ("e" + position so far) because statements may be dropped afterwards;
 * {@link #renumbered} gives the final ones. Thread-safe.
 */
final class EventFactory {
  private final EventDictionary dictionary;

  EventFactory(EventDictionary dictionary) {
    this.dictionary = dictionary;
  }

  /** One event, numbered after the {@code count} events coded before it. */
  Event event(ParsedDocument doc, Sentence s, String trigger, MentionIndex.Ref src,
              MentionIndex.Ref tgt, String code, Modality modality, EventDater.Dated date, String rule,
              double confidence, int count) {
    CameoCode cameo = dictionary.ontology().get(code);
    boolean nobody = CarriedSources.isUnknown(src);
    return Event.builder().id("e" + (count + 1)).sentence(s.text(doc.text()))
        .span(new Span(s.begin(), s.end())).trigger(trigger)
        .source(MentionIndex.standIn(src.actor()) ? null : src.actor().id())
        .target(tgt == null || MentionIndex.standIn(tgt.actor()) ? null : tgt.actor().id())
        .sourceCode(src.code()).targetCode(tgt == null ? null : tgt.code())
        .sourceText(src.text()).targetText(tgt == null ? null : tgt.text())
        .cameo(code).cameoName(cameo.name()).plover(cameo.plover()).ploverMode(cameo.ploverMode())
        .goldstein(cameo.goldstein())
        .quadClass(cameo.quadClass()).modality(modality).date(date.value()).dateBasis(date.basis()).rule(rule)
        .confidence(Math.round(Math.min(confidence, 0.95) * 100) / 100.0)
        .sourceBasis(nobody ? (src.code() == null ? null : Basis.CONTEXT)
            : src.fromContext() ? Basis.CONTEXT : Basis.TEXT)
        .targetBasis(tgt == null ? null : tgt.fromContext() ? Basis.CONTEXT : Basis.TEXT)
        .build();
  }

  /** Event ids in document order once statements have been dropped: e1, e2, ... */
  static List<Event> renumbered(List<Event> events) {
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      String id = "e" + (out.size() + 1);
      out.add(id.equals(e.id()) ? e : e.relinked(id, e.date(), e.dateBasis(), e.sameAs()));
    }
    return out;
  }
}
