package org.dyad.coder.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.coder.lexicon.Lexicon;
import org.dyad.model.analysis.Actor;
import org.dyad.model.analysis.Event;
import org.dyad.model.analysis.Location;
import org.dyad.model.analysis.Span;
import org.dyad.model.text.ParsedDocument;
import org.dyad.model.text.Sentence;
import org.dyad.model.text.Token;

/**
 * Puts each event of an article at the place where it happened: a place named in the event's own
 * clause under a locative word ("in Kharkiv", "near the border town of..."), or as "Kharkiv
 * residents", or, for an attack, its target place; else a place named elsewhere in its sentence; else,
 * for the article's first sentences, its dateline; else nowhere. A place that is only the name of
 * the event's source ("Moscow said") is never taken for where it happened. Takes the gazetteer;
 * thread-safe.
 */
public final class EventLocator {
  // The dateline speaks for the lead, not for background paragraphs further down.
  private static final int DATELINE_SENTENCES = 3;
  // Tokens that end a clause: an event on one side is not placed by a name on the other.
  private static final Set<String> CLAUSE_ENDS = Set.of(";", ":", "--", "\u2014", "\u2013", "-LRB-", "-RRB-", "(", ")");
  private static final Set<String> INHABITANTS = Lexicon.DEFAULT.set("inhabitants");
  // Ranks a country or a division behind a town named as near: "in Jamundi, Valle del Cauca".
  private static final Map<String, Integer> COARSENESS = Map.of(GeoPlace.COUNTRY, 6, GeoPlace.ADMIN1, 3);
  // The coder's kind for a place named where something happened ("in Kharkiv"): a place, not an actor.
  private static final String PLACE_ACTOR = "PLACE";
  private final Gazetteer gazetteer;
  private final PlaceFinder finder;
  private final PlaceResolver resolver = new PlaceResolver();

  /** Locates with this gazetteer. */
  public EventLocator(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.finder = new PlaceFinder(gazetteer);
  }

  /** The events, each with its location (or none), in the same order. */
  public List<Event> locate(ParsedDocument doc, List<Actor> actors, List<Event> events) {
    if (events.isEmpty()) {
      return events;
    }
    List<PlaceMention> mentions = finder.find(doc);
    if (mentions.isEmpty()) {
      return events;
    }
    List<String> actorCountries = new ArrayList<>();
    Map<String, Actor> byId = new HashMap<>();
    for (Actor a : actors) {
      byId.put(a.id(), a);
      CountryInfo c = gazetteer.countryByIso3(a.country());
      for (int i = 0; c != null && i < a.mentions().size(); i++) {
        actorCountries.add(c.iso2());
      }
    }
    List<GeoPlace> places = resolver.resolve(doc, mentions, actorCountries);
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      out.add(e.located(where(doc, e, mentions, places, byId)));
    }
    return out;
  }

  private Location where(ParsedDocument doc, Event e, List<PlaceMention> mentions, List<GeoPlace> places,
                         Map<String, Actor> actors) {
    Sentence s = doc.sentenceAt(e.span().begin());
    if (s == null) {
      return null;
    }
    int trigger = triggerToken(s, e.trigger());
    List<Span> source = spans(actors.get(e.source()), s);
    List<Span> target = spans(actors.get(e.target()), s);
    List<Span> acting = new ArrayList<>();
    for (Actor a : actors.values()) {
      if (!a.kind().equals(PLACE_ACTOR)) {
        acting.addAll(spans(a, s));
      }
    }
    int best = -1;
    double bestCost = Double.MAX_VALUE;
    boolean bestInClause = false;
    for (int i = 0; i < mentions.size(); i++) {
      PlaceMention m = mentions.get(i);
      if (m.sentence() != s.index() || PlaceFinder.DATELINE.equals(m.locative()) || qualifierOf(mentions, i)) {
        continue;
      }
      if (possessive(s, m) || modifier(s, m)) {
        continue; // "Mexico's army", "US Vice President", "around Western restrictions": whose or what kind, not where
      }
      boolean named = m.locative() != null || inhabitants(s, m) || (placeTarget(e) && overlaps(target, m));
      if (!named && (overlaps(source, m) || overlaps(target, m) || overlaps(acting, m))) {
        continue; // "Moscow said", "he said Russia would reject...": an actor of this or another event, not a place
      }
      boolean inClause = named && !boundaryBetween(s, trigger, m);
      double cost = (inClause ? 0 : named ? 100 : 200) + distance(trigger, m)
          + COARSENESS.getOrDefault(places.get(i).feature(), 0);
      if (cost < bestCost) {
        bestCost = cost;
        best = i;
        bestInClause = inClause;
      }
    }
    if (best >= 0) {
      int finer = finer(s, mentions, places, best, source);
      return location(places.get(finer), mentions.get(finer), bestInClause ? Location.CLAUSE : Location.SENTENCE);
    }
    if (s.index() < DATELINE_SENTENCES && !mentions.isEmpty() && PlaceFinder.DATELINE.equals(mentions.get(0).locative())) {
      return location(places.get(0), mentions.get(0), Location.DATELINE);
    }
    return null;
  }

  // An attack happens at its target ("shelled Kharkiv": CAMEO roots 18 assault, 19 fight, 20 mass
  // violence), a deployment where the forces are sent (root 15, "sent troops to Michoacan"), a visit
  // at the place visited (042); a protest against or a sanction on a country (roots 14, 16, 17, also
  // material conflict) does not happen there.
  private static boolean placeTarget(Event e) {
    String c = e.cameo() == null ? "" : e.cameo();
    return c.startsWith("15") || c.startsWith("18") || c.startsWith("19") || c.startsWith("20") || c.startsWith("042");
  }

  // "the mayors of Huehuetenango, a department in Guatemala, called...": a country or division
  // chosen for an event gives way to a place inside it that the same sentence names (not as the
  // event's source), the nearest such.
  private static int finer(Sentence s, List<PlaceMention> mentions, List<GeoPlace> places, int chosen,
                           List<Span> source) {
    GeoPlace coarse = places.get(chosen);
    if (!coarse.feature().equals(GeoPlace.COUNTRY) && !coarse.feature().equals(GeoPlace.ADMIN1)) {
      return chosen;
    }
    int best = chosen;
    int bestDistance = Integer.MAX_VALUE;
    for (int i = 0; i < mentions.size(); i++) {
      PlaceMention m = mentions.get(i);
      GeoPlace p = places.get(i);
      if (i == chosen || m.sentence() != s.index() || overlaps(source, m) || possessive(s, m)
          || !inside(p, coarse)) {
        continue;
      }
      int d = Math.abs(m.tokenBegin() - mentions.get(chosen).tokenBegin());
      if (d < bestDistance) {
        bestDistance = d;
        best = i;
      }
    }
    return best;
  }

  private static boolean inside(GeoPlace p, GeoPlace coarse) {
    if (p == coarse || p.iso2() == null || !p.iso2().equals(coarse.iso2()) || p.feature().equals(GeoPlace.COUNTRY)) {
      return false;
    }
    return coarse.feature().equals(GeoPlace.COUNTRY)
        || (!p.feature().equals(GeoPlace.ADMIN1) && coarse.admin1().equals(p.admin1()));
  }

  private Location location(GeoPlace p, PlaceMention m, String basis) {
    CountryInfo c = gazetteer.country(p.iso2());
    String key = p.admin1Key();
    return new Location(p.name(), p.geonamesId(), c == null ? null : c.iso3(), key, gazetteer.divisionName(key),
        p.lat(), p.lon(), p.feature(), basis, m.span());
  }

  // A division or country right after a town and a comma only says where the town is.
  private static boolean qualifierOf(List<PlaceMention> mentions, int i) {
    if (i == 0) {
      return false;
    }
    PlaceMention prev = mentions.get(i - 1);
    PlaceMention m = mentions.get(i);
    return prev.sentence() == m.sentence() && m.tokenBegin() == prev.tokenEnd() + 1;
  }

  private static boolean inhabitants(Sentence s, PlaceMention m) {
    return m.tokenEnd() < s.tokens().size()
        && INHABITANTS.contains(s.tokens().get(m.tokenEnd()).word().toLowerCase(Locale.ROOT));
  }

  // A name right before a noun describes that noun ("US Treasury Secretary", "Gaza ceasefire").
  private static boolean modifier(Sentence s, PlaceMention m) {
    if (m.tokenEnd() >= s.tokens().size()) {
      return false;
    }
    Token next = s.tokens().get(m.tokenEnd());
    return next.pos().startsWith("NN") && !PlaceNames.divisionWord(next.word()) && !inhabitants(s, m);
  }

  private static boolean possessive(Sentence s, PlaceMention m) {
    return m.tokenEnd() < s.tokens().size() && s.tokens().get(m.tokenEnd()).pos().equals("POS");
  }

  private static int triggerToken(Sentence s, String trigger) {
    if (trigger == null || trigger.isBlank()) {
      return -1;
    }
    String first = trigger.strip().split("\\s+")[0];
    for (Token t : s.tokens()) {
      if (t.word().equalsIgnoreCase(first) || (t.lemma() != null && t.lemma().equalsIgnoreCase(first))) {
        return t.index();
      }
    }
    return -1;
  }

  private static int distance(int trigger, PlaceMention m) {
    if (trigger < 0) {
      return m.tokenBegin();
    }
    return trigger < m.tokenBegin() ? m.tokenBegin() - trigger : trigger >= m.tokenEnd() ? trigger - m.tokenEnd() + 1 : 0;
  }

  private static boolean boundaryBetween(Sentence s, int trigger, PlaceMention m) {
    if (trigger < 0) {
      return false;
    }
    int from = Math.min(trigger, m.tokenBegin());
    int to = Math.max(trigger, m.tokenEnd());
    for (int k = from; k < to; k++) {
      if (CLAUSE_ENDS.contains(s.tokens().get(k).word())) {
        return true;
      }
    }
    return false;
  }

  private static List<Span> spans(Actor a, Sentence s) {
    if (a == null) {
      return List.of();
    }
    List<Span> out = new ArrayList<>();
    for (Span sp : a.mentions()) {
      if (sp.begin() >= s.begin() && sp.end() <= s.end()) {
        out.add(sp);
      }
    }
    return out;
  }

  private static boolean overlaps(List<Span> spans, PlaceMention m) {
    for (Span sp : spans) {
      if (sp.overlaps(m.span())) {
        return true;
      }
    }
    return false;
  }
}
