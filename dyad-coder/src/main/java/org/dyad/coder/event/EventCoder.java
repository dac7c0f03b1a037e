package org.dyad.coder.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
  private final EventDictionary dictionary;

  /** Builds a coder over loaded patterns. */
  public EventCoder(EventDictionary dictionary) {
    this.dictionary = dictionary;
  }

  /** Codes the events of one article. */
  public List<Event> code(ParsedDocument doc, List<Actor> actors, List<Quote> quotes) {
    return code(doc, actors, quotes, line -> { });
  }

  /** Codes the events of one article, telling {@code trace} why each candidate trigger did or did not fire. */
  public List<Event> code(ParsedDocument doc, List<Actor> actors, List<Quote> quotes,
                          Consumer<String> trace) {
    MentionIndex index = new MentionIndex(doc, actors);
    List<Event> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      SentenceTree tree = new SentenceTree(s);
      Set<String> seen = new HashSet<>();
      for (Token t : s.tokens()) {
        String lemma = (t.lemma() == null ? t.word() : t.lemma()).toLowerCase();
        List<EventPattern> rows = dictionary.patterns(lemma);
        // Proper nouns ("National Rally") and participles used as adjectives ("occupied
        // territories", "armed groups") name things, not events.
        if (rows.isEmpty() || !(t.pos().startsWith("VB") || t.pos().startsWith("NN"))
            || t.pos().startsWith("NNP") || tree.relation(t.index()).equals("amod")) {
          continue;
        }
        EventPattern fired = choose(tree, t, rows, trace);
        if (fired != null) {
          emit(doc, tree, index, t, fired, quoted(quotes, t), seen, out, trace);
        }
      }
    }
    return out;
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
      if (p.object() != null && !objectHolds(tree, t.index(), p.object(), noun)) {
        trace.accept(tag(t) + ": " + p.where() + " '" + p.trigger() + "' needs an object " + p.object());
        continue;
      }
      return p;
    }
    trace.accept(tag(t) + ": no row for a " + (noun ? "noun" : "verb") + " with these dependents");
    return null;
  }

  private void emit(ParsedDocument doc, SentenceTree tree, MentionIndex index, Token t, EventPattern p,
                    boolean quoted, Set<String> seen, List<Event> out, Consumer<String> trace) {
    List<MentionIndex.Ref> sources = refs(tree, index, t.index(), p.source(), p.noun());
    if (sources.isEmpty() && p.target().contains("subj")) {
      // "Ukraine will receive British drones": the giver is named on the thing given, or is the
      // one announcing it ("The British Ministry of Defense announced that Ukraine will receive ...")
      for (int o : objects(tree, t.index())) {
        if (sources.isEmpty()) {
          sources = refs(tree, index, o, List.of("poss"), true);
        }
      }
      int head = tree.head(t.index());
      if (sources.isEmpty() && head >= 0 && tree.relation(t.index()).equals("ccomp")) {
        sources = refs(tree, index, head, List.of("subj"), false);
      }
    }
    if (sources.isEmpty()) {
      trace.accept(tag(t) + ": " + p.where() + " '" + p.trigger() + "' fired but found no source actor in "
          + p.source());
      return;
    }
    List<MentionIndex.Ref> targets = p.target().isEmpty() ? List.of()
        : refs(tree, index, t.index(), p.target(), p.noun());
    boolean reciprocal = targets.isEmpty() && !p.target().isEmpty() && sources.size() > 1;
    List<MentionIndex.Ref> targetsOrNone = new ArrayList<>(reciprocal ? sources : targets);
    if (targetsOrNone.isEmpty()) {
      targetsOrNone.add(null);
    }
    String modality = ModalityReader.read(tree, t.index(), quoted);
    String code = p.code();
    String rule = p.where() + " " + p.trigger() + " -> " + code;
    if (modality.equals(ModalityReader.FUTURE) && IntentCodes.of(code) != null) {
      code = IntentCodes.of(code);
      rule = rule + " (future: intent " + code + ")";
    }
    CameoCode cameo = dictionary.ontology().get(code);
    EventDater.Dated date = EventDater.date(doc, tree, t.index());
    Sentence s = tree.sentence();
    for (MentionIndex.Ref src : sources) {
      for (MentionIndex.Ref tgt : targetsOrNone) {
        if (tgt != null && tgt.actor().id().equals(src.actor().id())) {
          continue;
        }
        String key = src.actor().id() + "|" + (tgt == null ? "" : tgt.actor().id()) + "|" + code;
        if (!seen.add(key)) {
          continue;
        }
        // "India and Pakistan held talks": each side is the other's target
        double confidence = 0.6 + (tgt != null || p.target().isEmpty() ? 0.2 : 0)
            + (src.viaPronoun() || (tgt != null && tgt.viaPronoun()) ? 0 : 0.1)
            + (modality.equals(ModalityReader.ASSERTED) ? 0.05 : 0);
        out.add(new Event("e" + (out.size() + 1), s.text(doc.text()), new Span(s.begin(), s.end()),
            triggerText(tree, t, p), src.actor().id(), tgt == null ? null : tgt.actor().id(),
            src.actor().code(), tgt == null ? null : tgt.actor().code(), src.text(),
            tgt == null ? null : tgt.text(), code, cameo.plover(), cameo.ploverMode(), cameo.goldstein(),
            cameo.quadClass(), modality, date.value(), date.basis(), rule,
            Math.round(Math.min(confidence, 0.95) * 100) / 100.0));
        trace.accept(tag(t) + ": " + rule + " fired: " + src.text() + " -> "
            + (tgt == null ? "(no target)" : tgt.text()) + ", " + modality + ", " + date.value());
      }
    }
  }

  private static List<MentionIndex.Ref> refs(SentenceTree tree, MentionIndex index, int trigger,
                                             List<String> slots, boolean noun) {
    List<MentionIndex.Ref> out = new ArrayList<>();
    for (String slot : slots) {
      for (int tok : ArgumentFinder.fill(tree, trigger, slot, noun)) {
        MentionIndex.Ref r = index.resolve(tree, tok);
        if (r != null && out.stream().noneMatch(o -> o.actor().id().equals(r.actor().id()))) {
          out.add(r);
        }
      }
      if (!out.isEmpty()) {
        break;
      }
    }
    return out;
  }

  private boolean objectHolds(SentenceTree tree, int t, String constraint, boolean noun) {
    List<Integer> objects = new ArrayList<>();
    if (noun) {
      for (int c : tree.children(t)) {
        String r = tree.relation(c);
        if (r.equals("compound") || r.equals("amod") || r.startsWith("nmod")) {
          objects.add(c); // "military aid", "arms supplies", "the supply of weapons"
        }
      }
    } else {
      objects.addAll(objects(tree, t));
      for (int c : tree.children(t)) {
        if (tree.relation(c).equals("xcomp") || tree.relation(c).equals("obl")) {
          objects.add(c);
        }
      }
    }
    for (int o : objects) {
      Token tok = tree.sentence().tokens().get(o);
      String lemma = (tok.lemma() == null ? tok.word() : tok.lemma()).toLowerCase();
      if (constraint.startsWith("=") ? constraint.substring(1).equals(lemma)
          : classHolds(tree, o, constraint.substring(1), lemma)) {
        return true;
      }
    }
    return false;
  }

  private boolean classHolds(SentenceTree tree, int o, String cls, String lemma) {
    if (dictionary.inClass(cls, lemma)) {
      return true;
    }
    for (int c : tree.children(o)) {
      if (tree.relation(c).equals("compound") || tree.relation(c).equals("amod")) {
        Token m = tree.sentence().tokens().get(c);
        String first = (m.lemma() == null ? m.word() : m.lemma()).toLowerCase();
        if (dictionary.inClass(cls, first + " " + lemma) || dictionary.inClass(cls, first)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The direct object, or the parser's indirect object where it took the thing for the recipient. */
  private static List<Integer> objects(SentenceTree tree, int t) {
    List<Integer> out = new ArrayList<>(ArgumentFinder.fill(tree, t, "obj", false));
    out.addAll(ArgumentFinder.fill(tree, t, "iobj", false));
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
