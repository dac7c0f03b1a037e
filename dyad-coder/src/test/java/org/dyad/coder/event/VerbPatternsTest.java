package org.dyad.coder.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.coder.dict.DictionaryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated verb patterns (cameo/verb-patterns.tsv, from PETRARCH2's CAMEO verb dictionary by
 * scripts/petrarch2/verbs.py) load after the hand-written ones; the facts checked here were read
 * against the CAMEO 1.1b3 codebook's category meanings.
 */
class VerbPatternsTest {
  private static final String HEADER =
      "# version: t\n# source: t\n# columns: trigger\tpos\tsource\ttarget\tobject\tcode\n";

  private static EventPattern general(EventDictionary d, String lemma) {
    return d.patterns(lemma).stream().filter(p -> p.object() == null && !p.noun() && p.particle() == null)
        .findFirst().orElseThrow(() -> new AssertionError("no general verb row for " + lemma));
  }

  @Test
  void shippedGeneratedRowsCarryCodebookMeanings() {
    EventDictionary d = EventDictionary.load(null, CameoOntology.load(null));
    // 173 arrest, detain or charge with legal action; 174 expel or deport; 061 cooperate economically
    EventPattern prosecute = general(d, "prosecute");
    assertEquals("173", prosecute.code());
    assertTrue(prosecute.where().startsWith(EventDictionary.GENERATED + ":"), prosecute.where());
    assertEquals(List.of("subj"), prosecute.source());
    assertTrue(prosecute.target().contains("obj"));
    assertEquals("174", general(d, "evict").code());
    assertEquals("061", general(d, "fund").code());
    // 185 attempt to assassinate: only with that object, no general row for "attempt"
    List<EventPattern> attempt = d.patterns("attempt");
    assertTrue(attempt.stream().anyMatch(p -> "=assassination".equals(p.object()) && p.code().equals("185")));
    assertTrue(attempt.stream().noneMatch(p -> p.object() == null));
    // 112 accuse: "pinned the blame on"
    assertTrue(d.patterns("pin").stream().anyMatch(p -> "=blame".equals(p.object()) && p.code().equals("112")));
    // PETRARCH's speech and light verbs stay out
    for (String lemma : List.of("describe", "get", "say", "suggest")) {
      assertTrue(d.patterns(lemma).stream().noneMatch(p -> p.where().startsWith(EventDictionary.GENERATED)), lemma);
    }
  }

  @Test
  void handRowsOfALemmaComeBeforeItsGeneratedRows(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("cameo"));
    Files.writeString(dir.resolve("cameo/event-patterns.tsv"), HEADER + "prosecute\tV\tsubj\tobj\t-\t111\n");
    EventDictionary d = EventDictionary.load(dir, CameoOntology.load(null));
    List<EventPattern> rows = d.patterns("prosecute");
    assertEquals("cameo/event-patterns.tsv:4", rows.get(0).where());
    assertEquals("111", rows.get(0).code());
    assertTrue(rows.size() > 1 && rows.get(1).where().startsWith(EventDictionary.GENERATED));
  }

  @Test
  void generatedFileIsOverridableAndChecked(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("cameo"));
    Files.writeString(dir.resolve("cameo/verb-patterns.tsv"), HEADER + "evict\tV\tsubj\tobj\t-\t174\n");
    EventDictionary d = EventDictionary.load(dir, CameoOntology.load(null));
    assertEquals(1, d.patterns("evict").size());
    assertFalse(d.triggerLemmas().contains("prosecute"));
    Files.writeString(dir.resolve("cameo/verb-patterns.tsv"), HEADER + "\nevict\tV\tsubj\tobj\t-\t999\n");
    DictionaryException e = assertThrows(DictionaryException.class,
        () -> EventDictionary.load(dir, CameoOntology.load(null)));
    assertEquals("cameo/verb-patterns.tsv:5: CAMEO code '999' is not in cameo-codes.tsv", e.getMessage());
  }
}
