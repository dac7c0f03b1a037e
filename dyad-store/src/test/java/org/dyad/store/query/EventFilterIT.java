package org.dyad.store.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.store.fixture.CorpusStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Which of the corpus's nine events (see Corpus) each filter selects, by CAMEO code. */
class EventFilterIT {
  @RegisterExtension
  static final CorpusStore CORPUS = new CorpusStore();

  /** The sorted CAMEO codes of the events the filter (name, value, name, value...) selects. */
  private static List<String> codes(String... params) {
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i < params.length; i += 2) {
      m.put(params[i], params[i + 1]);
    }
    EventQueries.EventPage page = CORPUS.events().page(EventFilter.parse(m::get), "code", false, 1, 500);
    List<String> codes = page.events().stream().map(EventQueries.EventRow::cameo).toList();
    assertEquals(page.total(), codes.size());
    return codes;
  }

  @Test
  void aCountryMatchesItsActorCodesOnThatSide() {
    assertEquals(List.of("112"), codes("source", "RUS"));
    assertEquals(List.of("112"), codes("source", "rusgov"));
    assertEquals(List.of(), codes("source", "RUSMIL"));
    assertEquals(List.of("120", "130", "150"), codes("target", "RUS"));
    assertEquals(List.of("112"), codes("source", "RUS", "target", "UKR"));
    assertEquals(List.of("0333", "130"), codes("source", "IGO"));
  }

  @Test
  void eitherDirectionTakesTheDyadBothWaysRound() {
    assertEquals(List.of("112"), codes("source", "RUS", "target", "UKR"));
    assertEquals(List.of("112", "120"), codes("source", "RUS", "target", "UKR", "direction", "either"),
        "Valeva accused Ukraine; Ukrainian officials rejected Valeva");
    assertEquals(List.of("042", "057"), codes("source", "POL", "target", "DEU", "direction", "either"));
    assertEquals(List.of(), codes("source", "POL", "target", "DEU"));
    assertEquals(List.of("0333", "112", "120"), codes("source", "UKR", "direction", "either"));
    assertEquals(List.of("112"), codes("source", "RUS", "target", "UKR", "direction", "forward"));
  }

  @Test
  void countryIsEitherSidesCountry() {
    assertEquals(List.of("112", "120", "130", "150"), codes("country", "RUS"));
    assertEquals(List.of("036", "163"), codes("country", "irn"));
  }

  @Test
  void sectorIsAWholeSectorCodeOnEitherSide() {
    assertEquals(List.of("042", "057", "112", "120"), codes("sector", "GOV"));
    assertEquals(List.of("036", "163"), codes("sector", "LEG"));
    assertEquals(List.of(), codes("sector", "GO"));
    assertEquals(List.of(), codes("sector", "MIL"));
  }

  @Test
  void actorIsANameSubstringOrACodePrefix() {
    assertEquals(List.of("112", "120"), codes("actor", "valeva"));
    assertEquals(List.of("112", "120"), codes("actor", "IRINA vAL"));
    assertEquals(List.of("036"), codes("actor", "Whitfield"));
    assertEquals(List.of("042", "057", "150"), codes("actor", "POL"));
    assertEquals(List.of("042", "057"), codes("actor", "DEUGOV"));
    assertEquals(List.of(), codes("actor", "Lavrov"));
  }

  @Test
  void fromAndToAreInclusive() {
    assertEquals(List.of("112", "120", "130"), codes("from", "2025-06-03", "to", "2025-06-04"));
    assertEquals(List.of("057"), codes("from", "2025-06-10"));
    assertEquals(List.of("163"), codes("to", "2024-01-01"));
    assertEquals(List.of("150"), codes("from", "2025-06-01", "to", "2025-06-01"), "a month's first day");
    assertEquals(List.of(), codes("from", "2025-06-11"));
  }

  @Test
  void codesQuadModalityAndPlover() {
    assertEquals(List.of("112"), codes("root", "11"));
    assertEquals(List.of("0333", "036"), codes("code", "03"));
    assertEquals(List.of("0333"), codes("code", "0333"));
    assertEquals(List.of("150", "163"), codes("quad", "4"));
    assertEquals(List.of("163"), codes("modality", "negated"));
    assertEquals(List.of("150"), codes("modality", "future"));
    assertEquals(List.of("036", "042"), codes("plover", "consult"));
    assertEquals(List.of("112"), codes("plover", "ACCUSE", "quad", "3", "country", "UKR"));
  }

  @Test
  void textIsACaseInsensitiveSubstringOfAnyMentionsSentence() {
    assertEquals(List.of("112"), codes("text", "GRAIN DEAL"), "the second article's sentence");
    assertEquals(List.of("112"), codes("text", "sabotaging"), "the first article's sentence");
    assertEquals(List.of("130", "150"), codes("text", "40"));
  }

  @Test
  void percentAndUnderscoreInTextAreLiteral() {
    assertEquals(List.of("130"), codes("text", "40%"), "not the sentence with '40 tanks'");
    assertEquals(List.of(), codes("text", "grain_deal"), "not 'grain deal'");
    assertEquals(List.of("130"), codes("text", "%"), "the one sentence with a percent sign");
    assertEquals(List.of(), codes("text", "40%tariff"));
    assertEquals(List.of(), codes("actor", "_"));
  }

  @Test
  void sqlInTextOrActorIsJustText() {
    assertEquals(List.of(), codes("text", "x' OR 1=1 --"));
    assertEquals(List.of(), codes("actor", "x' OR 1=1 --"));
    assertEquals(List.of(), codes("actor", "'; DROP TABLE events; --"));
    assertEquals(List.of(), codes("text", "\\' OR '1'='1"));
    assertEquals(9, codes().size(), "the events are all still there");
  }
}
