package org.dyad.coder.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dyad.coder.actor.ActorDictionary;
import org.dyad.coder.actor.ActorResolver;
import org.dyad.coder.fixture.ParsedFixtures;
import org.dyad.coder.quote.QuoteAttributor;
import org.dyad.model.analysis.Actor;
import org.dyad.model.analysis.Event;
import org.dyad.model.analysis.Quote;
import org.dyad.model.text.ParsedDocument;
import org.dyad.model.text.Sentence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Golden event cases in ontology terms (events/cases.tsv: sentence, source, target, CAMEO code,
 * modality, date), one pattern family each, over real parses of those sentences
 * (events/cases.json), with the shipped dictionaries.
 */
class EventCasesTest {
  record Case(String sentence, String source, String target, String code, String modality, String date,
              int line) {}

  static List<Case> cases = new ArrayList<>();
  static ParsedDocument doc;
  static List<Event> events;

  @BeforeAll
  static void code() throws IOException {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        EventCasesTest.class.getResourceAsStream("/events/cases.tsv"), StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t");
        cases.add(new Case(f[0], f[1], f[2], f[3], f[4], f[5], n));
      }
    }
    doc = ParsedFixtures.load("events", "cases");
    ActorDictionary actors = ActorDictionary.load(null);
    List<Actor> found = new ActorResolver(actors).resolve(doc);
    List<Quote> quotes = new QuoteAttributor(actors).attribute(doc, found);
    EventCoder coder = new EventCoder(EventDictionary.load(null, CameoOntology.load(null)));
    events = coder.code(doc, found, quotes);
  }

  @Test
  void fixtureIsTheParseOfTheCases() {
    Set<String> sentences = new LinkedHashSet<>();
    cases.forEach(c -> sentences.add(c.sentence()));
    assertEquals(String.join("\n\n", sentences) + "\n", doc.text(),
        "events/cases.json is stale: regenerate it with ParsedFixtureWriter");
  }

  @Test
  void everyCaseGivesItsEvent() {
    List<String> failures = new ArrayList<>();
    for (Case c : cases) {
      List<Event> here = eventsOf(c.sentence());
      if (c.code().equals("-")) {
        if (!here.isEmpty()) {
          failures.add("cases.tsv:" + c.line() + " expected no event, got " + describe(here));
        }
        continue;
      }
      boolean ok = here.stream().anyMatch(e -> c.source().equals(e.sourceCode())
          && (c.target().equals("-") ? e.targetCode() == null : c.target().equals(e.targetCode()))
          && c.code().equals(e.cameo()) && c.modality().equals(e.modality()) && c.date().equals(e.date()));
      if (!ok) {
        failures.add("cases.tsv:" + c.line() + " " + c.source() + " -> " + c.target() + " " + c.code()
            + " " + c.modality() + " " + c.date() + " not in " + describe(here));
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  private static List<Event> eventsOf(String sentence) {
    for (Sentence s : doc.sentences()) {
      if (s.text(doc.text()).equals(sentence)) {
        return events.stream().filter(e -> e.span().begin() == s.begin()).toList();
      }
    }
    throw new AssertionError("sentence not in fixture: " + sentence);
  }

  private static String describe(List<Event> es) {
    List<String> out = new ArrayList<>();
    for (Event e : es) {
      out.add(e.sourceCode() + "->" + e.targetCode() + " " + e.cameo() + " " + e.modality() + " "
          + e.date() + " [" + e.rule() + "]");
    }
    return out.toString();
  }
}
