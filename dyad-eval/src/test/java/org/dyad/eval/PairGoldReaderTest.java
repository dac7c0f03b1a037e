package org.dyad.eval;

import static org.dyad.eval.EvalFixtures.readAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.analysis.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plv and conflibert-ner readers, the mark and token rebuilding, on small files written here. */
class PairGoldReaderTest {
  private final List<String> problems = new ArrayList<>();

  private static List<String> texts(PairSentence s, List<Span> spans) {
    return spans.stream().map(s::textOf).toList();
  }

  @Test
  void marksGiveTheTextAndTheSpans() throws BadRecord {
    MarkedText m = MarkedText.parse("<s>The LNA (LNA) </s>lifted a ban on <s><t>Iraqi</t> fighters</s>.");
    assertEquals("The LNA (LNA) lifted a ban on Iraqi fighters.", m.text());
    assertEquals(List.of(new Span(0, 13), new Span(30, 44)), m.sources());
    assertEquals(List.of(new Span(30, 35)), m.targets());
    assertThrows(BadRecord.class, () -> MarkedText.parse("<s>Russia attacked"));
    assertThrows(BadRecord.class, () -> MarkedText.parse("<s>Russia</t> attacked"));
    assertThrows(BadRecord.class, () -> MarkedText.parse("Russia</s> attacked"));
  }

  @Test
  void plvReadsByHeaderNamesAndReportsBadLines(@TempDir Path dir) throws IOException {
    String header = "\tsentence_id\tsentence\tmarked_sentence\tsource\ttarget\tgold_root\tprompt\r\n";
    Path f = Files.writeString(dir.resolve("plv-small.tsv"), header
        + "0\t4\tUkraine accuses Russia.\t<s>Ukraine</s> accuses <t>Russia</t>.\tUkraine\tRussia\tACCUSE\t['<S> accused <T>']\r\n"
        + "1\t5\tx\t<s>Iran</s> freed <t>11 prisoners</t>, \"early\".\tIran\t11 prisoners\tYIELD\tp\r\n"
        + "2\t6\tx\t<s>Teachers</s> went on strike.\tTeachers\ta recipient\tprotest\tp\r\n"
        + "3\t7\tx\t<s>A</s> hit <t>B</t>.\tA\tB\tHUG\tp\r\n"
        + "4\t8\tx\t<s>A hit <t>B</t>.\tA\tB\tASSAULT\tp\r\n"
        + "5\t9\tx\tA\tB\tASSAULT\r\n"
        + "6\t10\tx\t\"<s>Kiev</s> asked <t>Berlin</t> for \"\"tanks\"\".\"\tKiev\tBerlin\tREQUEST\tp\r\n");
    List<PairSentence> read = readAll(new PlvReader(), f, problems);
    assertEquals(List.of("plv-small.tsv:2/4", "plv-small.tsv:3/5", "plv-small.tsv:4/6", "plv-small.tsv:8/10"),
        read.stream().map(PairSentence::id).toList());
    PairSentence first = read.get(0);
    assertEquals("Ukraine accuses Russia.", first.text());
    assertEquals("ACCUSE", first.type());
    assertEquals(List.of(new PairSentence.GoldPair("Ukraine", "Russia", false)), first.pairs());
    assertEquals("Iran freed 11 prisoners, \"early\".", read.get(1).text()); // inner quotes are text
    assertEquals("PROTEST", read.get(2).type());
    assertTrue(read.get(2).pairs().isEmpty(), "no target marked: no pair");
    assertEquals("Kiev asked Berlin for \"tanks\".", read.get(3).text()); // CSV quoting undone
    assertEquals(List.of("Berlin"), texts(read.get(3), read.get(3).targets()));
    assertEquals(3, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith(f + ":5: gold_root 'HUG' is not a PLOVER type"), problems.get(0));
    assertTrue(problems.get(1).startsWith(f + ":6: <s> is never closed"), problems.get(1));
    assertTrue(problems.get(2).startsWith(f + ":7: expected 8 tab-separated fields"), problems.get(2));
  }

  @Test
  void plvWithoutTheNeededColumnsSaysSoOnce(@TempDir Path dir) throws IOException {
    Path f = Files.writeString(dir.resolve("p.tsv"), "sentence\tlabel\na\tb\nc\td\n");
    assertTrue(readAll(new PlvReader(), f, problems).isEmpty());
    assertEquals(List.of(f + ":1: the header names no marked_sentence column; every later line is skipped"),
        problems);
  }

  @Test
  void tokensAreJoinedAsProse() {
    TokenText t = TokenText.join(List.of("The", "EU", "’", "s", "chief", "(", "Borrell", ")", "said", "a",
        "rebel", "-", "held", "town", "of", "Jean", "-", "Pierre", "'s", "source", ",", "“", "sadly", "”", ",",
        "cost", "$", "88", ",", "550", ",", "000", "on", "July", "7", ",", "2017", "."));
    assertEquals("The EU’s chief (Borrell) said a rebel-held town of Jean-Pierre's source, “sadly”, cost "
        + "$88,550,000 on July 7, 2017.", t.text());
    assertEquals(new Span(4, 6), t.tokens().get(1)); // EU
    assertEquals(new Span(6, 7), t.tokens().get(2)); // ’
    assertEquals("Borrell", t.text().substring(t.tokens().get(6).begin(), t.tokens().get(6).end()));
    assertEquals("'a' quoted", TokenText.join(List.of("'", "a", "'", "quoted")).text());
    assertEquals("they're as 'extremists' in the insurgents' presence", TokenText.join(List.of("they", "'", "re",
        "as", "'", "extremists", "'", "in", "the", "insurgents", "'", "presence")).text());
  }

  @Test
  void conflibertSpansAreCharacterSpansOfTheRebuiltText(@TempDir Path dir) throws IOException {
    Path f = Files.writeString(dir.resolve("ner-small.txt"), String.join("\n",
        "Meanwhile O", ", O", "a B-S", "Swiss I-S", "court I-S", "rejected O", "the O", "Croatian B-T",
        "government I-T", "’ I-T", "s I-T", "request I-T", "and O", "Serbia B-T", "'s O", "plea O", ". O",
        "", "",
        "Bad line here", "x O", "",
        "Erdogan B-R", "met O", "Mattarella B-R", ". O", "",
        "Thailand B-T", "'s I-S", "King I-S", "spoke O", ". O"));
    ConflibertNerReader reader = new ConflibertNerReader();
    List<PairSentence> read = readAll(reader, f, problems);
    assertEquals(List.of("ner-small.txt:1", "ner-small.txt:23", "ner-small.txt:28"),
        read.stream().map(PairSentence::id).toList());
    PairSentence s = read.get(0);
    assertEquals("Meanwhile, a Swiss court rejected the Croatian government’s request and Serbia's plea.", s.text());
    assertNull(s.type());
    assertEquals(List.of("a Swiss court"), texts(s, s.sources()));
    assertEquals(List.of("Croatian government’s request", "Serbia"), texts(s, s.targets()));
    assertEquals(List.of(new PairSentence.GoldPair("a Swiss court", "Croatian government’s request", false),
        new PairSentence.GoldPair("a Swiss court", "Serbia", false)), s.pairs());
    assertEquals(List.of(new PairSentence.GoldPair("Erdogan", "Mattarella", true)), read.get(1).pairs());
    PairSentence stray = read.get(2);
    assertEquals(List.of("Thailand"), texts(stray, stray.targets()));
    assertEquals(List.of("'s King"), texts(stray, stray.sources())); // I-S after B-T starts a source
    assertTrue(reader.notes().get(1).contains("ner-small.txt:29"), reader.notes().toString());
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith(f + ":20: expected 'token tag'"), problems.get(0));
  }

  @Test
  void formatsAreDetectedByNameAndContent(@TempDir Path dir) throws IOException {
    String plvHeader = "\tsentence_id\tmarked_sentence\tgold_root\n";
    assertEquals(GoldFormat.PLV, GoldFormat.detect(Files.writeString(dir.resolve("plv-train.tsv"), plvHeader)));
    assertEquals(GoldFormat.PLV, GoldFormat.detect(Files.writeString(dir.resolve("x.txt"), plvHeader)));
    assertEquals(GoldFormat.PENTACLASS, GoldFormat.detect(Files.writeString(dir.resolve("p.tsv"), "a\t1\n")));
    assertEquals(GoldFormat.CONFLIBERT_NER,
        GoldFormat.detect(Files.writeString(dir.resolve("conflibert-cameo-ner-dev.txt"), "")));
    assertEquals(GoldFormat.CONFLIBERT_NER, GoldFormat.detect(Files.writeString(dir.resolve("t.txt"), "\nIn O\n")));
    assertEquals(GoldFormat.CONFLIBERT_NER, GoldFormat.detect(Files.writeString(dir.resolve("u.txt"), "Kiev B-S\n")));
    assertEquals(GoldFormat.PLV, GoldFormat.parse("PLV"));
    assertEquals(GoldFormat.CONFLIBERT_NER, GoldFormat.parse("conflibert-ner"));
  }
}
