package org.dyad.coder.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.dyad.coder.actor.ActorDictionary;
import org.dyad.coder.actor.ActorResolver;
import org.dyad.coder.event.CameoOntology;
import org.dyad.coder.event.EventCoder;
import org.dyad.coder.event.EventDictionary;
import org.dyad.coder.fixture.ParsedFixtures;
import org.dyad.coder.quote.QuoteAttributor;
import org.dyad.model.analysis.Actor;
import org.dyad.model.analysis.Event;
import org.dyad.model.analysis.Location;
import org.dyad.model.text.ParsedDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Where the events of three hand-written articles took place, over real parses of geo/*.txt (no
 * models loaded): each line names the sentence's event by its trigger and the place a reader gives it.
 */
class EventLocatorTest {
  private static ActorDictionary dictionary;
  private static EventCoder coder;
  private static EventLocator locator;

  @BeforeAll
  static void load() {
    dictionary = ActorDictionary.load(null);
    coder = new EventCoder(EventDictionary.load(null, CameoOntology.load(null)));
    locator = new EventLocator(Gazetteer.load(null));
  }

  /** "sN trigger: place (country, feature, basis, GeoNames id)" per event (N its sentence), once each. */
  private static List<String> located(String name) {
    ParsedDocument doc = ParsedFixtures.load("geo", name);
    List<Actor> actors = new ActorResolver(dictionary).resolve(doc);
    List<Event> events = coder.code(doc, actors, new QuoteAttributor(dictionary).attribute(doc, actors));
    List<String> out = new ArrayList<>();
    for (Event e : locator.locate(doc, actors, events)) {
      Location l = e.location();
      String where = l == null ? "nowhere" : l.name() + " (" + l.country() + ", " + l.feature() + ", "
          + l.basis() + (l.geonamesId() == null ? "" : ", " + l.geonamesId()) + ")";
      out.add("s" + doc.sentenceAt(e.span().begin()).index() + " " + e.trigger() + ": " + where);
    }
    return out.stream().distinct().toList();
  }

  @Test
  void clauseDatelineResidentsSeaAndActorsThatAreNoPlaces() {
    assertEquals(List.of(
        // the lead names no place: the dateline says where
        "s0 struck: Kharkiv (UKR, city, dateline, 706483)",
        "s0 said: Kharkiv (UKR, city, dateline, 706483)",
        // "Kharkiv residents protested outside the city council"
        "s1 protested: Kharkiv (UKR, city, clause, 706483)",
        // "Moscow accused Kyiv": two governments, no place of the act; still the article's lead
        "s2 accused: Kharkiv (UKR, city, dateline, 706483)",
        "s2 staging: Kharkiv (UKR, city, dateline, 706483)",
        // "near Bakhmut in the Donetsk region": the town, not its region
        "s3 shelled: Bakhmut (UKR, city, clause, 713174)",
        // "in the Black Sea": a hand-kept sea, in no one country
        "s4 attacked: Black Sea (null, sea, clause)",
        // "Kyiv also asked Turkey for help", past the lead: nowhere
        "s5 asked: nowhere"), located("kharkiv"));
  }

  @Test
  void anArticleAboutTexasPutsParisInTexas() {
    assertEquals(List.of("s1 arrested: Paris (USA, city, clause, 4717560)"),
        located("texas").stream().filter(s -> s.startsWith("s1 arrested")).toList());
  }

  @Test
  void georgiaWithTbilisiIsTheCountry() {
    List<String> got = located("georgia");
    assertEquals(List.of("s0 clashed: Tbilisi (GEO, city, clause, 611717)"),
        got.stream().filter(s -> s.startsWith("s0 clashed")).toList());
    assertEquals(List.of("s2 protested: Georgia (GEO, country, clause)"),
        got.stream().filter(s -> s.startsWith("s2")).toList());
    // "Georgia's interior ministry said...": a possessive names no place; "The European Union urged
    // Georgia to respect the right to protest": an actor, not where anything happened
    assertEquals(List.of("s1 said: nowhere", "s3 urged: nowhere", "s3 protest: nowhere"),
        got.stream().filter(s -> s.startsWith("s1") || s.startsWith("s3")).toList());
  }
}
