package org.dyad.coder.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.dyad.coder.lexicon.Lexicon;
import org.dyad.coder.tree.SentenceTree;
import org.dyad.model.analysis.Actor;
import org.dyad.model.analysis.Basis;
import org.dyad.model.analysis.Event;
import org.dyad.model.analysis.Modality;
import org.dyad.model.analysis.Quote;
import org.dyad.model.text.ParsedDocument;
import org.dyad.model.text.Sentence;
import org.dyad.model.text.Token;

/**
 * Codes events from a parsed, actor-resolved article: each token whose lemma is a trigger in the
 * {@link EventDictionary} is tried against its rows in order; the first row whose object constraint
 * holds fires, its slots are filled from the dependency tree, and every source-target pair of actors
 * (conjuncts give several) becomes an {@link Event} with modality, date and evidence. Nothing fires
 * without a source actor, and there is no fall-back code: no event is better than a wrong one.
 *
 * <p>Future cooperation becomes an intent (03x) and future conflict a threat (13x). Thread-safe.
 *
 * <p>This class keeps the per-sentence loop, the choice of row and the modality, date and code of
 * each event; the parts live beside it: {@link ActFraming} (appeals, demands, intents, refusals
 * and threats about the act they govern), {@link DyadFinder} (who does it to whom),
 * {@link SpeechActs} (demands, accusations and dropped bare statements) and {@link EventFactory}.
 */
public final class EventCoder {
  private final EventDictionary dictionary;
  private final ObjectMatcher objects;
  private final EventFactory events;
  private final ActFraming framings;
  private final DyadFinder dyads;
  private final SpeechActs speech;

  /** Builds a coder over loaded patterns. */
  public EventCoder(EventDictionary dictionary) {
    this(dictionary, iso -> null);
  }

  /**
   * Codes with {@code dictionary}, naming a country by its ISO alpha-3 code with {@code countryNames}
   * where a domestic act's target is its sources' own country (null: the code stands as the name).
   */
  public EventCoder(EventDictionary dictionary, Function<String, String> countryNames) {
    this.dictionary = dictionary;
    this.objects = new ObjectMatcher(dictionary);
    this.events = new EventFactory(dictionary);
    this.framings = new ActFraming(dictionary);
    this.dyads = new DyadFinder(dictionary, countryNames);
    this.speech = new SpeechActs(dictionary, events);
  }

  /** Codes the events of one article. */
  public List<Event> code(ParsedDocument doc, List<Actor> actors, List<Quote> quotes) {
    return code(doc, actors, quotes, line -> { });
  }

  /** Codes the events of one article, telling {@code trace} why each candidate trigger did or did not fire. */
  public List<Event> code(ParsedDocument doc, List<Actor> actors, List<Quote> quotes,
                          Consumer<String> trace) {
    return code(doc, actors, quotes, trace, choice -> { });
  }

  /**
   * Codes the events of one article, also telling {@code choices} what the learned target ranking
   * weighed for each event whose target the structure did not give (for training it).
   */
  public List<Event> code(ParsedDocument doc, List<Actor> actors, List<Quote> quotes,
                          Consumer<String> trace, Consumer<TargetChoice> choices) {
    MentionIndex index = new MentionIndex(doc, actors);
    ArticleContext context = new ArticleContext(actors);
    List<Event> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      int first = out.size();
      SentenceTree tree = new SentenceTree(s);
      Set<String> seen = new HashSet<>();
      Map<Integer, EventPattern> fired = new LinkedHashMap<>();
      for (Token t : s.tokens()) {
        String lemma = (t.lemma() == null ? t.word() : t.lemma()).toLowerCase();
        List<EventPattern> rows = rows(lemma);
        // Proper nouns ("National Rally") and participles used as adjectives ("occupied
        // territories", "armed groups") name things, not events.
        if (!(t.pos().startsWith("VB") || t.pos().startsWith("NN"))
            || t.pos().startsWith("NNP") || tree.relation(t.index()).equals("amod")) {
          continue;
        }
        if (t.pos().startsWith("VB") && ModalityReader.SPEECH_VERBS.contains(lemma)) {
          speech.demand(doc, tree, index, t, seen, out, trace);
        }
        if (rows.isEmpty()) {
          continue;
        }
        EventPattern p = choose(tree, t, rows, trace);
        if (p != null) {
          fired.put(t.index(), p);
        }
      }
      Map<Integer, ActFraming.Framing> framed = framings.frames(tree, fired, trace);
      for (Map.Entry<Integer, EventPattern> f : fired.entrySet()) {
        if (ActFraming.answered(tree, fired, f.getKey())) {
          trace.accept(tag(tree.token(f.getKey())) + ": the appeal is what the sentence's rejection rejects,"
              + " not an event of its own");
        } else if (ActFraming.protestPurpose(tree, fired, f.getKey())) {
          trace.accept(tag(tree.token(f.getKey())) + ": the demand is what the protest is for, not an event"
              + " of its own");
        } else if (!framed.containsKey(-1 - f.getKey())) {
          Token t = tree.token(f.getKey());
          emit(doc, tree, index, context, t, f.getValue(), framed.get(f.getKey()), quoted(quotes, t), seen, out,
              fired.keySet(), trace, choices);
        }
      }
      SpeechActs.dropBareStatements(out.subList(first, out.size()), trace);
    }
    return RepeatedEvents.link(EventFactory.renumbered(out));
  }

  /**
   * "re-open its borders", "reimposed sanctions": doing an act again is the act. Only a hyphened
   * "re-" and a few unhyphened forms whose stem is unambiguous; "resign" is not "sign".
   */
  private List<EventPattern> rows(String lemma) {
    List<EventPattern> rows = dictionary.patterns(lemma);
    if (!rows.isEmpty()) {
      return rows;
    }
    if (lemma.startsWith("re-")) {
      return dictionary.patterns(lemma.substring(3));
    }
    return AGAIN.contains(lemma) ? dictionary.patterns(lemma.substring(2)) : rows;
  }

  private static final String SHOW_OF_FORCE = "150";
  private static final String JOINT_EXERCISE = "062";

  private static final Set<String> AGAIN = Lexicon.DEFAULT.set("repeated-act-verbs");

  private EventPattern choose(SentenceTree tree, Token t, List<EventPattern> rows, Consumer<String> trace) {
    boolean noun = t.pos().startsWith("NN");
    for (EventPattern p : rows) {
      if (p.noun() != noun) {
        continue;
      }
      if (p.particle() != null && !hasParticle(tree, t.index(), p.particle())) {
        trace.accept(tag(t) + ": " + p.where() + " '" + p.trigger() + "' needs the particle '" + p.particle() + "'");
        continue;
      }
      if (p.object() != null && !objects.holds(tree, t.index(), p.object(), noun)) {
        trace.accept(tag(t) + ": " + p.where() + " '" + p.trigger() + "' needs an object " + p.object());
        continue;
      }
      return p;
    }
    trace.accept(tag(t) + ": no row for a " + (noun ? "noun" : "verb") + " with these dependents");
    return null;
  }

  private void emit(ParsedDocument doc, SentenceTree tree, MentionIndex index, ArticleContext context, Token t,
                    EventPattern p, ActFraming.Framing framing, boolean quoted, Set<String> seen, List<Event> out,
                    Set<Integer> fired, Consumer<String> trace, Consumer<TargetChoice> choices) {
    String framedCode = framing == null ? null : framing.code();
    String base = framedCode != null ? framedCode : p.code();
    DyadFinder.Dyad dyad = dyads.find(tree, index, context, t, p, base, framing, fired);
    if (dyad == null) {
      trace.accept(tag(t) + ": " + p.where() + " '" + p.trigger() + "' fired but found no source actor in "
          + p.source());
      return;
    }
    List<MentionIndex.Ref> sources = dyad.sources();
    List<MentionIndex.Ref> targets = dyad.targets();
    if (base.equals(SHOW_OF_FORCE) && framedCode == null && sources.stream().map(r -> r.actor().country())
        .filter(Objects::nonNull).distinct().count() > 1) {
      // "French and Egyptian warships launched war games": an exercise held by the forces of two
      // countries together is military cooperation between them (062), each the other's partner
      base = JOINT_EXERCISE;
      targets = sources;
    }
    List<MentionIndex.Ref> targetsOrNone = new ArrayList<>(targets);
    if (targetsOrNone.isEmpty()) {
      targetsOrNone.add(null);
    }
    ModalityReader.Reading reading = ModalityReader.read(tree, t.index(), quoted, base.startsWith("13"));
    List<MentionIndex.Ref> speakers = reading.speech() < 0 ? List.of()
        : DyadFinder.refs(tree, index, reading.speech(), List.of("subj"), false);
    EventDater.Dated date = EventDater.date(doc, tree, t.index());
    Sentence s = tree.sentence();
    // what the act becomes when announced for the future or refused: the same for every source
    String future = dictionary.projections().future(base);
    String refusal = dictionary.projections().project(base, ActProjections.Frame.REJECTION);
    for (MentionIndex.Ref src : sources) {
      boolean self = speakers.stream().anyMatch(sp -> SpeechActs.sameSide(sp.actor(), src.actor()));
      boolean ownVoice = reading.speech() < 0 || self || reading.committed();
      Modality modality = reading.modality(self);
      String code = base;
      String rule = p.where() + " " + p.trigger() + " -> " + p.code()
          + (framedCode == null ? "" : " (about the act it governs: " + framedCode + ")")
          + (framedCode == null && !base.equals(p.code()) ? " (held by two countries together: " + base + ")" : "");
      // An act announced for the future is an expressed intent whoever reports it ("X will visit
      // Y, the agency said": 036); a speaker's conditional only counts when it is their own act.
      if (framedCode != null) {
        // the framing verb already says what kind of act this is
      } else if (modality == Modality.FUTURE && future != null) {
        code = future;
        rule = rule + " (future: intent " + code + ")";
      } else if (modality == Modality.NEGATED
          && (ownVoice && (reading.future() || reading.would()) || reading.failed())
          && refusal != null) {
        // "will not accept", "would not release": refusing to cooperate or yield is a rejection
        // (12x); so is failing to reach it ("failed to reach agreement": 127)
        code = refusal;
        modality = reading.speech() >= 0 ? Modality.REPORTED : Modality.ASSERTED;
        rule = rule + (reading.failed() ? " (failed: " : " (refused: ") + code + ")";
      }
      EventDater.Dated dated = context.dates().carry(date, tree, src);
      for (MentionIndex.Ref named : targetsOrNone) {
        if (named != null && named.actor().id().equals(src.actor().id())) {
          continue;
        }
        DomesticPlacement.Pair placed = DomesticPlacement.place(tree, index, src, named, code);
        MentionIndex.Ref tgt = placed.target();
        String key = src.actor().id() + "|" + (tgt == null ? "" : tgt.actor().id()) + "|" + code;
        if (!seen.add(key)) {
          continue;
        }
        double confidence = 0.6 + (tgt != null || p.target().isEmpty() ? 0.2 : 0)
            + (src.viaPronoun() || (tgt != null && tgt.viaPronoun()) ? 0 : 0.1)
            + (modality == Modality.ASSERTED ? 0.05 : 0)
            - (src.fromContext() || (tgt != null && tgt.fromContext()) ? 0.25 : 0)
            - (CarriedSources.isUnknown(src) ? 0.25 : 0);
        Event e = events.event(doc, s, triggerText(tree, t, p), placed.source(), tgt, code, modality, dated, rule,
            confidence, out.size());
        out.add(e);
        if (!dyad.ranked().isEmpty()) {
          choices.accept(new TargetChoice(e, dyad.ranked().stream()
              .map(c -> new TargetChoice.Option(c.ref().text(), c.features(), c.probability())).toList()));
        }
        if (dated.basis().equals(Basis.TEXT)) {
          context.dates().dated(s.index(), dated.value(), src.actor().id(), tgt == null ? null : tgt.actor().id());
        }
        speech.accuse(doc, tree, speakers, reading, placed.source(), tgt, code, dated, seen, out, trace);
        trace.accept(tag(t) + ": " + rule + " fired: " + (src.text() == null ? "(unknown)" : src.text()) + " -> "
            + (tgt == null ? "(no target)" : tgt.text()) + ", " + modality.label() + ", " + dated.value()
            + (dated.basis().equals(Basis.CONTEXT) ? " (date carried from an earlier sentence)" : "")
            + "; source by " + dyad.sourceHow()
            + "; target by " + (tgt == null ? "none found" : dyad.targetHow()));
      }
    }
  }

  private static boolean hasParticle(SentenceTree tree, int t, String particle) {
    for (int c : tree.children(t)) {
      if ((tree.relation(c).equals("compound:prt") || tree.relation(c).equals("advmod"))
          && tree.sentence().tokens().get(c).word().equalsIgnoreCase(particle)) {
        return true;
      }
    }
    return false;
  }

  private static String triggerText(SentenceTree tree, Token t, EventPattern p) {
    return p.particle() == null ? t.word() : t.word() + " " + p.particle();
  }

  private static boolean quoted(List<Quote> quotes, Token t) {
    for (Quote q : quotes) {
      if (t.begin() >= q.span().begin() && t.end() <= q.span().end()) {
        return true;
      }
    }
    return false;
  }

  /** How a trace line names a trigger token: word, lemma and part of speech. */
  static String tag(Token t) {
    return "'" + t.word() + "' (" + t.lemma() + "/" + t.pos() + ")";
  }
}
