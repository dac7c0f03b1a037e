package org.dyad.coder.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.coder.fixture.HandParsed;
import org.dyad.model.text.ParsedDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Which place a name means, on one-sentence documents parsed by hand (no tagger: the names are found
 * through their locative words), with GeoNames ids checked against the gazetteer's rows.
 */
class PlaceResolverTest {
  private static Gazetteer gazetteer;

  @BeforeAll
  static void load() {
    gazetteer = Gazetteer.load(null);
  }

  /** "name=id-or-division-or-country" for each place mention of the sentence. */
  private static List<String> resolved(String text, String tags, List<String> actorCountries) {
    String[] t = tags.split(" ");
    ParsedDocument doc = HandParsed.doc(text, LocalDate.of(2025, 6, 4), t, text.split(" "));
    List<PlaceMention> mentions = new PlaceFinder(gazetteer).find(doc);
    List<GeoPlace> places = new PlaceResolver().resolve(doc, mentions, actorCountries);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < mentions.size(); i++) {
      GeoPlace p = places.get(i);
      String name = text.substring(mentions.get(i).span().begin(), mentions.get(i).span().end());
      out.add(name + "=" + (p.geonamesId() != null ? p.geonamesId() : p.admin1Key() != null ? p.admin1Key() : p.iso2()));
    }
    return out;
  }

  @Test
  void aPopulousCapitalWinsWhenNothingElseIsKnown() {
    // Paris, France (2988507), not one of the American towns
    assertEquals(List.of("Paris=2988507"),
        resolved("Police arrested two men in Paris", "NNS VBD CD NNS IN NNP", List.of()));
  }

  @Test
  void theDivisionNamedAfterACommaDecides() {
    // Paris, Texas (4717560); Jamundi in Valle del Cauca (3680387)
    assertEquals(List.of("Paris=4717560", "Texas=US.TX"),
        resolved("Police arrested two men in Paris , Texas", "NNS VBD CD NNS IN NNP , NNP", List.of()));
    assertEquals(List.of("Jamundi=3680387", "Valle del Cauca=CO.29"),
        resolved("Four people were killed in Jamundi , Valle del Cauca", "CD NNS VBD VBN IN NNP , NNP NNP NNP",
            List.of()));
  }

  @Test
  void theArticlesCountriesDecide() {
    // "La Paz" with Bolivian actors: the seat of government (3911925), not Baja California's capital
    assertEquals(List.of("La Paz=3911925"),
        resolved("Police arrested four people in La Paz", "NNS VBD CD NNS IN NNP NNP", List.of("BO", "BO")));
    assertEquals(List.of("La Paz=4000900"),
        resolved("Police arrested four people in La Paz", "NNS VBD CD NNS IN NNP NNP", List.of("MX", "MX")));
  }

  @Test
  void aDivisionWordPrefersTheDivision() {
    // "the Donetsk region" is the oblast (UA.05), "Donetsk" alone the city (709717)
    assertEquals(List.of("Donetsk=UA.05"),
        resolved("Shelling continued in the Donetsk region", "NN VBD IN DT NNP NN", List.of()));
    assertEquals(List.of("Donetsk=709717"),
        resolved("Shelling continued in Donetsk", "NN VBD IN NNP", List.of()));
  }
}
