package org.dyad.coder.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.coder.dict.DictionaryException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerTest {
  private static Gazetteer gazetteer;

  @BeforeAll
  static void load() {
    gazetteer = Gazetteer.load(null);
  }

  private static List<GeoPlace> places(String name) {
    return gazetteer.candidates(PlaceNames.key(name)).stream().map(Gazetteer.Candidate::place).toList();
  }

  @Test
  void exonymsLeadToTheGeoNamesRow() {
    assertTrue(places("Kiev").stream().anyMatch(p -> Long.valueOf(703448).equals(p.geonamesId())));
    assertTrue(places("Kharkov").stream().anyMatch(p -> Long.valueOf(706483).equals(p.geonamesId())));
    assertTrue(places("Gaza City").stream().anyMatch(p -> Long.valueOf(281133).equals(p.geonamesId())));
  }

  @Test
  void accentsAndDivisionWordsDoNotMatter() {
    assertTrue(places("Culiacan").stream().anyMatch(p -> Long.valueOf(4012176).equals(p.geonamesId())));
    // GeoNames writes "Valle del Cauca Department"; news writes the bare name.
    GeoPlace valle = places("Valle del Cauca").stream().filter(p -> p.feature().equals(GeoPlace.ADMIN1))
        .findFirst().orElseThrow();
    assertEquals("CO.29", valle.admin1Key());
    assertEquals("Kharkiv", gazetteer.divisionName("UA.07"));
  }

  @Test
  void countriesCarryIsoAndFipsCodes() {
    CountryInfo ua = gazetteer.countryByIso3("UKR");
    assertEquals("UA", ua.iso2());
    assertEquals("UP", ua.fips());
    assertEquals("GM", gazetteer.country("DE").fips());
    assertTrue(places("Georgia").stream().anyMatch(p -> p.feature().equals(GeoPlace.COUNTRY) && p.iso2().equals("GE")));
    assertTrue(places("Georgia").stream().anyMatch(p -> p.feature().equals(GeoPlace.ADMIN1) && p.iso2().equals("US")));
  }

  @Test
  void handKeptPlacesAreFound() {
    GeoPlace sea = places("Black Sea").get(0);
    assertEquals("sea", sea.feature());
    assertEquals(null, sea.iso2());
    assertEquals("UA", places("Donbass").get(0).iso2());
  }

  @Test
  void distanceIsGreatCircle() {
    // Kyiv to Kharkiv is about 410 km by air.
    double km = GeoPlace.km(50.45466, 30.5238, 49.98081, 36.25272);
    assertTrue(km > 400 && km < 420, "km " + km);
  }

  @Test
  void loadsWithinAFewSecondsOnceWarm() {
    // A guard against a pathological load (a quadratic index, a missing cache), not the figure: the
    // load time (about 0.6 s) is measured in docs/locations.md; a busy machine took 1.3 s. The best
    // of three, as other work may be running.
    double best = Double.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      long t0 = System.nanoTime();
      Gazetteer.load(null);
      best = Math.min(best, (System.nanoTime() - t0) / 1e9);
    }
    assertTrue(best < 5.0, "gazetteer load took " + best + " s");
  }

  @Test
  void plainAndAccentedNamesFoldAlike() {
    assertEquals("st petersburg", PlaceNames.key("St. Petersburg"));
    assertEquals("taizz", PlaceNames.key("Ta\u2018izz"));
    assertEquals("culiacan", PlaceNames.key("Culiac\u00e1n"));
    assertEquals("kramatorsk", PlaceNames.key("Kramators\u2019k"));
    assertEquals("ivano frankivsk", PlaceNames.key("Ivano-Frankivsk"));
    assertEquals("cote d ivoire", PlaceNames.key("C\u00f4te d\u2019 Ivoire"));
    assertEquals(List.of("valle del cauca department", "valle del cauca"),
        PlaceNames.divisionKeys("Valle del Cauca Department"));
  }

  @Test
  void badOverrideRowNamesFileAndLine(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("geo"));
    Files.writeString(dir.resolve("geo/places.tsv"), "# version: 1\n# source: test\n"
        + "# columns: name\taliases\tfeature\tcountry\tadmin1\tlat\tlon\nAtlantis\t-\tsea\t-\t-\t95\t0\n");
    DictionaryException e = assertThrows(DictionaryException.class, () -> Gazetteer.load(dir));
    assertTrue(e.getMessage().contains("geo/places.tsv:4"), e.getMessage());
  }
}
