package org.dyad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code dyad eval} with the real models on the two location gold sets (sentences of
 * ../shared/corpus, skipped when it is absent): the aims on both, the development set the
 * geocoder was tuned on and the held-out set it never was.
 */
class LocationEvalIT {
  private static JsonNode eval(String gold) throws Exception {
    Path corpus = EvalFixtures.shared("corpus/insightcrime.jsonl").getParent();
    return EvalFixtures.runJson(new GoldSetRun.Options(EvalFixtures.resource(gold), GoldFormat.AUTO, corpus, 0,
        null, 15, true));
  }

  private static void meetsTheAims(JsonNode r) {
    assertEquals(0, r.get("sentences_without_events").asInt(), r::toString);
    assertTrue(r.get("located_where_given").asDouble() >= 0.80, r::toString);
    assertTrue(r.get("country").asDouble() >= 0.90, r::toString);
    assertTrue(r.get("admin1").asDouble() >= 0.80, r::toString);
    assertTrue(r.get("within_25km").asDouble() >= 0.75, r::toString);
    assertTrue(r.get("located_where_none").asDouble() <= 0.15, r::toString);
  }

  @Test
  void developmentSet() throws Exception {
    meetsTheAims(eval("locations-gold.tsv"));
  }

  @Test
  void heldOutSet() throws Exception {
    meetsTheAims(eval("locations-heldout.tsv"));
  }
}
