package org.dyad.eval.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dyad.coder.dict.DictionaryTable;
import org.dyad.coder.event.RankerScore;
import org.junit.jupiter.api.Test;

/**
 * The ranker's training on choices built by hand: the candidate after a "with" is always the target,
 * a subject never is, and in a third of the choices no candidate is right. The fitted weights must
 * say so, the held-out picks must be the right ones, and the written file must read back as a
 * dictionary table with its threshold.
 */
class RankerTrainerTest {
  @Test
  void learnsWhichFeaturesMarkTheTargetAndAbstainsWhenNoneDoes() {
    List<RankerTrainer.Sample> samples = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      if (i % 3 == 2) {
        // no target among the candidates: two subjects
        samples.add(new RankerTrainer.Sample("s" + i, List.of(List.of("rel=nsubj", "side=before"),
            List.of("rel=nsubj", "side=after")), List.of(false, false)));
      } else {
        samples.add(new RankerTrainer.Sample("s" + i, List.of(List.of("rel=nsubj", "side=before"),
            List.of("case=with", "side=after")), List.of(false, true)));
      }
    }
    RankerTrainer.Trained t = new RankerTrainer(RankerTrainer.DEFAULT_C).train(samples, 5);
    assertTrue(t.weights().get("case=with") > 0, t.weights().toString());
    assertTrue(t.weights().get("rel=nsubj") < 0, t.weights().toString());
    RankerTrainer.Figures h = t.heldOut();
    assertEquals(60, h.choices());
    assertEquals(40, h.answerable());
    // every held-out "with" candidate is picked and no subject is
    assertEquals(40, h.picks());
    assertEquals(40, h.right());
    assertEquals(120, t.instances());
    assertTrue(RankerScore.probability(t.weights(), List.of("case=with", "side=after")) >= t.threshold());
    assertTrue(RankerScore.probability(t.weights(), List.of("rel=nsubj", "side=after")) < t.threshold());
  }

  @Test
  void theWrittenFileReadsBackAsADictionaryTable() throws Exception {
    List<RankerTrainer.Sample> samples = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      samples.add(new RankerTrainer.Sample("s" + i, List.of(List.of("a"), List.of("b")), List.of(i % 2 == 0, false)));
    }
    RankerTrainer.Trained t = new RankerTrainer(RankerTrainer.DEFAULT_C).train(samples, 4);
    String text = RankerWeightsWriter.write(t, List.of("test set (20 sentences)"), "figures", RankerTrainer.DEFAULT_C);
    DictionaryTable table = DictionaryTable.parse("rank/target-ranker.tsv", "test",
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), List.of("feature", "weight"));
    assertEquals(t.threshold(), Double.parseDouble(table.header().get("threshold")), 0.005);
    assertTrue(table.rows().stream().anyMatch(r -> r.text(0).equals(RankerScore.BIAS)));
    assertTrue(table.rows().stream().anyMatch(r -> r.text(0).equals("a")));
  }

  @Test
  void aSampleNeedsOneLabelPerCandidateAndTrainingNeedsSamples() {
    assertThrows(IllegalArgumentException.class,
        () -> new RankerTrainer.Sample("s", List.of(List.of("a")), List.of(true, false)));
    assertThrows(IllegalArgumentException.class, () -> new RankerTrainer(1).train(List.of(), 5));
  }
}
