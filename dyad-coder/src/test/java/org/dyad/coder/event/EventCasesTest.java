package org.dyad.coder.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.dyad.coder.actor.ActorDictionary;
import org.dyad.coder.actor.ActorResolver;
import org.dyad.coder.fixture.ParsedFixtures;
import org.dyad.coder.quote.QuoteAttributor;
import org.dyad.model.analysis.Actor;
import org.dyad.model.analysis.Event;
import org.dyad.model.analysis.Modality;
import org.dyad.model.analysis.Quote;
import org.dyad.model.text.ParsedDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Golden event cases in ontology terms: {@code events/cases/NN-root.tsv}, a file per CAMEO root
 * (00 for sentences with no event), listed in {@code events/cases/index.txt}; each row is a
 * sentence and one event it must give (source, target, CAMEO code, modality, date). They are coded
 * over one stored real CoreNLP parse of all their sentences ({@code events/cases.json}) with the
 * shipped dictionaries, and compared exactly: the set of events of a sentence must equal the set of
 * its rows, so a spurious event fails it as surely as a missing one.
 *
 * <p>Known gaps of the coder are listed in {@code events/cases/pending.tsv} (file, sentence,
 * reason). The test fails when a case not listed there fails, and when a listed case passes, so
 * the list only shrinks; it prints "passed N of M sentences, pending K".
 *
 * <p>After editing the cases, regenerate the fixture (from the repository root):
 * <pre>
 * mvn -q -B -o test -pl dyad-coder -Dtest=EventCasesTest -Ddyad.cases.write-text=/tmp/cases.txt
 * mvn -q -B -o test-compile -pl dyad-nlp -am
 * mvn -q -B -o dependency:build-classpath -pl dyad-nlp -Dmdep.outputFile=/tmp/nlp.cp
 * java -Xmx3g -cp dyad-nlp/target/test-classes:dyad-nlp/target/classes:$(cat /tmp/nlp.cp) \
 *   org.dyad.nlp.fixture.ParsedFixtureWriter 2025-06-04 dyad-coder/src/test/resources/events /tmp/cases.txt
 * </pre>
 * (the first command writes the fixture text even while the stored parse is stale). After a coder
 * change, rewrite the pending list from the current failures:
 * <pre>
 * mvn -q -B -o test -pl dyad-coder -Dtest=EventCasesTest \
 *   -Ddyad.cases.write-pending=$PWD/dyad-coder/src/test/resources/events/cases/pending.tsv
 * </pre>
 * which keeps the reason of a case still failing and gives a new one "not yet: got ..."; while it
 * writes the list the comparison reports but does not fail.
 */
class EventCasesTest {
  private static final String DIR = "/events/cases/";
  private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d\\d(-\\d\\d)?|-W\\d\\d)?");

  /** One sentence with its expected events; {@code begin} is its offset in the fixture text. */
  record Case(String file, int line, String sentence, Set<String> expected, int begin) {
    String where() {
      return file + ":" + line;
    }
  }

  record Pending(String file, String sentence, String reason, int line) {}

  static final Map<String, Case> cases = new LinkedHashMap<>();
  static final Map<String, Pending> pending = new LinkedHashMap<>();
  static final List<String> malformed = new ArrayList<>();
  static String text;
  static ParsedDocument doc;
  static List<Event> events;

  @BeforeAll
  static void code() throws IOException {
    List<String> files = new ArrayList<>();
    for (String name : lines("index.txt")) {
      if (!name.startsWith("#") && !name.isBlank()) {
        files.add(name.trim());
      }
    }
    StringBuilder b = new StringBuilder();
    for (String file : files) {
      readCases(file, b);
    }
    text = b + "\n";
    readPending();
    String textOut = System.getProperty("dyad.cases.write-text");
    if (textOut != null && !textOut.isBlank()) {
      Files.writeString(Path.of(textOut), text, StandardCharsets.UTF_8);
      System.out.println("EventCasesTest: wrote the fixture text to " + textOut);
    }
    doc = ParsedFixtures.load("events", "cases");
    ActorDictionary actors = ActorDictionary.load(null);
    List<Actor> found = new ActorResolver(actors).resolve(doc);
    List<Quote> quotes = new QuoteAttributor(actors).attribute(doc, found);
    EventCoder coder = new EventCoder(EventDictionary.load(null, CameoOntology.load(null)));
    events = coder.code(doc, found, quotes);
  }

  private static void readCases(String file, StringBuilder text) throws IOException {
    CameoOntology cameo = CameoOntology.load(null);
    List<String> lines = lines(file);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String where = file + ":" + (i + 1);
      String[] f = line.split("\t", -1);
      if (f.length != 6) {
        malformed.add(where + " has " + f.length + " columns, not 6");
        continue;
      }
      String sentence = f[0];
      Case c = cases.get(sentence);
      if (c == null) {
        if (text.length() > 0) {
          text.append("\n\n");
        }
        c = new Case(file, i + 1, sentence, new TreeSet<>(), text.length());
        text.append(sentence);
        cases.put(sentence, c);
      } else if (!c.file().equals(file)) {
        malformed.add(where + " repeats a sentence of " + c.where() + ": keep a sentence in one file");
      }
      if (f[3].equals("-")) {
        if (!c.expected().isEmpty() || !String.join("", f[1], f[2], f[4], f[5]).equals("----")) {
          malformed.add(where + ": a no-event row has '-' in every column and is the sentence's only row");
        }
        continue;
      }
      if (cameo.get(f[3]) == null) {
        malformed.add(where + ": unknown CAMEO code " + f[3]);
      }
      if (!Modality.labels().contains(f[4])) {
        malformed.add(where + ": unknown modality " + f[4]);
      }
      if (!DATE.matcher(f[5]).matches()) {
        malformed.add(where + ": bad date " + f[5]);
      }
      // only a violent act may lack a source: "three civilians were killed" names no one who did it
      if (f[1].equals("-") && !(f[3].matches("1[7-9].*|20.*"))) {
        malformed.add(where + ": an event needs a source (only a violent act's doer may be unknown)");
      }
      c.expected().add(String.join(" ", f[1], f[2], f[3], f[4], f[5]));
    }
  }

  private static void readPending() throws IOException {
    List<String> lines = lines("pending.tsv");
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 3 || f[2].isBlank()) {
        malformed.add("pending.tsv:" + (i + 1) + ": want file, sentence and reason");
        continue;
      }
      Case c = cases.get(f[1]);
      if (c == null || !c.file().equals(f[0])) {
        malformed.add("pending.tsv:" + (i + 1) + ": no such case in " + f[0] + ": " + f[1]);
      }
      pending.put(f[1], new Pending(f[0], f[1], f[2], i + 1));
    }
  }

  private static List<String> lines(String name) throws IOException {
    InputStream in = EventCasesTest.class.getResourceAsStream(DIR + name);
    if (in == null) {
      throw new IllegalStateException("no test resource " + DIR + name);
    }
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        out.add(line);
      }
    }
    return out;
  }

  @Test
  void casesAreWellFormed() {
    assertTrue(malformed.isEmpty(), String.join("\n", malformed));
  }

  @Test
  void fixtureIsTheParseOfTheCases() {
    assertEquals(text, doc.text(), "events/cases.json is stale: regenerate it (see the Javadoc)");
  }

  @Test
  void everyCaseGivesExactlyItsEvents() throws IOException {
    assertEquals(text, doc.text(), "events/cases.json is stale: regenerate it (see the Javadoc)");
    List<String> failures = new ArrayList<>();
    List<String> fixed = new ArrayList<>();
    Map<Case, String> failing = new LinkedHashMap<>();
    int passed = 0;
    for (Case c : cases.values()) {
      Set<String> got = eventsOf(c);
      Pending p = pending.get(c.sentence());
      if (got.equals(c.expected())) {
        passed++;
        if (p != null) {
          fixed.add("pending.tsv:" + p.line() + " now passes, remove it: " + c.sentence());
        }
        continue;
      }
      String diff = "want " + show(c.expected()) + ", got " + show(got);
      failing.put(c, diff);
      if (p == null) {
        failures.add(c.where() + " " + c.sentence() + "\n    " + diff + "\n    rules "
            + rules(c));
      }
    }
    System.out.printf("EventCasesTest: passed %d of %d sentences, pending %d%n", passed,
        cases.size(), pending.size());
    String pendingOut = System.getProperty("dyad.cases.write-pending");
    if (pendingOut != null && !pendingOut.isBlank()) {
      writePending(Path.of(pendingOut), failing);
      failures.forEach(f -> System.out.println("  " + f));
      fixed.forEach(f -> System.out.println("  " + f));
      return;
    }
    List<String> all = new ArrayList<>(failures);
    all.addAll(fixed);
    assertTrue(all.isEmpty(), all.size() + " case(s) differ from pending.tsv (passed " + passed
        + " of " + cases.size() + ", pending " + pending.size() + "):\n" + String.join("\n", all));
  }

  private static void writePending(Path out, Map<Case, String> failing) throws IOException {
    StringBuilder b = new StringBuilder()
        .append("# Cases the coder does not pass yet: EventCasesTest fails when any other case fails, and when a\n")
        .append("# case listed here passes (then remove its line). Regenerate with -Ddyad.cases.write-pending=FILE.\n")
        .append("# columns: file\tsentence\treason\n");
    for (Map.Entry<Case, String> e : failing.entrySet()) {
      Case c = e.getKey();
      Pending old = pending.get(c.sentence());
      String reason = old != null ? old.reason() : "not yet: " + e.getValue();
      b.append(c.file()).append('\t').append(c.sentence()).append('\t').append(reason).append('\n');
    }
    Files.writeString(out, b.toString(), StandardCharsets.UTF_8);
    System.out.println("EventCasesTest: wrote " + failing.size() + " pending case(s) to " + out);
  }

  /** The distinct events coded inside the case's sentence, as "SRC TGT CODE MODALITY DATE". */
  private static Set<String> eventsOf(Case c) {
    Set<String> out = new TreeSet<>();
    for (Event e : in(c)) {
      out.add(String.join(" ", dash(e.sourceCode()), dash(e.targetCode()), dash(e.cameo()),
          dash(e.modality() == null ? null : e.modality().label()), dash(e.date())));
    }
    return out;
  }

  private static List<Event> in(Case c) {
    int end = c.begin() + c.sentence().length();
    return events.stream()
        .filter(e -> e.span().begin() >= c.begin() && e.span().begin() < end).toList();
  }

  private static String rules(Case c) {
    List<String> out = new ArrayList<>();
    for (Event e : in(c)) {
      out.add(e.cameo() + " '" + e.trigger() + "' [" + e.rule() + "]");
    }
    return out.toString();
  }

  private static String show(Set<String> events) {
    return events.isEmpty() ? "no event" : String.join("; ", events);
  }

  private static String dash(String s) {
    return s == null || s.isEmpty() ? "-" : s;
  }
}
