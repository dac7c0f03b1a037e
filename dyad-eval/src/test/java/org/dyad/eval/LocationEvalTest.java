package org.dyad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.coder.dict.DictionaryException;
import org.dyad.model.analysis.Event;
import org.dyad.model.analysis.Location;
import org.dyad.model.analysis.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The location gold format and its scoring, on rows and events written here (no models). */
class LocationEvalTest {
  private static final String HEADER = "# Dyad location gold: test\n# version: 1\n# source: test\n"
      + "# corpus: corpus.jsonl\n# columns: article\toffset\tplace\tcountry\tadmin1\tlat\tlon\tnote\n";

  /** An event coded from the sentence at [begin, begin + 40), located at {@code at} or nowhere. */
  private static Event event(int begin, Location at) {
    return Event.builder().id("e").span(new Span(begin, begin + 40)).location(at).build();
  }

  private static Location at(String name, String iso3, String admin1, double lat, double lon) {
    return new Location(name, null, iso3, admin1, null, lat, lon, "city", Location.CLAUSE, new Span(1, 2));
  }

  @Test
  void readsRowsAndTheCorpusNamedInTheHeader(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("g.tsv");
    Files.writeString(f, HEADER + "a1\t0\tKharkiv\tUKR\tUA.07\t49.98\t36.25\tnote\na1\t50\t-\t-\t-\t-\t-\tnone\n"
        + "a2\t7\tUkraine\tUKR\t?\t?\t?\tcountry only\n");
    LocationGold.File g = LocationGold.read(f);
    assertEquals("corpus.jsonl", g.corpus());
    assertEquals(3, g.rows().size());
    assertEquals("UA.07", g.rows().get(0).admin1());
    assertTrue(!g.rows().get(1).given());
    assertTrue(g.rows().get(2).admin1() == null && Double.isNaN(g.rows().get(2).lat()), "'?' is not scored");
    assertEquals(GoldFormat.LOCATIONS, GoldFormat.detect(f));
  }

  @Test
  void aBadRowNamesFileAndLine(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("g.tsv");
    Files.writeString(f, HEADER + "a1\tten\tKharkiv\tUKR\tUA.07\t49.98\t36.25\tnote\n");
    DictionaryException e = assertThrows(DictionaryException.class, () -> LocationGold.read(f));
    assertTrue(e.getMessage().contains("g.tsv:6") && e.getMessage().contains("'ten'"), e.getMessage());
  }

  @Test
  void scoresCountryDivisionDistanceAndWhatWasLocatedWithoutAPlace() {
    LocationScorer s = new LocationScorer();
    LocationGold kharkiv = new LocationGold("g:1", "a1", 100, "Kharkiv", "UKR", "UA.07", 49.98, 36.25);
    // right everywhere (10 km off), then the right country in the wrong division 130 km away, then none
    s.score(kharkiv, List.of(event(100, at("Kharkiv", "UKR", "UA.07", 50.07, 36.25)),
        event(100, at("Poltava", "UKR", "UA.18", 49.59, 34.55)), event(100, null), event(300, null)));
    // a sentence that names no place: one event located anyway
    s.score(new LocationGold("g:2", "a1", 300, null, null, null, Double.NaN, Double.NaN),
        List.of(event(300, at("Kyiv", "UKR", "UA.12", 50.45, 30.52)), event(300, null)));
    assertEquals(2.0 / 3, s.locatedWhereGiven(), 1e-9);
    assertEquals(1.0, s.country(), 1e-9);
    assertEquals(0.5, s.admin1(), 1e-9);
    assertEquals(0.5, s.within25km(), 1e-9);
    assertTrue(s.text("g", 5).matches("(?s).*located where the text gives none +0\\.500  \\(1/2\\).*"),
        s.text("g", 5));
    assertTrue(s.json("g").contains("\"within_25km\":0.5000"), s.json("g"));
  }
}
