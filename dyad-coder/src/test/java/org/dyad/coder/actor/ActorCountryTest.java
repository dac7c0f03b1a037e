package org.dyad.coder.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.dyad.coder.fixture.ParsedFixtures;
import org.dyad.model.analysis.Actor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Where actors get their country, on real parses of two articles written for this test
 * (fixtures actors/international.json and actors/inside-names.json): international officials keep
 * their organisation's code, known persons their own country, sector-only actors none unless the
 * text gives one, and a country inside another name is no actor. No models loaded.
 */
class ActorCountryTest {
  static ActorDictionary dictionary;
  static List<Actor> international;
  static List<Actor> inside;

  @BeforeAll
  static void resolve() {
    dictionary = ActorDictionary.load(null);
    ActorResolver resolver = new ActorResolver(dictionary);
    international = resolver.resolve(ParsedFixtures.load("actors", "international"));
    inside = resolver.resolve(ParsedFixtures.load("actors", "inside-names"));
  }

  private static Actor named(List<Actor> actors, String name) {
    List<Actor> found = actors.stream().filter(a -> a.name().equals(name)).toList();
    assertEquals(1, found.size(), () -> name + " in " + all(actors));
    return found.get(0);
  }

  private static String all(List<Actor> actors) {
    return actors.stream().map(a -> a.name() + "=" + a.code()).collect(Collectors.joining(", "));
  }

  @Test
  void unSecretaryGeneralIsTheUnNotTheArticlesCountry() {
    Actor guterres = named(international, "Antonio Guterres");
    assertEquals("IGOUNO", guterres.code(), guterres::toString);
    assertNull(guterres.country(), guterres::toString);
  }

  @Test
  void headOfAnotherOrganisationTakesItsCode() {
    Actor rutte = named(international, "Mark Rutte");
    assertEquals("IGOWSTNAT", rutte.code(), rutte::toString);
    assertNull(rutte.country());
  }

  @Test
  void aTitlesOwnCountryStays() {
    assertEquals("TURGOV", named(international, "Ahmet Demir").code());
  }

  @Test
  void aKnownPersonIsNeverRecodedByTheMainCountry() {
    Actor trump = named(international, "Donald Trump");
    assertEquals("USAGOV", trump.code(), trump::toString);
  }

  @Test
  void anUnknownLeaderWithNoCountryWordStaysWithoutOneWhenTheArticleNamesSeveral() {
    Actor pappas = named(international, "Nikos Pappas");
    assertNull(pappas.country(), pappas::toString);
    assertEquals("GOV", pappas.code());
  }

  @Test
  void aDeputyOfTheForeignMinistryIsGovernmentNotLegislature() {
    Actor official = named(inside, "Oleg Sidorenko");
    assertEquals(List.of("GOV"), official.sectors(), official::toString);
    assertNull(official.country(), "no country word in the text: " + official);
    assertEquals("GOV", official.code());
  }

  @Test
  void sectorOnlyActorsHaveNoCountryAndABareSectorCode() {
    Actor troops = named(inside, "Troops");
    assertNull(troops.country());
    assertEquals("MIL", troops.code());
    Actor ministry = named(inside, "Foreign Ministry");
    assertNull(ministry.country());
    assertEquals("GOV", ministry.code());
  }

  @Test
  void aCountryInsideAnotherNameIsNoActor() {
    assertTrue(inside.stream().noneMatch(a -> "BLR".equals(a.country())), () -> all(inside));
    assertTrue(inside.stream().noneMatch(a -> "JPN".equals(a.country())), () -> all(inside));
    assertTrue(inside.stream().noneMatch(a -> a.name().equals("Malta")), () -> all(inside));
  }
}
