package org.dyad.coder.event;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.dyad.coder.lexicon.Lexicon;
import org.dyad.coder.tree.SentenceTree;
import org.dyad.model.analysis.Actor;
import org.dyad.model.analysis.Event;
import org.dyad.model.analysis.Modality;
import org.dyad.model.text.ParsedDocument;
import org.dyad.model.text.Token;

/**
 * The engine's rules for what a speaker does by speaking, beyond the verb's own pattern row: a
 * demand (CAMEO {@value #DEMAND}) when they say another actor must act, an accusation
 * ({@value #ACCUSE}) when they report another side's hostile act, and dropping a plain statement
 * (010) when the same speaker does something more specific in the sentence.
 *
 * <p>Takes the sentence's tree, the article's mentions and the events coded so far; adds events to
 * that list (numbered by the {@link EventFactory}) and records each source|target|code key in the
 * sentence's {@code seen} set, so that no rule codes the same act twice. Thread-safe.
 */
final class SpeechActs {
  /** Auxiliaries of what someone is obliged to do ("must withdraw"). */
  private static final Set<String> OBLIGATION_AUXILIARIES = Lexicon.DEFAULT.set("obligation-auxiliaries");
  /** Verbs whose infinitive someone is obliged to do ("have to withdraw", "need to talk"). */
  private static final Set<String> OBLIGATION_VERBS = Lexicon.DEFAULT.set("obligation-verbs");
  static final String DEMAND = "100";
  static final String ACCUSE = "112";
  private final EventDictionary dictionary;
  private final EventFactory events;

  SpeechActs(EventDictionary dictionary, EventFactory events) {
    this.dictionary = dictionary;
    this.events = events;
  }

  /**
   * "Straw said the Sudanese government must reach an agreement": a speaker saying that another
   * actor must or should act makes a demand (CAMEO 100) of that actor, whatever the act.
   */
  void demand(ParsedDocument doc, SentenceTree tree, MentionIndex index, Token t,
              Set<String> seen, List<Event> out, Consumer<String> trace) {
    for (int c : tree.children(t.index())) {
      String r = tree.relation(c);
      if (!(r.equals("ccomp") || r.equals("dep") || r.equals("parataxis")) || !obliged(tree, c)) {
        continue;
      }
      List<MentionIndex.Ref> sources = DyadFinder.refs(tree, index, t.index(), List.of("subj"), false);
      List<MentionIndex.Ref> targets = DyadFinder.refs(tree, index, c, List.of("subj"), false);
      if (targets.isEmpty()) {
        // "Russia says Israel must end ...": a headline parse hangs the one obliged on "says"
        targets = DyadFinder.refs(tree, index, t.index(), List.of("obj"), false);
      }
      EventDater.Dated date = EventDater.date(doc, tree, t.index());
      String rule = "engine: speech verb + must/should clause -> " + DEMAND;
      for (MentionIndex.Ref src : sources) {
        for (MentionIndex.Ref tgt : targets) {
          if (!ownSide(src.actor(), tgt.actor()) && seen.add(src.actor().id() + "|" + tgt.actor().id() + "|" + DEMAND)) {
            out.add(events.event(doc, tree.sentence(), t.word(), src, tgt, DEMAND, Modality.ASSERTED, date,
                rule, src.viaPronoun() || tgt.viaPronoun() ? 0.6 : 0.7, out.size()));
            trace.accept(EventCoder.tag(t) + ": " + rule + " fired: " + src.text() + " -> " + tgt.text());
          }
        }
      }
    }
  }

  /** A clause with "must"/"should", or "have to"/"need to": what the speaker says someone is obliged to do. */
  private static boolean obliged(SentenceTree tree, int clause) {
    for (int c : tree.children(clause)) {
      String w = tree.token(c).word().toLowerCase();
      if (tree.relation(c).startsWith("aux") && OBLIGATION_AUXILIARIES.contains(w)) {
        return true;
      }
    }
    String lemma = tree.token(clause).lemma() == null ? "" : tree.token(clause).lemma();
    return OBLIGATION_VERBS.contains(lemma) && tree.child(clause, "xcomp") >= 0;
  }

  /**
   * "Armenia's envoy said the shelling came from Azerbaijan": a speaker who reports a hostile act
   * (coercion, assault, fighting: QuadClass 4) by someone not on their own side accuses them
   * (CAMEO 112), whatever the act's own modality. Only a placed speaker that is not the press, and
   * whose own country is the victim's where the victim is placed: a party, not a reporter.
   */
  void accuse(ParsedDocument doc, SentenceTree tree, List<MentionIndex.Ref> speakers,
              ModalityReader.Reading reading, MentionIndex.Ref src, MentionIndex.Ref victim, String code,
              EventDater.Dated date, Set<String> seen, List<Event> out, Consumer<String> trace) {
    // the accused must be placed: "said its forces had captured two villages" names no other side
    if (reading.speech() < 0 || dictionary.ontology().get(code).quadClass() != 4 || src.fromContext()
        || !MentionIndex.placed(src.actor())) {
      return;
    }
    for (MentionIndex.Ref speaker : speakers) {
      // "..., officials said", "..., the news agency reported": a speaker with no country, or the
      // press, reports the act; a party that tells what another side did accuses it
      if (!MentionIndex.placed(speaker.actor()) || speaker.actor().sectors().contains("MED")
          || reporter(speaker.actor())) {
        continue;
      }
      // "relief officials said the rebels shelled Juba": a speaker reporting an act done to
      // another side than their own reports it; the victim's side, or one whose victim is not
      // placed, accuses
      if (victim != null && victim.country() != null && speaker.country() != null
          && !victim.country().equals(speaker.country())) {
        continue;
      }
      if (sameSide(speaker.actor(), src.actor())
          || !seen.add(speaker.actor().id() + "|" + src.actor().id() + "|" + ACCUSE)) {
        continue;
      }
      String rule = "engine: speaker reports a hostile act (" + code + ") by another side -> " + ACCUSE;
      out.add(events.event(doc, tree.sentence(), tree.token(reading.speech()).word(), speaker, src, ACCUSE,
          Modality.ASSERTED, date, rule, speaker.viaPronoun() || src.viaPronoun() ? 0.6 : 0.7, out.size()));
      trace.accept("'" + tree.token(reading.speech()).word() + "': " + rule + " fired: " + speaker.text()
          + " -> " + src.text());
    }
  }

  /**
   * International organisations and non-governmental groups ("the UN refugee agency reported",
   * "Amnesty said") monitor and report what others did; they are not a side of it.
   */
  private static boolean reporter(Actor a) {
    String code = a.code() == null ? "" : a.code();
    return code.startsWith("IGO") || code.startsWith("NGO");
  }

  /**
   * CAMEO codes what a statement does: a plain "said" (010) stays only when the same speaker does
   * nothing more specific in the sentence ("declined to comment" is 011, not also a negated 010;
   * "X said it would send aid to Y" is X's intent, 033x; "X said Y shelled the town" is X's
   * accusation, 112).
   */
  static void dropBareStatements(List<Event> sentence, Consumer<String> trace) {
    Set<String> actedOn = new HashSet<>();
    for (Event e : sentence) {
      if (!e.cameo().equals("010")) {
        actedOn.add(e.source());
      }
    }
    sentence.removeIf(e -> {
      boolean drop = e.cameo().equals("010") && actedOn.contains(e.source());
      if (drop) {
        trace.accept("'" + e.trigger() + "': the plain statement by " + e.sourceText()
            + " is dropped: the same speaker does something more specific in this sentence");
      }
      return drop;
    });
  }

  /** The same actor, or a person and a body of the same country (a minister speaking for it). */
  /**
   * For demands: the same actor, or one part of a country's state speaking of another part of it
   * (a minister of his own government); an opposition leader, a former premier or a civic group
   * making demands of their own government is a domestic demand, and counts.
   */
  private static boolean ownSide(Actor a, Actor b) {
    if (!sameSide(a, b)) {
      return false;
    }
    return a.id().equals(b.id()) || STATE.containsAll(a.sectors()) && STATE.containsAll(b.sectors());
  }

  private static final Set<String> STATE = Set.of("GOV", "MIL", "LEG", "JUD", "COP", "SPY");

  /** Sectors that stand against their own country's state: its rebels and opposition are not on its side. */
  private static final Set<String> AGAINST_STATE = Set.of("REB", "OPP", "UAF", "RAD");

  /**
   * The same actor, or two of one country, except a state body and the rebels or opposition of that
   * country ("Rwandan rebels said the government must agree": the government is the other side).
   */
  static boolean sameSide(Actor a, Actor b) {
    if (a.id().equals(b.id())) {
      return true;
    }
    if (a.country() == null || !a.country().equals(b.country())) {
      return false;
    }
    return !(opposes(a, b) || opposes(b, a));
  }

  private static boolean opposes(Actor a, Actor b) {
    return a.sectors().stream().anyMatch(AGAINST_STATE::contains) && b.sectors().stream().anyMatch(STATE::contains);
  }
}
