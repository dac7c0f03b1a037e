package org.dyad.coder.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Set;
import java.util.function.Consumer;
import org.dyad.coder.tree.SentenceTree;
import org.dyad.model.analysis.Actor;
import org.dyad.model.analysis.Event;
import org.dyad.model.analysis.Quote;
import org.dyad.model.analysis.Span;
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
 */
public final class EventCoder {
  private static final String DEMAND = "100";
  private static final String ACCUSE = "112";
  private static final Set<String> MUTUAL = Set.of("exchange", "clash", "skirmish");
  private static final Set<String> RECIPROCAL_FIGHTS = Set.of("clash", "fight", "exchange", "battle", "skirmish");
  private final EventDictionary dictionary;
  private final ObjectMatcher objects;

  /** Builds a coder over loaded patterns. */
  public EventCoder(EventDictionary dictionary) {
    this.dictionary = dictionary;
    this.objects = new ObjectMatcher(dictionary);
  }

  /** Codes the events of one article. */
  public List<Event> code(ParsedDocument doc, List<Actor> actors, List<Quote> quotes) {
    return code(doc, actors, quotes, line -> { });
  }

  /** Codes the events of one article, telling {@code trace} why each candidate trigger did or did not fire. */
  public List<Event> code(ParsedDocument doc, List<Actor> actors, List<Quote> quotes,
                          Consumer<String> trace) {
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
        List<EventPattern> rows = dictionary.patterns(lemma);
        // Proper nouns ("National Rally") and participles used as adjectives ("occupied
        // territories", "armed groups") name things, not events.
        if (!(t.pos().startsWith("VB") || t.pos().startsWith("NN"))
            || t.pos().startsWith("NNP") || tree.relation(t.index()).equals("amod")) {
          continue;
        }
        if (t.pos().startsWith("VB") && ModalityReader.SPEECH_VERBS.contains(lemma)) {
          demand(doc, tree, index, t, seen, out, trace);
        }
        if (rows.isEmpty()) {
          continue;
        }
        EventPattern p = choose(tree, t, rows, trace);
        if (p != null) {
          fired.put(t.index(), p);
        }
      }
      Map<Integer, Framing> framed = frames(tree, fired, trace);
      for (Map.Entry<Integer, EventPattern> f : fired.entrySet()) {
        if (!framed.containsKey(-1 - f.getKey())) {
          Token t = tree.token(f.getKey());
          emit(doc, tree, index, context, t, f.getValue(), framed.get(f.getKey()), quoted(quotes, t), seen, out,
              trace);
        }
      }
      dropBareStatements(out.subList(first, out.size()), trace);
    }
    return renumbered(out);
  }

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
                    EventPattern p, Framing framing, boolean quoted, Set<String> seen, List<Event> out,
                    Consumer<String> trace) {
    String framedCode = framing == null ? null : framing.code();
    String base = framedCode != null ? framedCode : p.code();
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
    if (sources.isEmpty() && (ArgumentFinder.passive(tree, t.index()) || p.noun())) {
      // "300 soldiers were killed in a Russian strike": the attack's owner is the agent
      sources = agentOfMeans(tree, index, t.index());
      sourceHow = "the owner of the means ('in a Russian strike')";
    }
    List<MentionIndex.Ref> targets = p.target().isEmpty() ? List.of()
        : refs(tree, index, t.index(), p.target(), p.noun());
    String targetHow = "pattern slot " + String.join("|", p.target());
    if (targets.isEmpty() && !p.target().isEmpty() && !p.noun()) {
      targets = complementTarget(tree, index, t.index(), sources);
      targetHow = "the complement clause";
    }
    if (targets.isEmpty() && !base.startsWith("01")) {
      TargetSearch.Found f = TargetSearch.search(tree, index, t.index(), base,
          sources.stream().map(MentionIndex.Ref::actor).toList());
      if (f != null) {
        targets = new ArrayList<>();
        for (int tok : f.tokens()) {
          MentionIndex.Ref r = index.resolve(tree, tok);
          if (r != null && targets.stream().noneMatch(o -> o.actor().id().equals(r.actor().id()))) {
            targets.add(r);
          }
        }
        targetHow = "phrase search: " + f.path();
      }
    }
    if (targets.isEmpty() && framing != null) {
      // "called for a ceasefire in Sudan": the place or party of the act asked for
      TargetSearch.Found f = TargetSearch.search(tree, index, framing.act(), framing.actCode(),
          sources.stream().map(MentionIndex.Ref::actor).toList());
      if (f != null) {
        targets = new ArrayList<>();
        for (int tok : f.tokens()) {
          MentionIndex.Ref r = index.resolve(tree, tok);
          if (r != null && targets.stream().noneMatch(o -> o.actor().id().equals(r.actor().id()))) {
            targets.add(r);
          }
        }
        targetHow = "phrase search from the act it governs: " + f.path();
      }
    }
    if (!targets.isEmpty() && MUTUAL.contains(p.lemma())) {
      // "Israel exchanged fire with Hezbollah", "police clashed with protesters": each side acts on
      // the other, so every actor named on either side is a source and a target
      List<MentionIndex.Ref> both = new ArrayList<>(sources);
      targets.stream().filter(r -> both.stream().noneMatch(o -> o.actor().id().equals(r.actor().id())))
          .forEach(both::add);
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
    if (sources.isEmpty() && !targets.isEmpty() && !base.startsWith("01") && ArgumentFinder.passive(tree, t.index())) {
      // a passive with no agent ("were killed") keeps its victims and takes the attacker from the
      // article, never from the victims
      Actor other = context.counterpart(targets.get(0).actor());
      if (other != null) {
        sources = List.of(MentionIndex.Ref.context(other));
        sourceHow = "context: the other side of the article's pair " + context.describe();
      }
    }
    if (sources.isEmpty()) {
      trace.accept(tag(t) + ": " + p.where() + " '" + p.trigger() + "' fired but found no source actor in "
          + p.source());
      return;
    }
    if (targets.isEmpty() && !base.startsWith("01")) {
      Actor other = context.counterpart(sources.get(0).actor());
      if (other != null) {
        targets = List.of(MentionIndex.Ref.context(other));
        targetHow = "context: the other side of the article's pair " + context.describe();
      }
    }
    targets = counterparts(tree, targets, sources);
    List<MentionIndex.Ref> targetsOrNone = new ArrayList<>(targets);
    if (targetsOrNone.isEmpty()) {
      targetsOrNone.add(null);
    }
    ModalityReader.Reading reading = ModalityReader.read(tree, t.index(), quoted, base.startsWith("13"));
    List<MentionIndex.Ref> speakers = reading.speech() < 0 ? List.of()
        : refs(tree, index, reading.speech(), List.of("subj"), false);
    EventDater.Dated date = EventDater.date(doc, tree, t.index());
    Sentence s = tree.sentence();
    for (MentionIndex.Ref src : sources) {
      boolean self = speakers.stream().anyMatch(sp -> sameSide(sp.actor(), src.actor()));
      boolean ownVoice = reading.speech() < 0 || self || reading.committed();
      String modality = reading.modality(self);
      String code = base;
      String rule = p.where() + " " + p.trigger() + " -> " + p.code()
          + (framedCode == null ? "" : " (about the act it governs: " + framedCode + ")");
      // An act announced for the future is an expressed intent whoever reports it ("X will visit
      // Y, the agency said": 036); a speaker's conditional only counts when it is their own act.
      if (framedCode != null) {
        // the framing verb already says what kind of act this is
      } else if (modality.equals(ModalityReader.FUTURE) && IntentCodes.of(code) != null) {
        code = IntentCodes.of(code);
        rule = rule + " (future: intent " + code + ")";
      } else if (modality.equals(ModalityReader.NEGATED) && ownVoice && (reading.future() || reading.would())
          && IntentCodes.rejection(code) != null) {
        // "will not accept", "would not meet": refusing to cooperate is a rejection (12x)
        code = IntentCodes.rejection(code);
        modality = reading.speech() >= 0 ? ModalityReader.REPORTED : ModalityReader.ASSERTED;
        rule = rule + " (refused: " + code + ")";
      }
      EventDater.Dated dated = context.dates().carry(date, tree, src);
      for (MentionIndex.Ref tgt : targetsOrNone) {
        if (tgt != null && tgt.actor().id().equals(src.actor().id())) {
          continue;
        }
        String key = src.actor().id() + "|" + (tgt == null ? "" : tgt.actor().id()) + "|" + code;
        if (!seen.add(key)) {
          continue;
        }
        double confidence = 0.6 + (tgt != null || p.target().isEmpty() ? 0.2 : 0)
            + (src.viaPronoun() || (tgt != null && tgt.viaPronoun()) ? 0 : 0.1)
            + (modality.equals(ModalityReader.ASSERTED) ? 0.05 : 0)
            - (src.fromContext() || (tgt != null && tgt.fromContext()) ? 0.25 : 0);
        out.add(event(doc, s, triggerText(tree, t, p), src, tgt, code, modality, dated, rule, confidence,
            out.size()));
        if (dated.basis().equals("text")) {
          context.dates().dated(s.index(), dated.value(), src.actor().id(), tgt == null ? null : tgt.actor().id());
        }
        accuse(doc, tree, speakers, reading, src, code, dated, seen, out, trace);
        trace.accept(tag(t) + ": " + rule + " fired: " + src.text() + " -> "
            + (tgt == null ? "(no target)" : tgt.text()) + ", " + modality + ", " + dated.value()
            + (dated.basis().equals(DateContinuity.CONTEXT) ? " (date carried from an earlier sentence)" : "")
            + "; source by " + sourceHow
            + "; target by " + (tgt == null ? "none found" : targetHow));
      }
    }
  }

  /**
   * CAMEO codes what a statement does: a plain "said" (010) stays only when the same speaker does
   * nothing more specific in the sentence ("declined to comment" is 011, not also a negated 010; ("X said it would send aid to Y" is X's intent, 033x;
   * "X said Y shelled the town" is X's accusation, 112).
   */
  private static void dropBareStatements(List<Event> sentence, Consumer<String> trace) {
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

  /** Event ids in document order once statements have been dropped: e1, e2, ... */
  private static List<Event> renumbered(List<Event> events) {
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      String id = "e" + (out.size() + 1);
      out.add(id.equals(e.id()) ? e : new Event(id, e.sentence(), e.span(), e.trigger(), e.source(), e.target(),
          e.sourceCode(), e.targetCode(), e.sourceText(), e.targetText(), e.cameo(), e.plover(), e.ploverMode(),
          e.goldstein(), e.quadClass(), e.modality(), e.date(), e.dateBasis(), e.rule(), e.confidence(),
          e.sourceBasis(), e.targetBasis()));
    }
    return out;
  }

  /**
   * "Armenia's envoy said the shelling came from Azerbaijan": a speaker who reports a hostile act
   * (coercion, assault, fighting: QuadClass 4) by someone not on their own side accuses them
   * (CAMEO 112), whatever the act's own modality.
   */
  private void accuse(ParsedDocument doc, SentenceTree tree, List<MentionIndex.Ref> speakers,
                      ModalityReader.Reading reading, MentionIndex.Ref src, String code, EventDater.Dated date,
                      Set<String> seen, List<Event> out, Consumer<String> trace) {
    // the accused must be placed: "said its forces had captured two villages" names no other side
    if (reading.speech() < 0 || dictionary.ontology().get(code).quadClass() != 4 || src.fromContext()
        || src.actor().country() == null && (src.actor().code() == null || !src.actor().code().startsWith("IGO"))) {
      return;
    }
    for (MentionIndex.Ref speaker : speakers) {
      if (sameSide(speaker.actor(), src.actor())
          || !seen.add(speaker.actor().id() + "|" + src.actor().id() + "|" + ACCUSE)) {
        continue;
      }
      String rule = "engine: speaker reports a hostile act (" + code + ") by another side -> " + ACCUSE;
      out.add(event(doc, tree.sentence(), tree.token(reading.speech()).word(), speaker, src, ACCUSE,
          ModalityReader.ASSERTED, date, rule, speaker.viaPronoun() || src.viaPronoun() ? 0.6 : 0.7, out.size()));
      trace.accept("'" + tree.token(reading.speech()).word() + "': " + rule + " fired: " + speaker.text()
          + " -> " + src.text());
    }
  }

  /**
   * Appeals, demands, intents, refusals and threats take their sub-code from the act they govern
   * ("urged Myanmar to release the journalists": an appeal for a release, 0253), and that act is
   * then not an event of its own: it was asked for, promised, refused or threatened, not done.
   * Gives the framing by the framing token's index, and marks each governed act as {@code -1 - index}.
   */
  private Map<Integer, Framing> frames(SentenceTree tree, Map<Integer, EventPattern> fired, Consumer<String> trace) {
    Map<Integer, Framing> out = new HashMap<>();
    for (Map.Entry<Integer, EventPattern> f : fired.entrySet()) {
      ActProjections.Frame frame = ActProjections.Frame.of(f.getValue().code());
      if (frame == null) {
        continue;
      }
      int act = governedAct(tree, f.getKey(), frame, fired);
      if (act < 0 || out.containsKey(-1 - act)) {
        continue;
      }
      String code = dictionary.projections().project(fired.get(act).code(), frame);
      if (code != null) {
        Framing framing = new Framing(code, act, fired.get(act).code());
        out.put(f.getKey(), framing);
        out.put(-1 - act, framing);
        trace.accept(tag(tree.token(f.getKey())) + ": frames '" + tree.token(act).word() + "' ("
            + fired.get(act).code() + "): " + frame.name().toLowerCase() + " code " + code
            + "; the governed act is not an event of its own");
      }
    }
    return out;
  }

  /** A framing verb's code about the act it governs, that act's token and its own code. */
  private record Framing(String code, int act, String actCode) {}

  /**
   * The act a framing verb governs: its infinitive or clause ("threatened to cut", "demanded that
   * X withdraw"), a clause the parser marked "on"/"for" ("called on X to lift"), or for appeals,
   * demands and threats a nominal act ("called for a ceasefire", "demanded the release of",
   * "threatened Russia with tariffs"). -1 when none fired.
   */
  private static int governedAct(SentenceTree tree, int frameToken, ActProjections.Frame frame,
                                 Map<Integer, EventPattern> fired) {
    for (int c : tree.children(frameToken)) {
      String r = tree.relation(c);
      boolean clause = r.equals("xcomp") || r.equals("ccomp") || r.equals("advcl") && marked(tree, c, "on", "for", "to");
      boolean nominal = frame != ActProjections.Frame.INTENT && frame != ActProjections.Frame.REJECTION
          && (r.equals("obj") || r.startsWith("obl") && (caseOf(tree, c, "for") || caseOf(tree, c, "with")));
      if ((clause || nominal) && fired.containsKey(c)) {
        return c;
      }
    }
    return -1;
  }

  private static boolean caseOf(SentenceTree tree, int c, String word) {
    int k = tree.child(c, "case");
    return k >= 0 && tree.token(k).word().equalsIgnoreCase(word);
  }

  /**
   * "met his Turkish counterpart": a counterpart holds the source's office in the country its
   * adjective names, so the target is that country with the source's sectors.
   */
  private static List<MentionIndex.Ref> counterparts(SentenceTree tree, List<MentionIndex.Ref> targets,
                                                     List<MentionIndex.Ref> sources) {
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

  /** Meeting, agreeing and cooperating are mutual, and so are clashes and exchanges of fire. */
  private static boolean reciprocal(String code, EventPattern p) {
    String root = code.substring(0, 2);
    return root.equals("03") || root.equals("04") || root.equals("05") || root.equals("06")
        || RECIPROCAL_FIGHTS.contains(p.lemma());
  }

  /**
   * "were killed in a Russian strike", "died under Israeli shelling": the owner (adjective,
   * possessive or compound) of an attack noun in a prepositional phrase of the trigger.
   */
  private List<MentionIndex.Ref> agentOfMeans(SentenceTree tree, MentionIndex index, int t) {
    for (int c : tree.children(t)) {
      if (!tree.relation(c).startsWith("obl") && !tree.relation(c).startsWith("nmod")) {
        continue;
      }
      Token n = tree.token(c);
      String lemma = (n.lemma() == null ? n.word() : n.lemma()).toLowerCase();
      if (!dictionary.inClass("ATTACK_MEANS", lemma)) {
        continue;
      }
      List<MentionIndex.Ref> owners = refs(tree, index, c, List.of("poss"), true);
      if (!owners.isEmpty()) {
        return owners;
      }
    }
    return List.of();
  }

  private Event event(ParsedDocument doc, Sentence s, String trigger, MentionIndex.Ref src,
                      MentionIndex.Ref tgt, String code, String modality, EventDater.Dated date, String rule,
                      double confidence, int count) {
    CameoCode cameo = dictionary.ontology().get(code);
    return new Event("e" + (count + 1), s.text(doc.text()), new Span(s.begin(), s.end()), trigger,
        src.actor().id(), tgt == null ? null : tgt.actor().id(), src.code(),
        tgt == null ? null : tgt.code(), src.text(), tgt == null ? null : tgt.text(), code,
        cameo.plover(), cameo.ploverMode(), cameo.goldstein(), cameo.quadClass(), modality, date.value(),
        date.basis(), rule, Math.round(Math.min(confidence, 0.95) * 100) / 100.0,
        src.fromContext() ? Event.CONTEXT : Event.TEXT,
        tgt == null ? null : tgt.fromContext() ? Event.CONTEXT : Event.TEXT);
  }

  /**
   * "Straw said the Sudanese government must reach an agreement": a speaker saying that another
   * actor must or should act makes a demand (CAMEO 100) of that actor, whatever the act.
   */
  private void demand(ParsedDocument doc, SentenceTree tree, MentionIndex index, Token t,
                      Set<String> seen, List<Event> out, Consumer<String> trace) {
    for (int c : tree.children(t.index())) {
      String r = tree.relation(c);
      if (!(r.equals("ccomp") || r.equals("dep") || r.equals("parataxis")) || !obliged(tree, c)) {
        continue;
      }
      List<MentionIndex.Ref> sources = refs(tree, index, t.index(), List.of("subj"), false);
      List<MentionIndex.Ref> targets = refs(tree, index, c, List.of("subj"), false);
      if (targets.isEmpty()) {
        // "Russia says Israel must end ...": a headline parse hangs the one obliged on "says"
        targets = refs(tree, index, t.index(), List.of("obj"), false);
      }
      EventDater.Dated date = EventDater.date(doc, tree, t.index());
      String rule = "engine: speech verb + must/should clause -> " + DEMAND;
      for (MentionIndex.Ref src : sources) {
        for (MentionIndex.Ref tgt : targets) {
          if (!sameSide(src.actor(), tgt.actor()) && seen.add(src.actor().id() + "|" + tgt.actor().id() + "|" + DEMAND)) {
            out.add(event(doc, tree.sentence(), t.word(), src, tgt, DEMAND, ModalityReader.ASSERTED, date,
                rule, src.viaPronoun() || tgt.viaPronoun() ? 0.6 : 0.7, out.size()));
            trace.accept(tag(t) + ": " + rule + " fired: " + src.text() + " -> " + tgt.text());
          }
        }
      }
    }
  }

  private static boolean obliged(SentenceTree tree, int clause) {
    for (int c : tree.children(clause)) {
      String w = tree.token(c).word().toLowerCase();
      if (tree.relation(c).startsWith("aux") && (w.equals("must") || w.equals("should"))) {
        return true;
      }
    }
    String lemma = tree.token(clause).lemma() == null ? "" : tree.token(clause).lemma();
    return (lemma.equals("have") || lemma.equals("need")) && tree.child(clause, "xcomp") >= 0;
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
      if (r.equals("ccomp") || r.equals("advcl") && marked(tree, c, "on", "for")) {
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

  private static boolean marked(SentenceTree tree, int clause, String... words) {
    for (int c : tree.children(clause)) {
      if (tree.relation(c).equals("mark") && List.of(words).contains(tree.token(c).word().toLowerCase())) {
        return true;
      }
    }
    return false;
  }

  /** The same actor, or a person and a body of the same country (a minister speaking for it). */
  private static boolean sameSide(Actor a, Actor b) {
    return a.id().equals(b.id()) || (a.country() != null && a.country().equals(b.country()));
  }

  private static List<MentionIndex.Ref> refs(SentenceTree tree, MentionIndex index, int trigger,
                                             List<String> slots, boolean noun) {
    List<MentionIndex.Ref> out = new ArrayList<>();
    for (String slot : slots) {
      for (int tok : ArgumentFinder.fill(tree, trigger, slot, noun)) {
        for (MentionIndex.Ref r : index.resolveAll(tree, tok)) {
          if (out.stream().noneMatch(o -> o.actor().id().equals(r.actor().id()))) {
            out.add(r);
          }
        }
      }
      if (!out.isEmpty()) {
        break;
      }
    }
    return out;
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

  private static String tag(Token t) {
    return "'" + t.word() + "' (" + t.lemma() + "/" + t.pos() + ")";
  }
}
