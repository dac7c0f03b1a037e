package org.dyad.coder.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.coder.actor.ActorResolver;
import org.dyad.model.analysis.Actor;

/**
 * What the article as a whole tells an event that its sentence does not: the two countries it is
 * about, for filling the other side of an event that names only one ("Kyiv asked for a 30-day
 * ceasefire" in an article on Russia and Ukraine), and the running date of the story
 * ({@link DateContinuity}).
 *
 * <p>Takes the article's resolved actors and counts mentions per country (persons and bodies count
 * for their country). The article has a pair when its two most mentioned countries are each
 * mentioned at least {@value #MIN_MENTIONS} times, together hold at least {@value #MIN_SHARE} of
 * all country-bearing mentions, and no third country comes near the second (under
 * {@value #MAX_THIRD} of its mentions: talks between two sides with a mediator are three-sided);
 * otherwise there is no clear counterpart and nothing is filled.
 * Gives, for an actor of one side, the actor that stands for the other side (its country actor
 * when the text names the country, else its most mentioned actor). One per article; not
 * thread-safe (the running date changes as events are coded).
 */
final class ArticleContext {
  static final int MIN_MENTIONS = 3;
  static final double MIN_SHARE = 0.75;
  /** A third country mentioned at least this share as often as the second makes the story three-sided. */
  static final double MAX_THIRD = 0.25;
  private final Map<String, Actor> standIn = new HashMap<>();
  private final String first;
  private final String second;
  private final DateContinuity dates = new DateContinuity();

  ArticleContext(List<Actor> actors) {
    Map<String, Integer> mentions = new HashMap<>();
    int total = 0;
    for (Actor a : actors) {
      if (a.country() == null || a.kind().equals(ActorResolver.PLACE)) {
        continue; // where things happened is no side ("talks in Istanbul")
      }
      mentions.merge(a.country(), a.mentions().size(), Integer::sum);
      total += a.mentions().size();
      Actor best = standIn.get(a.country());
      if (best == null || better(a, best)) {
        standIn.put(a.country(), a);
      }
    }
    List<Map.Entry<String, Integer>> ranked = new ArrayList<>(mentions.entrySet());
    ranked.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
        .thenComparing(Map.Entry.comparingByKey()));
    boolean pair = ranked.size() >= 2 && ranked.get(1).getValue() >= MIN_MENTIONS
        && ranked.get(0).getValue() + ranked.get(1).getValue() >= MIN_SHARE * total
        && (ranked.size() < 3 || ranked.get(2).getValue() < MAX_THIRD * ranked.get(1).getValue());
    first = pair ? ranked.get(0).getKey() : null;
    second = pair ? ranked.get(1).getKey() : null;
  }

  /** A country actor beats a body or person, which beats a place; otherwise the more mentioned one. */
  private static boolean better(Actor a, Actor best) {
    int rank = rank(a);
    int bestRank = rank(best);
    if (rank != bestRank) {
      return rank > bestRank;
    }
    return a.mentions().size() > best.mentions().size();
  }

  private static int rank(Actor a) {
    return a.kind().equals("COUNTRY") ? 2 : a.kind().equals(ActorResolver.PLACE) ? 0 : 1;
  }

  /** The actor standing for the other side of the article's pair, or {@code null}. */
  Actor counterpart(Actor side) {
    if (first == null || side.country() == null) {
      return null;
    }
    if (side.country().equals(first)) {
      return standIn.get(second);
    }
    if (side.country().equals(second)) {
      return standIn.get(first);
    }
    return null;
  }

  /** The story's running date, fed event by event in text order. */
  DateContinuity dates() {
    return dates;
  }

  /** The two countries, for the trace; empty when the article has no clear pair. */
  String describe() {
    return first == null ? "no clear pair" : first + " and " + second;
  }
}
