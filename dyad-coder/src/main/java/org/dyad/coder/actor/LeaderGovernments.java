package org.dyad.coder.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dyad.coder.lexicon.Lexicon;
import org.dyad.model.analysis.Span;

/**
 * "The Bush administration", "the Putin government", "Assad's regime": a government named after
 * the person who leads it is that person's country's government, although no country word is
 * written. Without this step the body stays a bare GOV with no country.
 *
 * <p>Takes the resolved persons (country completed) and the bodies found so far; moves each such
 * mention from the country-less body to the country's body (created when the article has none).
 * The person's country is their known one, else the one country every office holder of that
 * surname served (a lone "Bush"). Package-private step of {@link ActorResolver}.
 */
final class LeaderGovernments {
  private static final List<String> GOVERNMENTS = Lexicon.DEFAULT.list("government-nouns");

  private LeaderGovernments() {}

  static void apply(String text, List<ActorBuilder> persons, Map<String, ActorBuilder> bodies,
                    PersonKnowledge knowledge) {
    List<Runnable> moves = new ArrayList<>();
    for (ActorBuilder body : bodies.values()) {
      if (body.country != null || !body.sectors.equals(List.of("GOV"))) {
        continue;
      }
      for (Span at : body.mentions) {
        String head = text.substring(at.begin(), at.end()).toLowerCase();
        if (!GOVERNMENTS.contains(head)) {
          continue;
        }
        Span named = leaderBefore(text, at, persons);
        ActorBuilder leader = named == null ? null : owner(named, persons);
        String country = leader == null ? null
            : leader.country != null ? leader.country : knowledge.sharedCountry(leader.surname());
        if (country == null) {
          continue;
        }
        moves.add(() -> {
          body.mentions.remove(at);
          String code = ActorCodes.compose(country, body.sectors);
          ActorBuilder home = bodies.computeIfAbsent(code + "|body", k -> {
            ActorBuilder n = new ActorBuilder("ORGANIZATION", text.substring(named.begin(), at.end()));
            n.country = country;
            n.sectors = body.sectors;
            n.code = code;
            n.basis = body.basis + "; country: the leader named with it, " + leader.name;
            return n;
          });
          home.mentions.add(at);
        });
      }
    }
    moves.forEach(Runnable::run);
    bodies.values().removeIf(b -> b.mentions.isEmpty());
  }

  /** The person's mention that ends just before {@code at}, with or without "'s". */
  private static Span leaderBefore(String text, Span at, List<ActorBuilder> persons) {
    for (ActorBuilder p : persons) {
      for (Span m : p.mentions) {
        if (m.end() <= at.begin() && text.substring(m.end(), at.begin()).matches("(['\u2019]s)?\\s+")) {
          return m;
        }
      }
    }
    return null;
  }

  private static ActorBuilder owner(Span mention, List<ActorBuilder> persons) {
    return persons.stream().filter(p -> p.mentions.contains(mention)).findFirst().orElseThrow();
  }
}
