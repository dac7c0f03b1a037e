package org.dyad.coder.event;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.coder.dict.DictionaryException;
import org.dyad.coder.dict.DictionaryRow;
import org.dyad.coder.dict.DictionaryTable;

/**
 * The event patterns ({@code dyad/cameo/event-patterns.tsv}, written by hand), the verb patterns
 * generated from PETRARCH2's CAMEO verb dictionary ({@code dyad/cameo/verb-patterns.tsv}, by
 * {@code scripts/petrarch2/verbs.py}), the word classes their object constraints name
 * ({@code dyad/cameo/word-classes.tsv}), the sub-codes of framed acts
 * ({@code dyad/cameo/act-projections.tsv}) and the learned target ranking
 * ({@code dyad/rank/target-ranker.tsv}), checked against the CAMEO table at load: an unknown code,
 * class, slot or part of speech fails with {@code file:line}, and so does a row an earlier row of
 * its file hides ({@link ShadowedRows}). A lemma's hand-written rows always come
 * before its generated ones, so a hand row wins wherever both could fire. Immutable.
 */
public final class EventDictionary {
  /** Grammatical slots; any other slot is a preposition word ("to", "against", "behind"). */
  private static final Set<String> SLOTS = Set.of("subj", "obj", "iobj", "poss");
  private final Map<String, List<EventPattern>> byLemma = new HashMap<>();
  private final WordClasses classes;
  private final CameoOntology ontology;
  private ActProjections projections;
  private TargetRanker ranker;

  private EventDictionary(CameoOntology ontology, WordClasses classes) {
    this.ontology = ontology;
    this.classes = classes;
  }

  /** The generated verb patterns, read after the hand-written ones. */
  public static final String GENERATED = "cameo/verb-patterns.tsv";

  /** Loads patterns and word classes, each replaceable from {@code overrides/cameo/}. */
  public static EventDictionary load(Path overrides, CameoOntology ontology) {
    WordClasses classes = WordClasses.of(DictionaryTable.load("cameo/word-classes.tsv", overrides,
        List.of("class", "words")));
    EventDictionary d = new EventDictionary(ontology, classes);
    // Hand rows first: appending the generated file afterwards puts every lemma's generated rows
    // after all of its hand-written ones.
    for (String file : List.of("cameo/event-patterns.tsv", GENERATED)) {
      DictionaryTable patterns = DictionaryTable.load(file, overrides,
          List.of("trigger", "pos", "source", "target", "object", "code"));
      List<EventPattern> rows = new ArrayList<>();
      for (DictionaryRow r : patterns.rows()) {
        rows.add(d.parse(r));
      }
      ShadowedRows.check(rows, classes);
      for (EventPattern p : rows) {
        d.byLemma.computeIfAbsent(p.lemma(), k -> new ArrayList<>()).add(p);
      }
    }
    d.projections = ActProjections.load(overrides, ontology);
    d.ranker = TargetRanker.load(overrides);
    return d;
  }

  private EventPattern parse(DictionaryRow r) {
    String trigger = r.required(0, "trigger").toLowerCase();
    String[] words = trigger.split("\\s+");
    if (words.length > 2) {
      throw new DictionaryException(r.where(), "trigger '" + trigger + "' has more than a verb and a particle");
    }
    String pos = r.required(1, "pos");
    if (!pos.equals("V") && !pos.equals("N")) {
      throw new DictionaryException(r.where(), "pos '" + pos + "' is not V or N");
    }
    List<String> source = slots(r, 2);
    List<String> target = slots(r, 3);
    String object = r.text(4);
    if (object != null) {
      if (object.startsWith("@") && !classes.has(object.substring(1))) {
        throw new DictionaryException(r.where(), "word class '" + object + "' is not in word-classes.tsv");
      }
      if (object.startsWith("%") && !object.equals(ObjectMatcher.PERSON)) {
        throw new DictionaryException(r.where(), "object '" + object + "': the only entity constraint is "
            + ObjectMatcher.PERSON);
      }
      if (!object.startsWith("@") && !object.startsWith("=") && !object.startsWith("%")) {
        throw new DictionaryException(r.where(), "object '" + object + "' must be -, =lemma, @CLASS or "
            + ObjectMatcher.PERSON);
      }
    }
    String code = r.required(5, "code");
    if (ontology.get(code) == null) {
      throw new DictionaryException(r.where(), "CAMEO code '" + code + "' is not in cameo-codes.tsv");
    }
    return new EventPattern(words[0], words.length > 1 ? words[1] : null, pos.equals("N"), source,
        target, object, code, r.where());
  }

  private static List<String> slots(DictionaryRow r, int column) {
    String v = r.text(column);
    if (v == null) {
      return List.of();
    }
    List<String> out = Arrays.asList(v.split("\\|"));
    for (String s : out) {
      if (!SLOTS.contains(s) && !s.matches("[a-z]+")) {
        throw new DictionaryException(r.where(), "slot '" + s + "' is not subj, obj, iobj, poss or a preposition");
      }
    }
    return out;
  }

  /** Patterns whose trigger head is this lemma, in file order. */
  public List<EventPattern> patterns(String lemma) {
    return byLemma.getOrDefault(lemma, List.of());
  }

  /** Every trigger head lemma the patterns name. */
  public Set<String> triggerLemmas() {
    return java.util.Collections.unmodifiableSet(byLemma.keySet());
  }

  /** True when the word (lemma, or "compound lemma" for two words) is in the class. */
  public boolean inClass(String className, String words) {
    return classes.contains(className, words);
  }

  /** The learned ranking of target candidates (rank/target-ranker.tsv). */
  TargetRanker ranker() {
    return ranker;
  }

  /** What appeals, demands, intents, refusals and threats are about (act-projections.tsv). */
  ActProjections projections() {
    return projections;
  }

  /** The CAMEO table the patterns were checked against. */
  public CameoOntology ontology() {
    return ontology;
  }
}
