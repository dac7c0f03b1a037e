package org.dyad.eval;

import static org.dyad.eval.EvalFixtures.readAll;
import static org.dyad.eval.EvalFixtures.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gold readers on small files written for these tests, and on ../shared where present. */
class GoldReaderTest {
  private final List<String> problems = new ArrayList<>();

  @Test
  void dyadFormatReadsGoodLinesAndReportsBadOnesWithTheirLine() throws IOException {
    List<GoldDocument> docs = readAll(new DyadGoldReader(EvalFixtures.CAMEO), resource("gold-small.jsonl"),
        problems);
    assertEquals(List.of("d1", "d2", "d5", "gold-small.jsonl:11"), docs.stream().map(GoldDocument::id).toList());

    GoldDocument d1 = docs.get(0);
    assertEquals(LocalDate.of(2024, 3, 5), d1.date());
    GoldEvent e = d1.events().get(0);
    assertEquals("RUSGOV", e.source());
    assertEquals("112", e.code());
    assertEquals("11", e.root());
    assertEquals("The Russian foreign minister", e.sourceText());

    GoldDocument d2 = docs.get(1);
    assertNull(d2.date());
    assertNull(d2.events().get(0).source()); // "---" is any actor
    assertEquals("14", d2.events().get(0).root()); // a number root is padded
    assertEquals("REQUEST", d2.events().get(1).plover()); // 0.5b1 "demand", any case
    assertEquals("USA|GBR", d2.events().get(1).target());
    assertEquals(List.of(), docs.get(2).events());

    assertEquals(6, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith(resource("gold-small.jsonl") + ":4: not valid JSON"), problems.get(0));
    assertTrue(problems.get(1).contains(":5: date '2024-13-40'"), problems.get(1));
    assertTrue(problems.get(2).contains(":7: events[0]: code '999' is not a CAMEO event code"), problems.get(2));
    assertTrue(problems.get(3).contains(":8: events[0]: no target"), problems.get(3));
    assertTrue(problems.get(4).contains(":9: events[0]: code '112' is not under root '05'"), problems.get(4));
    assertTrue(problems.get(5).contains(":10: events[0]: plover 'DANCE' is not a PLOVER type"), problems.get(5));
  }

  @Test
  void readingIsLazySoALimitStopsBeforeLaterBadLines() throws IOException {
    try (Stream<GoldDocument> s = new DyadGoldReader(EvalFixtures.CAMEO).read(resource("gold-small.jsonl"),
        problems::add)) {
      assertEquals(2, s.limit(2).count());
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void ploverRecordsMapTypesAndCowCodesAndSkipBadRecords() throws IOException {
    PloverGsrReader reader = new PloverGsrReader(EvalFixtures.smallCountries());
    List<GoldDocument> docs = readAll(reader, resource("plover-small.json"), problems);
    assertEquals(List.of("T-DEMAND-0001", "T-AGREE-0001", "T-FIGHT-0002", "T-DISAPPROVE-0001"),
        docs.stream().map(GoldDocument::id).toList());

    GoldEvent demand = docs.get(0).events().get(0);
    assertEquals("REQUEST", demand.plover());
    assertNull(demand.root());
    assertEquals("DEUGOV", demand.source()); // COW GMY + sector GOV
    assertEquals("GBR", demand.target()); // COW UKG
    assertEquals(LocalDate.of(2001, 2, 3), docs.get(0).date());

    // Two listed sources are two gold events (a compound actor), each with any target ("" is none).
    // AUS is a known ISO code, so it stays (although COW AUS is Austria); AUL is COW for Australia.
    List<GoldEvent> agree = docs.get(1).events();
    assertEquals(List.of("AUSCVL", "AUS"), agree.stream().map(GoldEvent::source).toList());
    assertTrue(agree.stream().allMatch(e -> e.target() == null && e.plover().equals("AGREE")));

    GoldEvent fight = docs.get(2).events().get(0);
    assertEquals("ASSAULT", fight.plover());
    assertEquals("IGO", fight.source()); // no sector on IGO: it must stay a prefix of any IGO code
    assertEquals("IMG", fight.target());

    assertEquals("ACCUSE", docs.get(3).events().get(0).plover());
    assertNull(docs.get(3).events().get(0).target());

    assertEquals(2, problems.size(), problems.toString());
    assertTrue(problems.get(0).endsWith("plover-small.json: record 4 (T-FIGHT-0001): event 'DANCE' is not a PLOVER type"),
        problems.get(0));
    assertTrue(problems.get(1).contains("record 6 (T-INVESTIGATE-0001): target is \"inspectors\", not a list"),
        problems.get(1));

    String notes = String.join("\n", reader.notes());
    assertTrue(notes.contains("DEMAND→REQUEST, DISAPPROVE→ACCUSE, INVESTIGATE→ACCUSE, FIGHT→ASSAULT"), notes);
    assertTrue(notes.contains("AUL→AUS ×1, GMY→DEU ×1, UKG→GBR ×1"), notes);
    assertTrue(notes.contains("DEMAND→REQUEST ×1"), notes);
    // Group codes need no mapping; and the bad record's RUR was never read.
    assertTrue(!notes.contains("IMG") && !notes.contains("IGO") && !notes.contains("RUR"), notes);
  }

  @Test
  void codesNeitherIsoNorCowAreNamedInTheNotes(@TempDir Path dir) throws IOException {
    Path f = Files.writeString(dir.resolve("p.json"), "[{\"id\": \"x\", \"event\": \"CONSULT\", "
        + "\"text\": \"Envoys met.\", \"source\": [{\"code\": \"ISM\"}], \"target\": [{\"code\": \"NGO\"}]}]");
    PloverGsrReader reader = new PloverGsrReader(EvalFixtures.smallCountries());
    assertEquals("ISM", readAll(reader, f, problems).get(0).events().get(0).source());
    String notes = String.join("\n", reader.notes());
    assertTrue(notes.contains("kept as they are (their events cannot match on the dyad): ISM ×1"), notes);
    assertTrue(!notes.contains("NGO"), notes);
  }

  @Test
  void theSetsOlderAbbreviationsForJapanItalyAndVietnamAreReadAsTheirIsoCodes(@TempDir Path dir)
      throws IOException {
    Path f = Files.writeString(dir.resolve("p.json"), "[{\"id\": \"x\", \"event\": \"CONSULT\", "
        + "\"text\": \"Japan's envoy met Italian officials.\", \"source\": [{\"code\": \"JAP\", \"sector\": \"GOV\"}],"
        + " \"target\": [{\"code\": \"ITL\"}]}]");
    PloverGsrReader reader = new PloverGsrReader(EvalFixtures.smallCountries());
    GoldEvent e = readAll(reader, f, problems).get(0).events().get(0);
    assertEquals("JPNGOV", e.source());
    assertEquals("ITA", e.target());
    String notes = String.join("\n", reader.notes());
    assertTrue(notes.contains("ITL→ITA ×1, JAP→JPN ×1"), notes);
  }

  @Test
  void malformedPloverJsonKeepsWhatCameBeforeAndSaysWhere() throws IOException {
    List<GoldDocument> docs = readAll(new PloverGsrReader(EvalFixtures.smallCountries()),
        resource("plover-truncated.json"), problems);
    assertEquals(List.of("T-CONSULT-0001"), docs.stream().map(GoldDocument::id).toList());
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).contains("plover-truncated.json: record 2: malformed JSON"), problems.get(0));
  }

  @Test
  void aPloverFileThatIsNotAnArrayGivesNothingAndSaysSo(@TempDir Path dir) throws IOException {
    Path f = Files.writeString(dir.resolve("x.json"), "{\"id\": \"a\"}");
    assertEquals(List.of(), readAll(new PloverGsrReader(EvalFixtures.smallCountries()), f, problems));
    assertEquals(List.of(f + ": not a JSON array of PLOVER records"), problems);
  }

  @Test
  void autoFormatLooksAtTheNameThenTheContent(@TempDir Path dir) throws IOException {
    assertEquals(GoldFormat.DYAD, GoldFormat.detect(Files.writeString(dir.resolve("a.jsonl"), "[")));
    assertEquals(GoldFormat.PENTACLASS, GoldFormat.detect(Files.writeString(dir.resolve("a.tsv"), "{")));
    assertEquals(GoldFormat.PLOVER_GSR, GoldFormat.detect(Files.writeString(dir.resolve("a.json"), "\uFEFF\n  [{}]")));
    assertEquals(GoldFormat.DYAD, GoldFormat.detect(Files.writeString(dir.resolve("b.json"), "{\"id\": 1}\n")));
    assertEquals(GoldFormat.PENTACLASS, GoldFormat.detect(Files.writeString(dir.resolve("c.txt"), "Words.\t3\n")));
    assertNull(GoldFormat.detect(Files.writeString(dir.resolve("d.txt"), "just prose\n")));
    assertEquals(GoldFormat.PLOVER_GSR, GoldFormat.parse("PLOVER-GSR"));
  }

  @Test
  void sharedPloverGoldStandardReadsWithOneBadRecord() throws IOException {
    Path file = EvalFixtures.shared("gold/plover-gsr-cameo.json");
    PloverGsrReader reader = new PloverGsrReader(EvalFixtures.smallCountries());
    List<GoldDocument> docs = readAll(reader, file, problems);
    // 323 records: one DOCUMENT record, one whose target is a word instead of a list.
    assertEquals(321, docs.size());
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).contains("record 8 (PLOVER-GSR01-AGREE-0007): target is"), problems.get(0));
    assertTrue(docs.stream().allMatch(d -> !d.events().isEmpty() && d.events().get(0).plover() != null));
    // "Senior Hungarian and Romanian officials agreed ...": two sources, two gold events
    GoldDocument compound = docs.stream().filter(d -> d.id().equals("PLOVER-GSR01-AGREE-0001")).findFirst().orElseThrow();
    assertEquals(List.of("HUNGOV", "ROUGOV"), compound.events().stream().map(GoldEvent::source).toList());
    assertTrue(docs.stream().noneMatch(d -> d.events().get(0).plover().equals("DEMAND")));
  }

  @Test
  void sharedPentaclassFileReadsWhole() throws IOException {
    Path file = EvalFixtures.shared("gold/conflibert-cameo-pentaclass-train.tsv");
    List<PentaclassSentence> sentences = readAll(new PentaclassReader(), file, problems);
    assertEquals(List.of(), problems);
    assertEquals(1349, sentences.size());
  }
}
