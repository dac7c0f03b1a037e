package org.dyad.coder.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dyad.model.analysis.Basis;
import org.dyad.model.analysis.Event;
import org.dyad.model.analysis.Modality;

/**
 * Finds the events of one article that tell the same act again: an arrest reported in the lead, in a
 * quote and in the last paragraph is one event with three mentions. Takes the article's numbered
 * events; gives them in the same order, each repeat linked to the first mention by
 * {@link Event#sameAs}.
 *
 * <p>Two mentions are one event when they have the same source actor, the same target actor (both
 * named: an act with no target says too little to be recognised again), the same CAMEO code, a
 * compatible modality (asserted and reported are one; a future, hypothetical or negated mention is
 * a different claim) and no conflicting dates: two dates the text gave (its own sentence or an
 * earlier one) must agree, while a mention dated only by the publication day takes the date the text
 * gave another mention, with basis {@code context}. Stateless.
 */
final class RepeatedEvents {
  private static final Set<Modality> FACTUAL = Set.of(Modality.ASSERTED, Modality.REPORTED);

  private RepeatedEvents() {}

  static List<Event> link(List<Event> events) {
    List<Event> out = new ArrayList<>(events);
    Map<String, List<Integer>> groups = new HashMap<>();
    for (int i = 0; i < out.size(); i++) {
      Event e = out.get(i);
      if (e.source() == null || e.target() == null) {
        continue;
      }
      String claim = FACTUAL.contains(e.modality()) ? "factual" : String.valueOf(e.modality());
      String key = e.source() + "|" + e.target() + "|" + e.cameo() + "|" + claim;
      List<Integer> earlier = groups.computeIfAbsent(key, k -> new ArrayList<>());
      Integer lead = null;
      for (int j : earlier) {
        if (compatible(out.get(j), e)) {
          lead = j;
          break;
        }
      }
      if (lead == null) {
        earlier.add(i);
        continue;
      }
      Event first = out.get(lead);
      if (published(first) && !published(e)) {
        // the repeat says when: the whole event (its first mention too) takes that date
        first = first.relinked(first.id(), e.date(), Basis.CONTEXT, first.sameAs());
        out.set(lead, first);
      }
      out.set(i, published(e) && !published(first)
          ? e.relinked(e.id(), first.date(), Basis.CONTEXT, first.id())
          : e.relinked(e.id(), e.date(), e.dateBasis(), first.id()));
    }
    return out;
  }

  /** No conflicting dates: equal, or one of them only the publication day. */
  private static boolean compatible(Event a, Event b) {
    return Objects.equals(a.date(), b.date()) || published(a) || published(b);
  }

  /** Dated by the publication day (or the option standing in for it), not by the text. */
  private static boolean published(Event e) {
    return Basis.PUBLISHED.equals(e.dateBasis());
  }
}
