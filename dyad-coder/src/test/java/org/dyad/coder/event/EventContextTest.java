package org.dyad.coder.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.dyad.coder.actor.ActorDictionary;
import org.dyad.coder.actor.ActorResolver;
import org.dyad.coder.fixture.ParsedFixtures;
import org.dyad.coder.quote.QuoteAttributor;
import org.dyad.model.analysis.Actor;
import org.dyad.model.analysis.Event;
import org.dyad.model.text.ParsedDocument;
import org.junit.jupiter.api.Test;

/**
 * What the article tells an event that its sentence does not: the other side of an article about
 * two countries, the attacker of a passive with no agent, and a date carried by "hours later"; each
 * marked {@code context}. Places the sentence names (Odesa, Istanbul) are no sides of the article. Over a real parse of events/context.txt (published Wednesday 2025-06-04),
 * expectations written from reading the text.
 */
class EventContextTest {
  @Test
  void anArticleOnTwoCountriesFillsTheOtherSideAndMarksIt() {
    ParsedDocument doc = ParsedFixtures.load("events", "context");
    ActorDictionary dictionary = ActorDictionary.load(null);
    List<Actor> actors = new ActorResolver(dictionary).resolve(doc);
    EventCoder coder = new EventCoder(EventDictionary.load(null, CameoOntology.load(null)));
    List<Event> events = coder.code(doc, actors, new QuoteAttributor(dictionary).attribute(doc, actors));
    Set<String> got = new TreeSet<>();
    for (Event e : events) {
      got.add(e.sourceCode() + "/" + e.sourceBasis() + " -> " + e.targetCode() + "/" + e.targetBasis() + " "
          + e.cameo() + " " + e.modality().label() + " " + e.date() + "/" + e.dateBasis());
    }
    Set<String> want = new TreeSet<>(List.of(
        // "Russia and Ukraine resumed prisoner talks in Istanbul on Monday": one meeting each way
        "RUS/text -> UKR/text 040 asserted 2025-06-02/text",
        "UKR/text -> RUS/text 040 asserted 2025-06-02/text",
        // "Hours later, Russian drones struck an energy facility near Odesa": Monday again, and the
        // facility is near a Ukrainian city the sentence names: the target comes from the text
        "RUS/text -> UKR/text 195 asserted 2025-06-02/context",
        // "Russia rejected the proposal": whose proposal only the article says
        "RUS/text -> UKR/context 120 asserted 2025-06-04/published",
        // "Moscow accused Kyiv of delaying a ceasefire": capitals that act are governments
        "RUSGOV/text -> UKRGOV/text 112 asserted 2025-06-04/published",
        // "Kyiv asked for a 30-day truce": an appeal for de-escalation, made to Russia
        "UKRGOV/text -> RUS/context 0256 asserted 2025-06-04/published",
        // "Twelve Ukrainian soldiers were killed near Pokrovsk on Tuesday": the victims are the target,
        // the attacker comes from the article, never from the victims
        "RUS/context -> UKRMIL/text 190 asserted 2025-06-03/text"));
    assertEquals(String.join("\n", want), String.join("\n", got));
  }
}
