package org.dyad.coder.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.coder.dict.DictionaryException;
import org.dyad.coder.fixture.HandParsed;
import org.dyad.coder.tree.SentenceTree;
import org.dyad.model.analysis.Basis;
import org.dyad.model.analysis.Actor;
import org.dyad.model.analysis.Event;
import org.dyad.model.analysis.Span;
import org.dyad.model.text.ParsedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The learned target ranking on a hand-parsed sentence, "EU says intervention in Venezuela must stop
 * .", whose statement has no target in its slots: the features of the candidate, the pick when the
 * model's probability reaches the threshold and none below it, and the errors of a bad weights file.
 * The weights are written here by hand, so the expected probabilities can be worked out on paper.
 */
class TargetRankerTest {
  private static final String TEXT = "EU says intervention in Venezuela must stop .";

  @TempDir
  Path dir;

  @Test
  void thePathGoesFromTheTriggerDownToTheCandidate() {
    SentenceTree tree = new SentenceTree(doc().sentences().get(0));
    assertEquals("↓ccomp↓nsubj↓nmod", RankFeatures.path(tree, 1, 4));
    assertEquals("↓nsubj", RankFeatures.path(tree, 1, 0));
    // from the embedded subject up to "stop" and down to the speaker
    assertEquals("↑nsubj↑ccomp↓nsubj", RankFeatures.path(tree, 2, 0));
  }

  @Test
  void aCandidateAboveTheThresholdBecomesTheTargetAndTheTraceSaysSo() throws IOException {
    // bias -1 + case=in 3 = 2: p = 0.88, over the threshold 0.5
    List<Event> events = code(model("0.5", "bias\t-1", "case=in\t3"));
    Event say = events.stream().filter(e -> e.cameo().equals("010")).findFirst().orElseThrow();
    assertEquals("EU", say.sourceText());
    assertEquals("Venezuela", say.targetText());
    assertEquals(Basis.TEXT, say.targetBasis());
  }

  @Test
  void belowTheThresholdTheEventKeepsNoTarget() throws IOException {
    // bias -1 + case=in 0.5 = -0.5: p = 0.38
    List<Event> events = code(model("0.5", "bias\t-1", "case=in\t0.5"));
    Event say = events.stream().filter(e -> e.cameo().equals("010")).findFirst().orElseThrow();
    assertNull(say.target());
  }

  @Test
  void theChoiceListsEveryCandidateWithItsFeatures() throws IOException {
    List<TargetChoice> choices = new ArrayList<>();
    coder(model("0.9", "bias\t0")).code(doc(), actors(), List.of(), line -> { }, choices::add);
    TargetChoice c = choices.stream().filter(x -> x.event().cameo().equals("010")).findFirst().orElseThrow();
    assertEquals(1, c.options().size());
    TargetChoice.Option o = c.options().get(0);
    assertEquals("Venezuela", o.text());
    assertEquals(0.5, o.probability(), 1e-9);
    assertTrue(o.features().containsAll(List.of("case=in", "path=↓ccomp↓nsubj↓nmod", "side=after",
        "statement=true", "kind=COUNTRY", "placed=true", "own-country=false")), o.features().toString());
  }

  @Test
  void aBadWeightsFileNamesFileAndLine() throws IOException {
    DictionaryException noThreshold = assertThrows(DictionaryException.class,
        () -> TargetRanker.load(write("# Dyad model: test\n# version: 1\n# source: test\n# columns: feature\tweight\n")));
    assertTrue(noThreshold.getMessage().contains("target-ranker.tsv"), noThreshold.getMessage());
    assertTrue(noThreshold.getMessage().contains("threshold"), noThreshold.getMessage());
    DictionaryException badWeight = assertThrows(DictionaryException.class, () -> TargetRanker.load(model("0.5",
        "bias\t-1", "case=in\tlots")));
    assertTrue(badWeight.getMessage().contains("target-ranker.tsv:7"), badWeight.getMessage());
  }

  private List<Event> code(Path overrides) {
    return coder(overrides).code(doc(), actors(), List.of());
  }

  private static EventCoder coder(Path overrides) {
    return new EventCoder(EventDictionary.load(overrides, CameoOntology.load(null)));
  }

  private Path model(String threshold, String... rows) throws IOException {
    return write("# Dyad model: test weights\n# version: 1\n# source: written by hand for this test\n# threshold: "
        + threshold + "\n# columns: feature\tweight\n" + String.join("\n", rows) + "\n");
  }

  private Path write(String content) throws IOException {
    Path f = dir.resolve(TargetRanker.RESOURCE);
    Files.createDirectories(f.getParent());
    Files.writeString(f, content);
    return dir;
  }

  private static List<Actor> actors() {
    return List.of(
        new Actor("a1", "European Union", "ORGANIZATION", "IGOEUREEC", null, List.of(), null, "test",
            List.of(new Span(0, 2))),
        new Actor("a2", "Venezuela", "COUNTRY", "VEN", "VEN", List.of(), null, "test",
            List.of(new Span(TEXT.indexOf("Venezuela"), TEXT.indexOf("Venezuela") + 9))));
  }

  private static ParsedDocument doc() {
    return HandParsed.doc(TEXT, LocalDate.of(2025, 6, 4), new String[] {"NNP", "VBZ", "NN", "IN", "NNP", "MD", "VB", "."},
        new String[] {"EU", "say", "intervention", "in", "Venezuela", "must", "stop", "."},
        "root -1 1", "nsubj 1 0", "ccomp 1 6", "nsubj 6 2", "case 4 3", "nmod 2 4", "aux 6 5", "punct 1 7");
  }
}
