package org.dyad.store.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.dyad.model.analysis.Location;
import org.dyad.store.export.EventExporter;
import org.dyad.store.fixture.CorpusStore;
import org.dyad.store.fixture.Db;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Where the corpus's events took place: one of its nine, the Warsaw meeting, has a place. */
class PlaceQueriesIT {
  @RegisterExtension
  static final CorpusStore CORPUS = new CorpusStore();

  private static EventFilter filter(Map<String, String> params) {
    return EventFilter.parse(params::get);
  }

  @Test
  void theStoredEventCarriesItsPlace() {
    assertEquals("Warsaw 756135 POL PL.78 Mazovia city clause", Db.one(CORPUS.store(), "SELECT concat_ws(' ',"
        + " geo_name, geo_id, geo_country, geo_admin1, geo_admin1_name, geo_feature, geo_basis) FROM events"
        + " WHERE geo_name IS NOT NULL"));
    assertEquals("1", Db.one(CORPUS.store(), "SELECT count(*) FROM events WHERE geo_name IS NOT NULL"));
    EventQueries.EventRow row = CORPUS.events().page(filter(Map.of("place", "Warsaw")), null, true, 1, 50)
        .events().get(0);
    Location at = row.place();
    assertEquals("042", row.cameo());
    assertEquals(52.22977, at.lat(), 1e-9);
    assertEquals(756135L, at.geonamesId());
    assertNull(at.span(), "an event's place is its first located mention's, not one span");
  }

  @Test
  void aBoxHoldsTheEventsLocatedInsideIt() {
    assertEquals(1, CORPUS.events().page(filter(Map.of("bbox", "14,49,24.2,55")), null, true, 1, 50).total());
    assertEquals(0, CORPUS.events().page(filter(Map.of("bbox", "22,49,24.2,55")), null, true, 1, 50).total(),
        "Warsaw lies west of 22 degrees east");
    assertEquals(0, CORPUS.events().page(filter(Map.of("bbox", "170,-20,-170,-10")), null, true, 1, 50).total());
    assertEquals(1, CORPUS.events().page(filter(Map.of("place_country", "POL")), null, true, 1, 50).total());
  }

  @Test
  void countsPerPlaceAndPerCountry() {
    PlaceQueries places = CORPUS.places();
    assertEquals(List.of(new PlaceQueries.PlaceCount("Warsaw", "POL", "Mazovia", 52.22977, 21.01178, "city", 1, 1.9)),
        places.counts(EventFilter.ALL, "place", 10));
    assertEquals(List.of(new PlaceQueries.PlaceCount("POL", "POL", null, 52.22977, 21.01178, "country", 1, 1.9)),
        places.counts(EventFilter.ALL, "country", 10));
    assertEquals(List.of(), places.counts(filter(Map.of("quad", "4")), null, 10), "the filters apply");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> places.counts(EventFilter.ALL, "city", 10));
    assertTrue(e.getMessage().startsWith("level: 'city'"), e.getMessage());
  }

  @Test
  void theGdeltExportFillsTheActionGeography() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new EventExporter(CORPUS.store()).gdelt(filter(Map.of("place", "Warsaw")), out);
    List<String> row = List.of(out.toString(StandardCharsets.UTF_8).strip().split("\t", -1));
    assertEquals(61, row.size());
    // No country codes given to the exporter: names and points, no FIPS (the CLI gives them).
    assertEquals(List.of("4", "Warsaw, Mazovia", "", "", "", "52.2298", "21.0118", "756135"), row.subList(51, 59));
  }
}
