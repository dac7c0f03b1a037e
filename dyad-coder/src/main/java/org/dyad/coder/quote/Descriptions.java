package org.dyad.coder.quote;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.model.analysis.Actor;

/**
 * What a speaker description ("the Russian leader", "the expert", "the ministry") says about
 * who is meant: a country, a role with the CAMEO sectors it fits, and the actor kinds it can
 * name. Package-private; the role table is small on purpose: the actor dictionaries own the
 * countries (see {@code ActorDictionary#countryOfWord}), this only has to rule out the wrong
 * earlier person.
 */
final class Descriptions {
  private static final Set<String> PERSON = Set.of("PERSON");
  private static final Set<String> GROUP = Set.of("ORGANIZATION", "COUNTRY");
  private static final Set<String> GOV = Set.of("GOV");

  /**
   * A role noun: the actor kinds it can name, the sectors it fits (null: any sector), and, for
   * titles an actor is known by ("spokesman"), the stem its known role must contain.
   */
  record Role(String word, Set<String> kinds, Set<String> sectors, String titleStem) {}

  private static final Map<String, Role> ROLES = new HashMap<>();

  static {
    roles(GOV, "president", "premier", "chancellor", "minister", "secretary", "ambassador",
        "envoy", "diplomat", "governor", "mayor", "king", "queen", "prince", "adviser", "advisor",
        "aide", "negotiator", "statesman", "politician");
    roles(Set.of("GOV", "MIL", "LEG", "JUD", "COP", "SPY"), "official");
    roles(Set.of("LEG"), "senator", "lawmaker", "legislator", "congressman", "congresswoman",
        "mp", "parliamentarian", "deputy");
    roles(Set.of("MIL", "GOV", "REB"), "general", "commander", "officer", "colonel", "admiral",
        "soldier");
    // Experts are rarely the government itself; an actor with only GOV/MIL sectors is not one.
    roles(Set.of("EDU", "ELI", "MED", "NGO", "BUS", "CVL"), "expert", "analyst", "researcher",
        "scholar", "professor", "economist", "academic", "scientist", "observer",
        "political scientist");
    roles(Set.of("BUS"), "ceo", "executive", "businessman", "businesswoman", "entrepreneur");
    roles(Set.of("JUD"), "judge", "prosecutor");
    roles(Set.of("MED"), "journalist", "reporter", "editor", "columnist");
    roles(Set.of("REL"), "cleric", "bishop", "pope", "imam", "rabbi", "priest", "patriarch");
    // Generic titles fit any sector.
    roles(null, "leader", "head", "chief", "director", "chairman", "chairwoman", "chair",
        "representative", "activist", "source",
        "man", "woman", "lawyer", "founder", "candidate", "politician", "member");
    // A spokesman speaks for any kind of body, but is known as one: an actor whose role is
    // known and is something else ("hydrologist") is not "the spokesman".
    for (String w : new String[] {"spokesman", "spokeswoman", "spokesperson"}) {
      ROLES.put(w, new Role(w, PERSON, null, "spokes"));
    }
    for (String w : new String[] {"ministry", "government", "office", "agency", "department",
        "embassy", "army", "military", "police", "party", "administration", "authority",
        "council", "committee", "court", "union", "institute", "group", "movement",
        "organization", "organisation", "alliance", "bank", "company", "firm", "cabinet",
        "parliament", "white house", "kremlin"}) {
      ROLES.put(w, new Role(w, GROUP, null, null));
    }
  }

  private Descriptions() {}

  private static void roles(Set<String> sectors, String... words) {
    for (String w : words) {
      ROLES.putIfAbsent(w, new Role(w, PERSON, sectors, null));
    }
  }

  /** The role a noun lemma names, or null when it is not a known role noun. */
  static Role role(String lemma) {
    return lemma == null ? null : ROLES.get(lemma.toLowerCase(Locale.ROOT));
  }

  /**
   * True when the actor can be the one a description names: same country when both are known,
   * and a role that fits its sectors, unless its own role or title uses the same word.
   */
  static boolean fits(Actor actor, String country, Role role) {
    if (country != null && actor.country() != null && !country.equals(actor.country())) {
      return false;
    }
    if (role == null) {
      return "PERSON".equals(actor.kind());
    }
    if (!role.kinds().contains(actor.kind())) {
      return false;
    }
    String known = actor.role() == null ? null : actor.role().toLowerCase(Locale.ROOT);
    if (known != null && known.contains(role.word())) {
      return true;
    }
    if (known != null && role.titleStem() != null) {
      return known.contains(role.titleStem());
    }
    if (role.sectors() == null || actor.sectors().isEmpty()) {
      return true;
    }
    for (String s : actor.sectors()) {
      if (role.sectors().contains(s)) {
        return true;
      }
    }
    return false;
  }
}
