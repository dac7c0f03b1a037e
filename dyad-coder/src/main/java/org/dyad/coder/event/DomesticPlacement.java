package org.dyad.coder.event;

import java.util.HashSet;
import java.util.Set;
import org.dyad.coder.tree.SentenceTree;
import org.dyad.model.analysis.Actor;

/**
 * Places an actor the text names without a country in its counterpart's country, for one event,
 * where the act is a domestic one and the sentence names no other country (which could be the
 * actor's). The actor itself keeps no country; this event's code carries it. Stateless.
 *
 * <ul>
 *   <li>A group acted on by a state body of its country: "Egyptian police opened fire to disperse
 *       demonstrators" is {@code EGYCOP → EGYCVL}, "the Mozambique government accepted demands from
 *       rebels" {@code MOZGOV → MOZREB}. Police, courts and legislatures act at home whatever they do;
 *       a government, army or intelligence service when it coerces, releases, eases or yields (CAMEO
 *       08 and 17), since what it condemns or attacks may be abroad.</li>
 *   <li>A group of a society acting on the state of a country at home (its government, legislature,
 *       courts or police, not its embassies): "the teachers' union called off its strike after talks
 *       with the Nigerian government" is {@code NGAEDU → NGAGOV}. Not on a country as such
 *       ("protesters burned the Macedonian flag" may be anyone's), and not a state body ("officials
 *       accused Moldova" says nothing of whose officials) nor an armed group.</li>
 *   <li>A state body named without a country that coerces, releases, eases or yields in a country or
 *       a place of it: "the military government declared a state of siege in Haiti" is
 *       {@code HTIGOV → HTI}.</li>
 * </ul>
 * Takes the tree, the mention index, the source and target references and the event's code; gives
 * the references to use.
 */
final class DomesticPlacement {
  /** State bodies whose acts are at home whatever the act. */
  private static final Set<String> HOME_BODIES = Set.of("COP", "JUD", "LEG");
  /** State bodies that act at home when they coerce or yield. */
  private static final Set<String> STATE_BODIES = Set.of("GOV", "MIL", "SPY");
  /** Groups inside a country that news often names without it. */
  private static final Set<String> GROUPS = Set.of("CVL", "OPP", "REB", "UAF", "LAB", "EDU", "MED", "REL",
      "REF", "BUS", "CRM", "AGR", "HLH", "ELI", "PTY", "RAD");
  /**
   * Sources placed by their target: groups of a society, not state bodies ("the administration
   * imposed sanctions on China" is not China's) nor armed groups, whose targets are as often foreign.
   */
  private static final Set<String> DOMESTIC_ACTORS = Set.of("CVL", "OPP", "LAB", "EDU", "MED", "REL",
      "REF", "BUS", "AGR", "HLH", "ELI", "PTY", "RAD");
  /** State bodies named without a country ("the military government"). */
  private static final Set<String> STATE = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "SPY");

  private DomesticPlacement() {}

  /** The source and target of one event, each placed where the rules above allow. */
  record Pair(MentionIndex.Ref source, MentionIndex.Ref target) {}

  static Pair place(SentenceTree tree, MentionIndex index, MentionIndex.Ref src, MentionIndex.Ref tgt,
                    String code) {
    boolean sourcePlaced = src.country() != null;
    if (tgt == null || tgt.code() == null || sourcePlaced == (tgt.country() != null)) {
      return new Pair(src, tgt); // nothing to place by, or both placed, or neither
    }
    if (src.country() != null) {
      boolean home = sectorsOf(src).stream().anyMatch(HOME_BODIES::contains)
          || sectorsOf(src).stream().anyMatch(STATE_BODIES::contains) && domesticCode(code);
      return bare(tgt, GROUPS) && home && !otherCountry(tree, index, src.country())
          ? new Pair(src, in(tgt, src.country())) : new Pair(src, tgt);
    }
    if (bare(src, STATE) && domesticCode(code) && MentionIndex.isLand(tgt.actor()) && !otherCountry(tree, index, tgt.country())) {
      // "the military government declared a state of siege in Haiti": a state body's coercion or
      // concession in a country, the sentence naming no other, is that country's own
      return new Pair(in(src, tgt.country()), tgt);
    }
    return bare(src, DOMESTIC_ACTORS) && stateBody(tgt) && !otherCountry(tree, index, tgt.country())
        ? new Pair(in(src, tgt.country()), tgt) : new Pair(src, tgt);
  }

  /**
   * A country's own state at home: its government, legislature, courts or police, not the country
   * as such ("protesters burned the Macedonian flag" may be anyone's) nor its missions abroad.
   */
  private static boolean stateBody(MentionIndex.Ref r) {
    return !r.code().startsWith("IGO") && sectorsOf(r).stream().anyMatch(Set.of("GOV", "LEG", "JUD", "COP")::contains)
        && !r.text().toLowerCase(java.util.Locale.ROOT).matches(".*\\b(embassy|consulate|ambassador|envoy|mission)\\b.*");
  }


  private static boolean domesticCode(String code) {
    return code.startsWith("17") || code.startsWith("08");
  }

  /** A sector-only actor whose sectors are all in {@code allowed}. */
  private static boolean bare(MentionIndex.Ref r, Set<String> allowed) {
    Actor a = r.actor();
    return r.code() != null && !r.code().startsWith("IGO") && !a.sectors().isEmpty()
        && allowed.containsAll(a.sectors());
  }

  private static MentionIndex.Ref in(MentionIndex.Ref r, String country) {
    return r.coded(country + String.join("", r.actor().sectors()));
  }

  /** The actor's sectors and those its code for this event names ("RUSGOV": GOV). */
  private static Set<String> sectorsOf(MentionIndex.Ref r) {
    Set<String> out = new HashSet<>(r.actor().sectors());
    for (int i = 3; r.code() != null && i + 3 <= r.code().length(); i += 3) {
      out.add(r.code().substring(i, i + 3));
    }
    return out;
  }

  /** Whether the sentence names a country other than {@code country} (by any actor). */
  static boolean otherCountry(SentenceTree tree, MentionIndex index, String country) {
    int s = tree.sentence().index();
    for (int i = 0; i < tree.size(); i++) {
      Actor a = index.at(s, i);
      if (a != null && a.country() != null && !a.country().equals(country)) {
        return true;
      }
    }
    return false;
  }
}
