package org.dyad.coder.event;

import java.util.List;
import java.util.function.Function;
import org.dyad.coder.tree.SentenceTree;
import org.dyad.model.analysis.Basis;
import org.dyad.model.analysis.Actor;
import org.dyad.model.analysis.Event;

/**
 * "Thousands of Iraqi Kurds demonstrated in Kirkuk", "Nigerian authorities jailed 52 members of the
 * movement", "Sudan's government lifted the state of emergency": a protest, a coercion or an easing
 * of restrictions that names no one it is aimed at, by actors of one country in a sentence that names
 * no other, is aimed at that country itself (its state, or its people), as event data codes domestic
 * events (IRQ → IRQ). The target is the country, marked as filled from context (it is inferred, not
 * named), with the country's name from the actor dictionary.
 *
 * <p>Only for protests (CAMEO 14), coercion (17, not cyber attacks, which are as often foreign) and
 * easing restrictions or dissent (081, 082), tried after every other way of finding a target.
 * Thread-safe.
 */
final class HomeTarget {
  private final Function<String, String> countryNames;

  /** Names a country by its ISO alpha-3 code; a null name leaves the code as the name. */
  HomeTarget(Function<String, String> countryNames) {
    this.countryNames = countryNames;
  }

  /** The sources' own country as the target, or {@code null} where the rules above say no. */
  MentionIndex.Ref of(SentenceTree tree, MentionIndex index, String code, List<MentionIndex.Ref> sources) {
    boolean domestic = code.startsWith("14") || code.startsWith("17") && !code.equals("176")
        || code.startsWith("081") || code.startsWith("082");
    if (!domestic || sources.isEmpty()) {
      return null;
    }
    String country = sources.get(0).country();
    for (MentionIndex.Ref s : sources) {
      if (s.fromContext() || s.code() == null || s.code().startsWith("IGO") || s.country() == null
          || !s.country().equals(country)) {
        return null;
      }
    }
    if (DomesticPlacement.otherCountry(tree, index, country)) {
      return null;
    }
    String name = countryNames.apply(country);
    Actor home = MentionIndex.standIn("home:" + country, name == null ? country : name, "COUNTRY", country,
        country, Basis.CONTEXT);
    return MentionIndex.Ref.context(home);
  }
}
