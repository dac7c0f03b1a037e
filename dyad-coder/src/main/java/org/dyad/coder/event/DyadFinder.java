package org.dyad.coder.event;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.Set;
import org.dyad.coder.actor.ActorResolver;
import org.dyad.coder.lexicon.Lexicon;
import org.dyad.coder.tree.SentenceTree;
import org.dyad.model.analysis.Actor;
import org.dyad.model.text.Token;

/**
 * Finds who does a fired act to whom. Takes the sentence's tree, the article's mentions and
 * context, the trigger, its pattern row, the event's base code and the act it frames, if any;
 * gives a {@link Dyad}: the source and target actors, each with how it was found (the "how"
 * strings that {@code dyad explain} prints), or {@code null} when no source was found.
 *
 * <p>The search goes from what the sentence says to what the article implies, each step only where
 * the earlier ones found nothing: the pattern's slots; for acts whose target is the subject
 * ("Ukraine will receive drones") the giver named on the object or announcing it; for passives and
 * nouns the owner of the means ("in a Russian strike"); the complement clause; the phrase search
 * of {@link TargetSearch}, from the trigger and then from the act it frames; a mutual or reciprocal
 * act's other side; and last the other side of the article's pair of countries
 * ({@link ArticleContext}). "Counterpart" targets then take the source's sectors. Thread-safe.
 */
final class DyadFinder {
  /** Acts where each side acts on the other: every actor named on either side is both. */
  private static final Set<String> MUTUAL = Lexicon.DEFAULT.set("mutual-acts");
  private static final Set<String> RECIPROCAL_FIGHTS = Lexicon.DEFAULT.set("reciprocal-fights");
  /** Marks of a clause whose subject is the one called on ("called on the Council to restore"). */
  private static final Set<String> COMPLEMENT_MARKS = Lexicon.DEFAULT.set("complement-clause-marks");
  private final EventDictionary dictionary;
  private final CarriedSources carried;
  private final HomeTarget homes;

  DyadFinder(EventDictionary dictionary, Function<String, String> countryNames) {
    this.dictionary = dictionary;
    this.carried = new CarriedSources(dictionary);
    this.homes = new HomeTarget(countryNames);
  }

  /**
   * The sources and targets of one act, and how each was found. Targets may be empty; {@code ranked}
   * holds the candidates {@link TargetRanker} scored when the structure gave no target, else is empty.
   */
  record Dyad(List<MentionIndex.Ref> sources, String sourceHow, List<MentionIndex.Ref> targets, String targetHow,
              List<TargetRanker.Candidate> ranked) {}

  /**
   * The dyad of the act at {@code t} fired by row {@code p} with code {@code base}; {@code framing}
   * is the act it governs when it is an appeal, demand, intent, refusal or threat, else null;
   * {@code fired} the sentence's tokens where a pattern fired. Null when no source actor was found.
   */
  Dyad find(SentenceTree tree, MentionIndex index, ArticleContext context, Token t, EventPattern p, String base,
            ActFraming.Framing framing, Set<Integer> fired) {
    List<MentionIndex.Ref> sources = refs(tree, index, t.index(), p.source(), p.noun());
    String sourceHow = "pattern slot " + String.join("|", p.source());
    if (sources.isEmpty() && p.target().contains("subj")) {
      // "Ukraine will receive British drones": the giver is named on the thing given, or is the
      // one announcing it ("The British Ministry of Defense announced that Ukraine will receive ...")
      for (int o : ObjectMatcher.objects(tree, t.index())) {
        if (sources.isEmpty()) {
          sources = refs(tree, index, o, List.of("poss"), true);
        }
      }
      int head = tree.head(t.index());
      if (sources.isEmpty() && head >= 0 && tree.relation(t.index()).equals("ccomp")) {
        sources = refs(tree, index, head, List.of("subj"), false);
      }
      sourceHow = "the giver named on the object or announcing it";
    }
    boolean stative = sources.isEmpty() && !p.noun() && ArgumentFinder.passive(tree, t.index())
        && dictionary.inClass("STATIVE_PASSIVES", tree.lemma(t.index()));
    if (stative) {
      sources = refs(tree, index, t.index(), List.of("obj"), false);
      sourceHow = "the subject of a participle that says how it stands ('is opposed to')";
    }
    if (sources.isEmpty() && p.noun()) {
      sources = carried.supportVerbSubject(tree, index, t.index(), fired);
      sourceHow = "the subject of the verb that carries the act ('launched an investigation')";
    }
    if (sources.isEmpty() && (ArgumentFinder.passive(tree, t.index()) || p.noun() || violent(base))) {
      // "300 soldiers were killed in a Russian strike": the attack's owner is the agent
      sources = carried.agentOfMeans(tree, index, t.index());
      sourceHow = "the owner of the means ('in a Russian strike')";
    }
    // a stative participle's object slot is its subject: what it stands towards is its "to" phrase
    List<String> targetSlots = stative ? List.of("to") : p.target();
    List<MentionIndex.Ref> targets = targetSlots.isEmpty() ? List.of()
        : refs(tree, index, t.index(), targetSlots, p.noun());
    String targetHow = "pattern slot " + String.join("|", targetSlots);
    if (p.noun() && targets.isEmpty() && violent(base) && personOwner(tree, index, t.index(), sources)) {
      // "Navalny's arrest", "his abduction", "Khashoggi's murder": a person owning a violent act is
      // its victim, never its author; the author comes from "by" or stays unknown
      targets = sources;
      targetHow = "the person owning a violent act is its victim";
      sources = refs(tree, index, t.index(), List.of("by"), true);
      sourceHow = "pattern slot by";
    }
    if (targets.isEmpty() && !p.target().isEmpty() && !p.noun()) {
      targets = complementTarget(tree, index, t.index(), sources);
      targetHow = "the complement clause";
    }
    if (targets.isEmpty() && !base.startsWith("01")) {
      TargetSearch.Found f = TargetSearch.search(tree, index, t.index(), base,
          sources.stream().map(MentionIndex.Ref::actor).toList());
      if (f != null) {
        targets = resolved(tree, index, f);
        targetHow = "phrase search: " + f.path();
      }
    }
    if (targets.isEmpty()) {
      MentionIndex.Ref phrase = PhraseTarget.of(tree, index, t.index(), p, base);
      if (phrase != null) {
        targets = List.of(phrase);
        targetHow = "the phrase in the target slot, naming no known actor";
      }
    }
    if (targets.isEmpty() && framing != null) {
      // "called for a ceasefire in Sudan": the place or party of the act asked for
      TargetSearch.Found f = TargetSearch.search(tree, index, framing.act(), framing.actCode(),
          sources.stream().map(MentionIndex.Ref::actor).toList());
      if (f != null) {
        targets = resolved(tree, index, f);
        targetHow = "phrase search from the act it governs: " + f.path();
      }
    }
    if (!targets.isEmpty() && MUTUAL.contains(p.lemma())) {
      // "Israel exchanged fire with Hezbollah", "police clashed with protesters": each side acts on
      // the other, so every actor named on either side is a source and a target
      List<MentionIndex.Ref> both = new ArrayList<>(sources);
      targets.forEach(r -> MentionIndex.addOnce(both, r));
      sources = both;
      targets = both;
      sourceHow = "a mutual act: both ways";
      targetHow = sourceHow;
    }
    boolean reciprocal = targets.isEmpty() && sources.size() > 1 && reciprocal(base, p);
    if (reciprocal) {
      targets = sources;
      targetHow = "reciprocal: each source is the other's target";
    }
    if (sources.isEmpty() && !targets.isEmpty() && ArgumentFinder.passive(tree, t.index())) {
      sources = carried.stateWhereHeld(tree, index, t.index(), base);
      sourceHow = "the state where it happened ('was arrested in Rwanda')";
    }
    if (sources.isEmpty() && !targets.isEmpty() && violent(base) && ArgumentFinder.passive(tree, t.index())) {
      // a passive with no agent ("were killed") keeps its victims and takes the attacker from the
      // article, never from the victims
      Actor other = context.counterpart(targets.get(0).actor());
      if (other != null) {
        sources = List.of(MentionIndex.Ref.context(other));
        sourceHow = "context: the other side of the article's pair " + context.describe();
      }
    }
    if (sources.isEmpty() && !targets.isEmpty()) {
      MentionIndex.Ref nobody = carried.unknownPerpetrator(tree, index, t.index(), base);
      if (nobody != null) {
        sources = List.of(nobody);
        sourceHow = "nobody the text names: the victims of a passive or of a weapon stay, the source is unknown";
      }
    }
    if (sources.isEmpty()) {
      return null;
    }
    List<TargetRanker.Candidate> ranked = List.of();
    if (targets.isEmpty()) {
      // "EU says military intervention in Venezuela must be avoided": the structure found nothing,
      // the model weighs every other actor the sentence names
      ranked = dictionary.ranker().rank(tree, index, t.index(), base, sources);
      TargetRanker.Candidate best = dictionary.ranker().pick(ranked);
      if (best != null) {
        targets = List.of(best.ref());
        targetHow = String.format(java.util.Locale.ROOT, "learned ranking, p=%.2f, %s", best.probability(),
            dictionary.ranker().describe());
      }
    }
    if (targets.isEmpty() && !base.startsWith("01")) {
      Actor other = context.counterpart(sources.get(0).actor());
      if (other != null) {
        targets = List.of(MentionIndex.Ref.context(other));
        targetHow = "context: the other side of the article's pair " + context.describe();
      }
    }
    if (targets.isEmpty() && !base.startsWith("01")) {
      MentionIndex.Ref only = onlyOtherActor(tree, index, t.index(), sources);
      if (only != null) {
        targets = List.of(only);
        targetHow = "the only other actor the sentence names";
      }
    }
    if (targets.isEmpty()) {
      MentionIndex.Ref home = homes.of(tree, index, base, sources);
      if (home != null) {
        targets = List.of(home);
        targetHow = "context: the sources' own country, for a domestic act that names no one else";
      }
    }
    return new Dyad(sources, sourceHow, counterparts(targets, sources), targetHow, ranked);
  }

  /** The verb whose clause holds a token (a nominal trigger sits in its verb's clause). */
  static int clauseOf(SentenceTree tree, int token) {
    int k = token;
    for (int steps = 0; k >= 0 && !tree.isVerb(k) && tree.head(k) >= 0 && steps < tree.size(); steps++) {
      k = tree.head(k);
    }
    return k;
  }

  /** Coercion, assault, fighting and mass violence (17-20), where victims are named. */
  private static boolean violent(String code) {
    int root = Integer.parseInt(code.substring(0, 2));
    return root >= 17 && root <= 20;
  }

  /** True when the sources came from a possessive naming a person ("his", "Navalny's"). */
  private static boolean personOwner(SentenceTree tree, MentionIndex index, int t, List<MentionIndex.Ref> sources) {
    if (sources.isEmpty() || tree.child(t, "nmod:poss") < 0) {
      return false;
    }
    List<MentionIndex.Ref> owners = refs(tree, index, t, List.of("poss"), true);
    return !owners.isEmpty() && owners.equals(sources)
        && owners.stream().allMatch(r -> r.actor().kind().equals("PERSON"));
  }

  /**
   * When the structure and the article gave no target, a sentence that names exactly one actor
   * besides the sources (not of a source's own country, not a bare sector) names the counterpart:
   * "The United Nations condemned the coup in Niger". The actor is named in the sentence, so its
   * basis stays {@code text}; the trace says how it was chosen.
   */
  private static MentionIndex.Ref onlyOtherActor(SentenceTree tree, MentionIndex index, int trigger,
                                                 List<MentionIndex.Ref> sources) {
    Set<String> sourceIds = MentionIndex.ids(sources);
    Set<String> sourceCountries = MentionIndex.countries(sources);
    MentionIndex.Ref found = null;
    int s = tree.sentence().index();
    int clause = clauseOf(tree, trigger);
    for (int i = 0; i < tree.size(); i++) {
      Actor a = index.at(s, i);
      if (a == null || sourceIds.contains(a.id()) || !tree.dominates(clause, i) || index.modifies(tree, i, sourceIds)) {
        continue; // outside the trigger's clause ("... convicted by a Swiss court" is another event), or
                  // part of how the source is named
      }
      if (a.country() != null && sourceCountries.contains(a.country()) || !MentionIndex.placed(a) && a.code() != null
          || a.kind().equals(ActorResolver.PLACE)) {
        continue; // a source's own side, a bare sector with no country, or where it happened
      }
      if (found != null && !found.actor().id().equals(a.id())) {
        return null;
      }
      if (found == null) {
        found = index.resolve(tree, i);
      }
    }
    return found;
  }

  /**
   * The actors filling the first of the slots that names any, conjuncts included, each actor once.
   */
  static List<MentionIndex.Ref> refs(SentenceTree tree, MentionIndex index, int trigger,
                                     List<String> slots, boolean noun) {
    List<MentionIndex.Ref> out = new ArrayList<>();
    for (String slot : slots) {
      for (int tok : ArgumentFinder.fill(tree, trigger, slot, noun)) {
        index.resolveAll(tree, tok).forEach(r -> MentionIndex.addOnce(out, r));
      }
      if (!out.isEmpty()) {
        break;
      }
    }
    return out;
  }

  /** The actors a phrase search found, each once, in the order of its tokens. */
  private static List<MentionIndex.Ref> resolved(SentenceTree tree, MentionIndex index, TargetSearch.Found f) {
    List<MentionIndex.Ref> targets = new ArrayList<>();
    for (int tok : f.tokens()) {
      MentionIndex.Ref r = index.resolve(tree, tok);
      if (r != null) {
        MentionIndex.addOnce(targets, r);
      }
    }
    return targets;
  }

  /**
   * Where the frame's own slots are empty, the target is often in the complement clause: its
   * subject ("demanded that the US cancel ...", "urged Iran to ...") or, for a shared-subject
   * complement, its object or "to" phrase ("promised to continue military aid to Mozambique").
   */
  private static List<MentionIndex.Ref> complementTarget(SentenceTree tree, MentionIndex index, int t,
                                                         List<MentionIndex.Ref> sources) {
    List<MentionIndex.Ref> out = new ArrayList<>();
    for (int c : tree.children(t)) {
      String r = tree.relation(c);
      if (r.equals("ccomp") || r.equals("advcl") && ArgumentFinder.marked(tree, c, COMPLEMENT_MARKS)) {
        // "called on the Council to restore ...": the parser reads the one called on as the
        // subject of a clause marked "on"
        out = refs(tree, index, c, List.of("subj"), false);
      } else if (r.equals("xcomp")) {
        out = refs(tree, index, c, List.of("obj", "to", "with", "against", "on"), false);
      }
      out.removeIf(ref -> sources.stream().anyMatch(src -> src.actor().id().equals(ref.actor().id())));
      if (!out.isEmpty()) {
        return out;
      }
    }
    return out;
  }

  /** Meeting, agreeing and cooperating are mutual, and so are clashes and exchanges of fire. */
  private static boolean reciprocal(String code, EventPattern p) {
    String root = code.substring(0, 2);
    // "Syria and Israel have fired across the ceasefire line": two sides fighting with no other
    // target named fight each other
    return root.equals("03") || root.equals("04") || root.equals("05") || root.equals("06")
        || root.equals("19") || RECIPROCAL_FIGHTS.contains(p.lemma());
  }

  /**
   * "met his Turkish counterpart": a counterpart holds the source's office in the country its
   * adjective names, so the target is that country with the source's sectors.
   */
  private static List<MentionIndex.Ref> counterparts(List<MentionIndex.Ref> targets, List<MentionIndex.Ref> sources) {
    if (sources.isEmpty() || targets.isEmpty()) {
      return targets;
    }
    Actor source = sources.get(0).actor();
    List<MentionIndex.Ref> out = new ArrayList<>();
    for (MentionIndex.Ref r : targets) {
      boolean counterpart = r.text() != null && r.text().toLowerCase().contains("counterpart");
      if (counterpart && r.actor().kind().equals("COUNTRY") && !source.sectors().isEmpty()) {
        out.add(r.coded(r.actor().country() + String.join("", source.sectors())));
      } else {
        out.add(r);
      }
    }
    return out;
  }
}
