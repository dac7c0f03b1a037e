package org.dyad.coder.event;

import java.util.List;
import java.util.Set;
import org.dyad.coder.lexicon.Lexicon;
import org.dyad.coder.tree.SentenceTree;
import org.dyad.model.analysis.Actor;

/**
 * The source of an act its own slots do not name, read off the words that carry it: the subject of
 * the verb whose object or purpose the act's noun is ("the Senate began an investigation", "returned
 * to Geneva for talks"), or the owner of the means a passive names ("killed in a Russian strike").
 * Takes the event dictionary's word classes (SUPPORT_VERBS, TRAVEL_VERBS, ATTACK_MEANS); gives the
 * actors found, or an empty list. Immutable.
 */
final class CarriedSources {
  /** Prepositions of what a verb of going is for ("returned to Geneva for talks"). */
  private static final Set<String> PURPOSE = Lexicon.DEFAULT.set("purpose-prepositions");
  /** Prepositions naming where someone was held ("arrested in Rwanda"). */
  private static final Set<String> HELD_IN = Lexicon.DEFAULT.set("held-place-prepositions");
  /** Prepositions naming the state that expelled someone ("expelled from North Korea"). */
  private static final Set<String> EXPELLED_FROM = Lexicon.DEFAULT.set("expelled-place-prepositions");
  /** Phrases that may hold an "in" phrase naming the place ("released from captivity in Libya"). */
  private static final Set<String> HOLDING_PHRASES = Lexicon.DEFAULT.set("holding-phrase-prepositions");
  /** Prepositions naming where an attack by nobody named happened ("a blast near Samarra"). */
  private static final Set<String> ATTACKED_IN = Lexicon.DEFAULT.set("attack-place-prepositions");
  private final EventDictionary dictionary;

  CarriedSources(EventDictionary dictionary) {
    this.dictionary = dictionary;
  }

  /**
   * "were killed in a Russian strike", "died under Israeli shelling": the owner (adjective,
   * possessive or compound) of an attack noun in a prepositional phrase of the trigger; or of the
   * attack noun that is the trigger's subject, or its "by" phrase ("a bombing by Islamic State killed").
   */
  List<MentionIndex.Ref> agentOfMeans(SentenceTree tree, MentionIndex index, int t) {
    int subject = tree.subject(t);
    if (subject >= 0 && dictionary.inClass("ATTACK_MEANS", tree.lemma(subject))) {
      // "a car bombing by the Islamic State group killed 75", "an Israeli strike killed three"
      List<MentionIndex.Ref> owners = DyadFinder.refs(tree, index, subject, List.of("poss", "by"), true);
      if (!owners.isEmpty()) {
        return owners;
      }
    }
    for (int c : tree.children(t)) {
      if (!tree.relation(c).startsWith("obl") && !tree.relation(c).startsWith("nmod")) {
        continue;
      }
      if (!dictionary.inClass("ATTACK_MEANS", tree.lemma(c))) {
        continue;
      }
      List<MentionIndex.Ref> owners = DyadFinder.refs(tree, index, c, List.of("poss"), true);
      if (!owners.isEmpty()) {
        return owners;
      }
    }
    return List.of();
  }

  /**
   * "The Senate began an investigation into ...", "the US carried out strikes on ...": the subject of
   * a support verb (the SUPPORT_VERBS word class) whose object is the act's noun, or of a verb of
   * going (TRAVEL_VERBS) that goes "for" or "on" it ("returned to Geneva for talks"); conjuncts included.
   * Not when the verb is an act of its own ("lodged a protest", "hold talks" under "demanded"): the
   * verb's event is the one the sentence tells.
   */
  List<MentionIndex.Ref> supportVerbSubject(SentenceTree tree, MentionIndex index, int t,
                                             Set<Integer> fired) {
    int head = tree.head(t);
    if (head < 0 || !tree.isVerb(head) || fired.contains(head)) {
      return List.of();
    }
    String verb = tree.lemma(head);
    boolean carried = tree.relation(t).equals("obj") && dictionary.inClass("SUPPORT_VERBS", verb)
        || tree.relation(t).startsWith("obl") && PURPOSE.contains(tree.caseWord(t))
        && dictionary.inClass("TRAVEL_VERBS", verb);
    return carried ? DyadFinder.refs(tree, index, head, List.of("subj"), false) : List.of();
  }
  /**
   * "was arrested in Rwanda", "was tortured in a prison in Iran", "were released from captivity in
   * Libya", "were expelled from North Korea": an arrest, detention, torture, release or expulsion
   * with no agent is the act of the state where it happened, named by a country or place in an "in"
   * phrase of the trigger or of its "from" phrase, or (expulsions) by the "from" phrase itself. Only
   * these acts: a killing "in Kabul" is not Kabul's.
   */
  List<MentionIndex.Ref> stateWhereHeld(SentenceTree tree, MentionIndex index, int t, String code) {
    boolean expelled = code.startsWith("166") || code.equals("174") || code.equals("201");
    if (!code.startsWith("17") && !code.equals("1822") && !code.startsWith("0841") && !expelled) {
      return List.of();
    }
    return placeOf(tree, index, t, expelled ? EXPELLED_FROM : HELD_IN);
  }

  /**
   * The country or place named by a phrase of the trigger with one of {@code preps}, or by an "in"
   * phrase inside any "in"/"from"/"near" phrase of it ("released from captivity in Libya").
   */
  private static List<MentionIndex.Ref> placeOf(SentenceTree tree, MentionIndex index, int t, Set<String> preps) {
    for (int c : tree.children(t)) {
      String r = tree.relation(c);
      String prep = r.startsWith("obl") || r.startsWith("nmod") ? tree.caseWord(c) : "";
      if (!HOLDING_PHRASES.contains(prep)) {
        continue;
      }
      List<MentionIndex.Ref> places = preps.contains(prep) ? statePlaces(tree, index, c) : List.of();
      for (int n = 0; places.isEmpty() && n < tree.children(c).size(); n++) {
        int inner = tree.children(c).get(n);
        if (tree.relation(inner).startsWith("nmod") && tree.caseWord(inner).equals("in")) {
          places = statePlaces(tree, index, inner);
        }
      }
      if (!places.isEmpty()) {
        return places;
      }
    }
    return List.of();
  }

  private static List<MentionIndex.Ref> statePlaces(SentenceTree tree, MentionIndex index, int tok) {
    MentionIndex.Ref r = index.resolve(tree, tok);
    if (r == null || r.actor().country() == null) {
      return List.of();
    }
    return MentionIndex.isLand(r.actor()) ? List.of(r) : List.of();
  }
  /** The kind of the stand-in for a perpetrator the text does not name. */
  static final String UNKNOWN = "UNKNOWN";

  /**
   * "At least three civilians were killed in a car bombing", "A roadside bomb killed one soldier":
   * a violent act (CAMEO 17 to 20) told in the passive or with a weapon or blast as its subject, its
   * victims named and nobody the text says did it. The event keeps its victims and an unknown
   * source (no id, no code, no text), as GDELT leaves Actor1 empty, rather than being dropped;
   * null when the act is not such a one.
   */
  MentionIndex.Ref unknownPerpetrator(SentenceTree tree, MentionIndex index, int t, String code) {
    int root = Integer.parseInt(code.substring(0, 2));
    if (root < 17 || root > 20) {
      return null;
    }
    int subject = tree.subject(t);
    boolean means = subject >= 0 && dictionary.inClass("ATTACK_MEANS", tree.lemma(subject));
    if (!means && !ArgumentFinder.passive(tree, t)) {
      return null;
    }
    // "were killed in a car bombing in Beirut": unidentified armed forces (CAMEO UAF) of the country
    // where it happened, as CAMEO codes "gunmen"; the code is inferred, so its basis is context
    List<MentionIndex.Ref> where = placeOf(tree, index, t, ATTACKED_IN);
    if (where.isEmpty() && means) {
      where = placeOf(tree, index, subject, ATTACKED_IN); // "a blast near Samarra killed"
    }
    String country = where.isEmpty() ? null : where.get(0).actor().country();
    String key = UNKNOWN + ":" + tree.sentence().index() + ":" + t;
    Actor nobody = country == null ? MentionIndex.standIn(key, null, UNKNOWN, null, null, null)
        : MentionIndex.standIn(key, null, UNKNOWN, country + UNIDENTIFIED, country,
            "context: unidentified armed forces of the country where it happened, " + where.get(0).text());
    return new MentionIndex.Ref(nobody, null, false);
  }

  private static final String UNIDENTIFIED = "UAF";

  /** True for the stand-in of an unknown perpetrator. */
  static boolean isUnknown(MentionIndex.Ref ref) {
    return ref != null && ref.actor().kind().equals(UNKNOWN);
  }
}
