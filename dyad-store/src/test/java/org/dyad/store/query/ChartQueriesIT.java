package org.dyad.store.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dyad.store.fixture.CorpusStore;
import org.dyad.store.query.ChartQueries.Edge;
import org.dyad.store.query.ChartQueries.Node;
import org.dyad.store.query.ChartQueries.Point;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Timelines and networks of the corpus's nine events (see Corpus for the table they come from). */
class ChartQueriesIT {
  @RegisterExtension
  static final CorpusStore CORPUS = new CorpusStore();

  private static EventFilter filter(Map<String, String> params) {
    return EventFilter.parse(params::get);
  }

  @Test
  void weeksStartOnMondayAndCountEachQuadClass() {
    ChartQueries.Timeline t = CORPUS.charts().timeline(EventFilter.ALL, "week");
    assertEquals("week", t.bucket());
    // The events dated 2024 and 2025-06 are not drawn in the weeks of 1 January and 1 June: they are
    // the two coarser ones.
    assertEquals(List.of(
        new Point("2025-06-02", 5, 2, 0, 3, 0, -0.24),                 // Tue 3rd to Sun 8th
        new Point("2025-06-09", 2, 2, 0, 0, 0, 4.95)),                 // Mon 9th, Tue 10th
        t.points().stream().filter(p -> p.events() > 0).toList());
    assertEquals(2, t.coarser());
    for (Point p : t.points()) {
      assertEquals(DayOfWeek.MONDAY, LocalDate.parse(p.period()).getDayOfWeek(), p.period());
    }
  }

  @Test
  void theAxisIsContinuousWithEmptyPeriodsBetweenEvents() {
    // The day-dated events fall on 3, 4 or 5, 8, 9 and 10 June 2025 (the 2024 and 2025-06 ones are
    // coarser than a day): 3 to 10 June is eight days, Friday 6th and Saturday 7th without events.
    List<Point> days = CORPUS.charts().timeline(EventFilter.ALL, "day").points();
    assertEquals(8, days.size());
    assertEquals("2025-06-03", days.get(0).period());
    assertEquals("2025-06-10", days.get(7).period());
    assertEquals(new Point("2025-06-06", 0, 0, 0, 0, 0, null), days.get(3));
    assertEquals(new Point("2025-06-07", 0, 0, 0, 0, 0, null), days.get(4));
    for (int i = 1; i < days.size(); i++) {
      assertEquals(LocalDate.parse(days.get(i - 1).period()).plusDays(1), LocalDate.parse(days.get(i).period()));
    }
  }

  @Test
  void theAxisReachesOutToFromAndTo() {
    List<Point> days = CORPUS.charts().timeline(filter(Map.of("source", "RUS", "target", "UKR",
        "from", "2025-06-01", "to", "2025-06-05")), "day").points();
    assertEquals(List.of("2025-06-01", "2025-06-02", "2025-06-03", "2025-06-04", "2025-06-05"),
        days.stream().map(Point::period).toList());
    assertEquals(1, days.get(2).events());
    List<Point> all = CORPUS.charts().timeline(filter(Map.of("from", "1900-01-01")), "day").points();
    assertEquals("2025-06-03", all.get(0).period(), "a from too far back for days is not drawn out");
  }

  @Test
  void weekIsTheDefaultAndDaysAndMonthsWork() {
    assertEquals(CORPUS.charts().timeline(EventFilter.ALL, "week"), CORPUS.charts().timeline(EventFilter.ALL, null));
    // The month 2025-06 is drawn in June; the year 2024 in no month.
    ChartQueries.Timeline months = CORPUS.charts().timeline(EventFilter.ALL, "month");
    assertEquals(List.of(new Point("2025-06-01", 8, 4, 0, 3, 1, 0.19)), months.points());
    assertEquals(1, months.coarser());
    assertEquals(List.of(new Point("2025-06-03", 1, 0, 0, 1, 0, -2.0)),
        CORPUS.charts().timeline(filter(Map.of("source", "RUS", "target", "UKR")), "day").points());
  }

  @Test
  void anUnknownBucketIsNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CORPUS.charts().timeline(EventFilter.ALL, "year"));
    assertTrue(e.getMessage().startsWith("bucket: 'year'"), e.getMessage());
  }

  @Test
  void countryLevelJoinsActorsOfOneCountry() {
    ChartQueries.Network n = CORPUS.charts().network(EventFilter.ALL, "country", 1, 60);
    assertEquals(List.of(
        new Edge("DEU", "POL", 2, 2, 0, 4.95),
        new Edge("USA", "IRN", 2, 1, 1, -2.0),
        new Edge("IGOEUREEC", "RUS", 1, 0, 1, -4.4),      // no country: its code
        new Edge("IGOEUREEC", "UKR", 1, 1, 0, 5.2),
        new Edge("POL", "RUS", 1, 0, 1, -7.2),
        new Edge("RUS", "UKR", 1, 0, 1, -2.0),
        new Edge("UKR", "RUS", 1, 0, 1, -4.0)), n.edges());
    Map<String, Long> nodes = new java.util.HashMap<>();
    n.nodes().forEach(node -> nodes.put(node.id(), node.events()));
    assertEquals(Map.of("DEU", 2L, "POL", 3L, "USA", 2L, "IRN", 2L, "IGOEUREEC", 2L, "RUS", 4L, "UKR", 3L),
        nodes);
  }

  @Test
  void actorLevelKeepsTheActorCodes() {
    ChartQueries.Network n = CORPUS.charts().network(EventFilter.ALL, "actor", 1, 60);
    assertEquals(7, n.edges().size());
    assertTrue(n.edges().contains(new Edge("UKRGOV", "RUSGOV", 1, 0, 1, -4.0)), n.edges().toString());
    assertTrue(n.edges().contains(new Edge("RUSGOV", "UKR", 1, 0, 1, -2.0)), n.edges().toString());
    assertEquals(List.of(new Edge("DEUGOV", "POLGOV", 2, 2, 0, 4.95), new Edge("USALEG", "IRN", 2, 1, 1, -2.0)),
        CORPUS.charts().network(EventFilter.ALL, "actor", 2, 60).edges());
  }

  @Test
  void nodesSayWhetherTheyAreStatesOrganisationsActorsOrBareSectors() {
    Map<String, String> kinds = new java.util.HashMap<>();
    CORPUS.charts().network(EventFilter.ALL, "actor", 1, 60).nodes().forEach(n -> kinds.put(n.id(), n.kind()));
    assertEquals("actor", kinds.get("RUSGOV"));
    assertEquals("country", kinds.get("UKR"));
    assertEquals("igo", kinds.get("IGOEUREEC"));
    assertEquals("sector", Node.of("MIL", 3, null).kind(), "a sector with no country is no state");
    assertEquals("sector", Node.of("CVL", 1, null).kind());
    assertEquals("country", Node.of("RUS", 1, "RUS").kind());
  }

  @Test
  void minLimitAndFiltersCutTheNetwork() {
    ChartQueries.Network heaviest = CORPUS.charts().network(EventFilter.ALL, null, 1, 1);
    assertEquals(List.of(new Edge("DEU", "POL", 2, 2, 0, 4.95)), heaviest.edges());
    assertEquals(List.of(new Node("DEU", 2, "country"), new Node("POL", 2, "country")), heaviest.nodes());
    assertEquals(4, CORPUS.charts().network(filter(Map.of("country", "RUS")), "country", 1, 60).edges().size());
    assertTrue(CORPUS.charts().network(EventFilter.ALL, "country", 3, 60).edges().isEmpty());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CORPUS.charts().network(EventFilter.ALL, "region", 1, 60));
    assertTrue(e.getMessage().startsWith("level: 'region'"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> CORPUS.charts().network(EventFilter.ALL, "actor", 0, 60));
    assertThrows(IllegalArgumentException.class, () -> CORPUS.charts().network(EventFilter.ALL, "actor", 1, 1001));
  }
}
