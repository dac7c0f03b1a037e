package org.dyad.coder.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.dyad.coder.dict.DictionaryException;
import org.dyad.coder.fixture.ParsedFixtures;
import org.dyad.model.analysis.Actor;
import org.dyad.model.analysis.Span;
import org.dyad.model.text.ParsedDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Titles, appositions, joins and knowledge on a real parse (fixture actors/roles.json of
 * actors/roles.txt, written for this test) with the shipped dictionaries; no models loaded.
 */
class ActorResolverTest {
  static ActorDictionary dictionary;
  static ParsedDocument doc;
  static List<Actor> actors;

  @BeforeAll
  static void resolve() {
    dictionary = ActorDictionary.load(null);
    doc = ParsedFixtures.load("actors", "roles");
    actors = new ActorResolver(dictionary).resolve(doc);
  }

  private static Actor named(String part) {
    List<Actor> found = actors.stream().filter(a -> a.name().contains(part)).toList();
    assertEquals(1, found.size(), () -> part + " in " + all());
    return found.get(0);
  }

  private static String all() {
    return actors.stream().map(a -> a.name() + "=" + a.code()).collect(Collectors.joining(", "));
  }

  private static List<String> seen(Actor a) {
    return a.mentions().stream().map(s -> doc.text().substring(s.begin(), s.end())).toList();
  }

  @Test
  void titleBeforeTheNameGivesCountryAndSector() {
    Actor barrot = named("Barrot");
    assertEquals("FRAGOV", barrot.code());
    assertEquals("PERSON", barrot.kind());
  }

  @Test
  void ambassadorToSpainIsSwedish() {
    assertEquals("SWEGOV", named("Maria Lind").code());
  }

  @Test
  void appositionTakesTheOutermostBody() {
    Actor osterholm = named("Karl Osterholm");
    assertEquals("NOR", osterholm.country(), osterholm::toString);
    assertEquals(List.of("EDU"), osterholm.sectors(), osterholm::toString);
    assertTrue(seen(osterholm).contains("Osterhom"), "one-letter slip joins: " + seen(osterholm));
  }

  @Test
  void partyAdjectiveGivesCountryAndSurnameJoins() {
    Actor marsh = named("Ellen Marsh");
    assertEquals("USALEG", marsh.code());
    assertEquals(List.of("Ellen Marsh", "Marsh"), seen(marsh));
  }

  @Test
  void metonymsAndNationalBodies() {
    assertEquals("RUSGOV", named("Kremlin").code());
    Actor army = actors.stream().filter(a -> seen(a).contains("Ukrainian army")).findFirst()
        .orElseThrow(() -> new AssertionError(all()));
    assertEquals("UKRMIL", army.code());
  }

  @Test
  void leaderDescriptionAndBareSurnameComeFromOfficeHolders() {
    Actor xi = actors.stream().filter(a -> seen(a).stream().anyMatch(s -> s.contains("Chinese leader")))
        .findFirst().orElseThrow(() -> new AssertionError(all()));
    assertEquals("CHNGOV", xi.code());
    assertTrue(xi.name().contains("Xi"), xi::toString);
    Actor erdogan = actors.stream().filter(a -> seen(a).contains("Erdogan")).findFirst()
        .orElseThrow(() -> new AssertionError(all()));
    assertEquals("TURGOV", erdogan.code());
    assertTrue(erdogan.basis().contains("office-holders.tsv:"), erdogan::toString);
  }

  @Test
  void aCapitalAfterInIsAPlaceCodedWithItsCountryNotTheGovernment() {
    int rome = doc.text().indexOf("Rome");
    for (Actor a : actors) {
      for (Span s : a.mentions()) {
        if (s.begin() <= rome && s.end() > rome) {
          assertEquals(ActorResolver.PLACE + " ITA ITA []", a.kind() + " " + a.code() + " " + a.country() + " "
              + a.sectors(), a::toString);
        }
      }
    }
  }

  @Test
  void badRowsFailWithFileAndLine(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("actors"));
    Files.writeString(dir.resolve("actors/organizations.tsv"),
        "# version: t\n# source: t\n# columns: code\tcountry\tsectors\tname\taliases\n"
            + "XXXGOV\tXXX\tGOV\tNowhere Office\t-\n");
    DictionaryException e = assertThrows(DictionaryException.class, () -> ActorDictionary.load(dir));
    assertEquals("actors/organizations.tsv:4: unknown country 'XXX'", e.getMessage());
  }

  @Test
  void countryWordsAnyCase() {
    assertEquals("RUS", dictionary.countryOfWord("Russian"));
    assertEquals("USA", dictionary.countryOfWord("US"));
    assertEquals("USA", dictionary.countryOfWord("american"));
    assertEquals("UKR", dictionary.countryOfWord("Kiev"));
    assertEquals("RUS", dictionary.countryOfWord("Kremlin"));
    assertEquals("NGA", dictionary.countryOfWord("Nigerian"));
    assertEquals("BRA", dictionary.countryOfWord("Brazilian"));
    assertNull(dictionary.countryOfWord("Western"));
  }

  @Test
  void correlatesOfWarCodesMapBothWays() {
    assertEquals("DEU", dictionary.isoFromCow("GMY"));
    assertEquals("UKG", dictionary.cowCode("GBR"));
    assertNull(dictionary.isoFromCow("ZZZ"));
  }
}
