package org.dyad.coder.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dyad.coder.fixture.HandParsed;
import org.dyad.model.analysis.Actor;
import org.dyad.model.analysis.Event;
import org.dyad.model.analysis.Span;
import org.dyad.model.text.ParsedDocument;
import org.junit.jupiter.api.Test;

/**
 * A group named without a country takes the country of the state body acting on it at home, on
 * hand-parsed sentences: police dispersing demonstrators, but not when the sentence names another
 * country, and not for a government's words, which may be about groups abroad.
 */
class DomesticPlacementTest {
  private static final EventCoder CODER = new EventCoder(EventDictionary.load(null, CameoOntology.load(null)));

  @Test
  void policeDispersingDemonstratorsDisperseTheirOwnCountrysCrowd() {
    ParsedDocument doc = doc("Egyptian police dispersed demonstrators .", new String[] {"JJ", "NN", "VBD", "NNS", "."},
        new String[] {"Egyptian", "police", "disperse", "demonstrator", "."},
        "root -1 2", "amod 1 0", "nsubj 2 1", "obj 2 3", "punct 2 4");
    List<Actor> actors = List.of(police(), demonstrators(doc.text()));
    assertEquals(List.of("EGYCOP -> EGYCVL 175"), codes(CODER.code(doc, actors, List.of())));
  }

  @Test
  void anotherCountryInTheSentenceLeavesTheGroupUnplaced() {
    ParsedDocument doc = doc("Egyptian police dispersed demonstrators in Libya .",
        new String[] {"JJ", "NN", "VBD", "NNS", "IN", "NNP", "."},
        new String[] {"Egyptian", "police", "disperse", "demonstrator", "in", "Libya", "."},
        "root -1 2", "amod 1 0", "nsubj 2 1", "obj 2 3", "case 5 4", "obl 2 5", "punct 2 6");
    String text = doc.text();
    List<Actor> actors = List.of(police(), demonstrators(text), new Actor("a3", "Libya", "COUNTRY", "LBY", "LBY",
        List.of(), null, "test", List.of(new Span(text.indexOf("Libya"), text.indexOf("Libya") + 5))));
    assertEquals(List.of("EGYCOP -> CVL 175"), codes(CODER.code(doc, actors, List.of())));
  }

  @Test
  void aGovernmentsWordsDoNotPlaceTheGroup() {
    ParsedDocument doc = doc("Egyptian government condemned demonstrators .",
        new String[] {"JJ", "NN", "VBD", "NNS", "."},
        new String[] {"Egyptian", "government", "condemn", "demonstrator", "."},
        "root -1 2", "amod 1 0", "nsubj 2 1", "obj 2 3", "punct 2 4");
    Actor government = new Actor("a1", "Egyptian government", "ORGANIZATION", "EGYGOV", "EGY", List.of("GOV"), null,
        "test", List.of(new Span(0, 19)));
    assertEquals(List.of("EGYGOV -> CVL 111"),
        codes(CODER.code(doc, List.of(government, demonstrators(doc.text())), List.of())));
  }

  @Test
  void studentsProtestingAgainstAGovernmentAreThatCountrysStudents() {
    ParsedDocument doc = doc("Students protested against the Egyptian government .",
        new String[] {"NNS", "VBD", "IN", "DT", "JJ", "NN", "."},
        new String[] {"student", "protest", "against", "the", "Egyptian", "government", "."},
        "root -1 1", "nsubj 1 0", "case 5 2", "det 5 3", "amod 5 4", "obl 1 5", "punct 1 6");
    String text = doc.text();
    Actor students = new Actor("a1", "Students", "ORGANIZATION", "EDU", null, List.of("EDU"), null, "test",
        List.of(new Span(0, 8)));
    Actor government = new Actor("a2", "Egyptian government", "ORGANIZATION", "EGYGOV", "EGY", List.of("GOV"),
        null, "test", List.of(new Span(text.indexOf("Egyptian"), text.indexOf(" ."))));
    assertEquals("EGYEDU -> EGYGOV", codes(CODER.code(doc, List.of(students, government), List.of())).get(0)
        .substring(0, 16));
  }

  @Test
  void aFlagIsAnyonesSoItsBurnersStayUnplaced() {
    ParsedDocument doc = doc("Students burned the Egyptian flag .",
        new String[] {"NNS", "VBD", "DT", "JJ", "NN", "."},
        new String[] {"student", "burn", "the", "Egyptian", "flag", "."},
        "root -1 1", "nsubj 1 0", "det 4 2", "amod 4 3", "obj 1 4", "punct 1 5");
    String text = doc.text();
    Actor students = new Actor("a1", "Students", "ORGANIZATION", "EDU", null, List.of("EDU"), null, "test",
        List.of(new Span(0, 8)));
    Actor egypt = new Actor("a2", "Egypt", "COUNTRY", "EGY", "EGY", List.of(), null, "test",
        List.of(new Span(text.indexOf("Egyptian"), text.indexOf("Egyptian") + 8)));
    assertEquals(List.of("EDU -> EGY 141"), codes(CODER.code(doc, List.of(students, egypt), List.of())));
  }

  private static Actor police() {
    return new Actor("a1", "Egyptian police", "ORGANIZATION", "EGYCOP", "EGY", List.of("COP"), null, "test",
        List.of(new Span(0, 15)));
  }

  private static Actor demonstrators(String text) {
    int at = text.indexOf("demonstrators");
    return new Actor("a2", "demonstrators", "ORGANIZATION", "CVL", null, List.of("CVL"), null, "test",
        List.of(new Span(at, at + 13)));
  }

  private static List<String> codes(List<Event> events) {
    return events.stream().map(e -> e.sourceCode() + " -> " + e.targetCode() + " " + e.cameo()).toList();
  }

  private static ParsedDocument doc(String text, String[] tags, String[] lemmas, String... arcs) {
    return HandParsed.doc(text, LocalDate.of(2025, 6, 4), tags, lemmas, arcs);
  }
}
