package org.dyad.coder.quote;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.coder.dict.DictionaryException;
import org.dyad.coder.dict.DictionaryRow;
import org.dyad.coder.dict.DictionaryTable;
import org.dyad.model.analysis.Actor;

/**
 * What a speaker description ("the Russian leader", "the expert", "the ministry") says about
 * who is meant: a country, a role with the CAMEO sectors it fits, and the actor kinds it can
 * name, read from {@code dyad/lexicon/speaker-descriptions.tsv} on the class path. Package-private;
 * the role table is small on purpose: the actor dictionaries own the countries (see
 * {@code ActorDictionary#countryOfWord}), this only has to rule out the wrong earlier person.
 */
final class Descriptions {
  private static final Set<String> PERSON = Set.of("PERSON");
  private static final Set<String> GROUP = Set.of("ORGANIZATION", "COUNTRY");
  private static final String TABLE = "lexicon/speaker-descriptions.tsv";

  /**
   * A role noun: the actor kinds it can name, the sectors it fits (null: any sector), and, for
   * titles an actor is known by ("spokesman"), the stem its known role must contain.
   */
  record Role(String word, Set<String> kinds, Set<String> sectors, String titleStem) {}

  private static final Map<String, Role> ROLES = load();

  private Descriptions() {}

  // The role nouns of the class path's table; a word listed twice or a bad 'names' fails with file:line.
  private static Map<String, Role> load() {
    DictionaryTable t = DictionaryTable.load(TABLE, null, List.of("word", "names", "sectors", "title_stem"));
    Map<String, Role> roles = new HashMap<>();
    for (DictionaryRow r : t.rows()) {
      String word = r.required(0, "word");
      Set<String> kinds = switch (r.required(1, "names")) {
        case "person" -> PERSON;
        case "group" -> GROUP;
        default -> throw new DictionaryException(r.where(), "names must be 'person' or 'group', not '" + r.text(1) + "'");
      };
      Set<String> sectors = r.text(2) == null ? null : Set.copyOf(r.list(2));
      if (roles.put(word, new Role(word, kinds, sectors, r.text(3))) != null) {
        throw new DictionaryException(r.where(), "'" + word + "' is listed twice");
      }
    }
    return Map.copyOf(roles);
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
