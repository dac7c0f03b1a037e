package org.dyad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * What {@code dyad eval} runs ({@link GoldSetRun}), with the real models on the first 20 sentences of each shared marked-sentence
 * gold set (skipped when ../shared is absent): the figures are shares in [0,1] and hang together
 * (a pair needs its source, its target and, for plv, its type).
 */
class PairEvalIT {
  private static JsonNode eval(Path gold) throws Exception {
    return EvalFixtures.runJson(new GoldSetRun.Options(gold, GoldFormat.AUTO, null, 20, null, 3, true));
  }

  private static int n(JsonNode root, String figure) {
    JsonNode f = root.get(figure);
    assertTrue(f != null, () -> figure + " missing in " + root);
    double share = f.get("share").asDouble();
    assertTrue(share >= 0 && share <= 1, () -> figure + " share " + share);
    assertTrue(f.get("n").asInt() <= f.get("of").asInt(), f::toString);
    return f.get("n").asInt();
  }

  private static void pairsHangTogether(JsonNode r) {
    assertEquals(20, r.get("sentences").asInt(), r::toString);
    int pair = n(r, "pair_recall");
    assertTrue(pair <= n(r, "source_recall") && pair <= n(r, "target_recall"), r::toString);
    assertEquals(r.get("gold_pairs").asInt(), r.get("pair_recall").get("of").asInt());
    n(r, "events_with_target");
    assertTrue(r.get("events_with_target").get("of").asInt() <= r.get("predicted_events").asInt(), r::toString);
  }

  @Test
  void plvFiguresHangTogether() throws Exception {
    JsonNode r = eval(EvalFixtures.shared("gold/plv-train.tsv"));
    assertEquals("plv", r.get("format").asText());
    pairsHangTogether(r);
    int pair = r.get("pair_recall").get("n").asInt();
    int typeSource = n(r, "type_source_recall");
    assertTrue(pair <= typeSource && typeSource <= r.get("source_recall").get("n").asInt(), r::toString);
    n(r, "type_recall");
    assertEquals(20, r.get("type_recall").get("of").asInt());
    int perType = 0;
    for (JsonNode t : (Iterable<JsonNode>) () -> r.get("types").elements()) {
      perType += t.get("n").asInt();
    }
    assertEquals(20, perType, "each sentence in one type row");
  }

  @Test
  void conflibertFiguresHangTogether() throws Exception {
    JsonNode r = eval(EvalFixtures.shared("gold/conflibert-cameo-ner-train.txt"));
    assertEquals("conflibert-ner", r.get("format").asText());
    pairsHangTogether(r);
    assertTrue(r.get("type_recall") == null, "no types in this set");
    assertTrue(r.get("gold_pairs").asInt() > 0, r::toString);
    assertTrue(r.get("notes").toString().contains("each source span"), r::toString);
  }
}
