package org.dyad.store.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class EventFilterTest {
  static EventFilter parse(Map<String, String> params) {
    return EventFilter.parse(params::get);
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "source|R U S", "source|RUS;", "target|ukr-gov", "country|R", "sector|G'OV",
      "root|abc", "root|1", "root|190", "code|1a", "code|12345", "code|1",
      "plover|A", "plover|ACCUSE1", "quad|5", "quad|0", "quad|x", "modality|maybe",
      "from|yesterday", "from|2025-6-3", "to|2025-13-01", "to|2025-02-30"})
  void aBadParameterIsNamed(String name, String value) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> parse(Map.of(name, value)));
    assertTrue(e.getMessage().startsWith(name + ": "), e.getMessage());
    assertTrue(e.getMessage().contains(value), e.getMessage());
  }

  @Test
  void anOverlongActorIsNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> parse(Map.of("actor", "x".repeat(201))));
    assertTrue(e.getMessage().startsWith("actor: "), e.getMessage());
  }

  @Test
  void valuesAreNormalisedAndBlanksAreAbsent() {
    EventFilter f = parse(Map.of("source", " rusgov ", "sector", "gov", "plover", "accuse",
        "modality", "Negated", "quad", "3", "from", "2025-06-01", "to", " ", "text", " 40% "));
    assertEquals("RUSGOV", f.source());
    assertEquals("GOV", f.sector());
    assertEquals("ACCUSE", f.plover());
    assertEquals("negated", f.modality());
    assertEquals(3, f.quad());
    assertEquals(LocalDate.of(2025, 6, 1), f.from());
    assertEquals(null, f.to());
    assertEquals("40%", f.text());
    assertEquals(EventFilter.ALL, parse(Map.of()));
  }

  @Test
  void noFilterIsTrue() {
    assertEquals(new EventFilter.Sql("TRUE", List.of()), EventFilter.ALL.where());
  }

  @Test
  void valuesTravelAsParametersWithLikeWildcardsEscaped() {
    EventFilter.Sql sql = parse(Map.of("text", "40%_x\\", "actor", "x' OR 1=1 --")).where();
    assertTrue(!sql.condition().contains("40") && !sql.condition().contains("1=1"), sql.condition());
    assertTrue(sql.params().contains("%40\\%\\_x\\\\%"), sql.params().toString());
    assertTrue(sql.params().contains("%x' OR 1=1 --%"), sql.params().toString());
  }

  @Test
  void everyParameterIsRead() {
    Map<String, String> all = Map.ofEntries(Map.entry("source", "RUS"), Map.entry("target", "UKR"),
        Map.entry("actor", "Valeva"), Map.entry("country", "RUS"), Map.entry("sector", "GOV"),
        Map.entry("root", "11"), Map.entry("code", "112"), Map.entry("plover", "ACCUSE"),
        Map.entry("quad", "3"), Map.entry("modality", "asserted"), Map.entry("from", "2025-06-01"),
        Map.entry("to", "2025-06-30"), Map.entry("text", "grain"), Map.entry("bbox", "14,49,24.2,55"),
        Map.entry("place", "Warsaw"), Map.entry("place_country", "pol"), Map.entry("direction", "either"),
        Map.entry("statements", "targeted"));
    assertEquals(EventFilter.PARAMETERS.size(), all.size());
    assertTrue(all.keySet().containsAll(EventFilter.PARAMETERS));
    EventFilter.Sql sql = parse(all).where();
    assertEquals(28, sql.params().size(), "sides (both ways round) four each; actor, country, sector and the"
        + " box's edges two each");
    assertEquals(28, sql.condition().chars().filter(c -> c == '?').count(), sql.condition());
    assertTrue(sql.params().contains("POL"), "a country code in capitals");
  }

  @Test
  void targetedStatementsLeaveOutStatementsWithoutATarget() {
    assertEquals("TRUE", parse(Map.of("statements", "all")).where().condition());
    assertEquals("NOT (e.cameo_root = '01' AND e.target_code IS NULL AND e.target_name IS NULL)",
        parse(Map.of("statements", "Targeted")).where().condition());
  }

  @Test
  void directionAndStatementsTakeTwoValuesEach() {
    for (String name : List.of("direction", "statements")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> parse(Map.of(name, "both")));
      assertTrue(e.getMessage().startsWith(name + ": 'both' is not "), e.getMessage());
    }
  }

  @Test
  void aBadBoxIsNamed() {
    for (String bad : List.of("1,2,3", "a,1,2,3", "0,91,1,92", "0,10,1,5", "190,0,200,1")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> parse(Map.of("bbox", bad)));
      assertTrue(e.getMessage().startsWith("bbox: "), e.getMessage());
    }
  }

  @Test
  void aBoxAcrossTheDateLineTakesBothSides() {
    EventFilter.Sql sql = parse(Map.of("bbox", "170,-20,-170,-10")).where();
    assertTrue(sql.condition().contains("e.geo_lon >= ? OR e.geo_lon <= ?"), sql.condition());
  }
}
