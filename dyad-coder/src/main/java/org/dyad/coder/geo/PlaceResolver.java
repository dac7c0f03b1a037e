package org.dyad.coder.geo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.model.text.ParsedDocument;
import org.dyad.model.text.Token;

/**
 * Decides which place each name of an article means, from what the name alone says (population,
 * capital or division seat, a hand-kept entry) and from the article: the countries and divisions
 * its other places and its actors belong to, and a place named right after it ("Paris, Texas",
 * "Jamundi, Valle del Cauca"). Two passes: the first resolves every name on its own, the second
 * again with the context the first gave, each name leaving its own first answer out of the context
 * it is judged by. Thread-safe.
 */
public final class PlaceResolver {
  // Weights, in units of one decade of population (log10): a national capital weighs like a
  // place 30 times larger (a seat of government counts as one); the article's most named country
  // like a place 1,000 times larger, and other countries in proportion to how often they are named.
  private static final double COUNTRY = 2.5;
  private static final double ADMIN1 = 0.0;
  private static final double CAPITAL = 1.5;
  private static final double SEAT = 0.7;
  private static final double CURATED = 2.0;
  private static final double HAND_KEPT = 6.0;
  private static final double SAME_COUNTRY = 3.0;
  private static final double SAME_DIVISION = 1.5;
  private static final double DIVISION_WORD = 6.0;
  private static final double QUALIFIED = 10.0;

  /**
   * One place per mention, in the mentions' order.
   *
   * @param doc            the parsed article the mentions were found in
   * @param mentions       the article's place mentions ({@link PlaceFinder})
   * @param actorCountries ISO alpha-2 codes of the article's actors, one per actor mention
   */
  public List<GeoPlace> resolve(ParsedDocument doc, List<PlaceMention> mentions, Collection<String> actorCountries) {
    Context none = new Context();
    actorCountries.forEach(c -> none.add(c, null, 0.5));
    List<GeoPlace> first = new ArrayList<>(mentions.size());
    for (PlaceMention m : mentions) {
      first.add(best(m, none, null, null));
    }
    Context all = none.copy();
    for (GeoPlace p : first) {
      all.add(p.iso2(), p.admin1Key(), 1);
    }
    List<GeoPlace> out = new ArrayList<>(mentions.size());
    for (int i = 0; i < mentions.size(); i++) {
      PlaceMention m = mentions.get(i);
      GeoPlace own = first.get(i);
      all.add(own.iso2(), own.admin1Key(), -1);
      GeoPlace qualifier = i + 1 < mentions.size() && qualifies(doc, m, mentions.get(i + 1)) ? first.get(i + 1) : null;
      GeoPlace owner = i > 0 && owns(doc, mentions.get(i - 1), m) ? first.get(i - 1) : null;
      out.add(best(m, all, qualifier, owner));
      all.add(own.iso2(), own.admin1Key(), 1);
    }
    return out;
  }

  private static GeoPlace best(PlaceMention m, Context context, GeoPlace qualifier, GeoPlace owner) {
    GeoPlace best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Gazetteer.Candidate c : m.candidates()) {
      double s = score(c, m, context, qualifier, owner);
      if (s > bestScore) {
        bestScore = s;
        best = c.place();
      }
    }
    return best;
  }

  private static double score(Gazetteer.Candidate c, PlaceMention m, Context context, GeoPlace qualifier,
                              GeoPlace owner) {
    GeoPlace p = c.place();
    boolean handKept = !p.feature().equals(GeoPlace.CITY) && !p.feature().equals(GeoPlace.ADMIN1)
        && !p.feature().equals(GeoPlace.COUNTRY);
    double s = handKept ? HAND_KEPT : Math.log10(p.population() + 1.0);
    s += switch (p.feature()) {
      case GeoPlace.COUNTRY -> COUNTRY;
      case GeoPlace.ADMIN1 -> ADMIN1 + (m.division() ? DIVISION_WORD : 0);
      default -> p.capital() ? CAPITAL : "PPLA".equals(p.featureCode()) ? SEAT : 0;
    };
    if (c.curated()) {
      s += CURATED;
    }
    s += SAME_COUNTRY * context.country(p.iso2());
    if (p.admin1Key() != null && context.division(p.admin1Key()) > 0 && !p.feature().equals(GeoPlace.ADMIN1)) {
      s += SAME_DIVISION;
    }
    if (qualifier != null && within(p, qualifier)) {
      s += QUALIFIED;
    }
    if (owner != null && owner.feature().equals(GeoPlace.COUNTRY) && owner.iso2().equals(p.iso2())) {
      s += QUALIFIED / 2;
    }
    return s;
  }

  private static boolean within(GeoPlace p, GeoPlace q) {
    if (p.iso2() == null || q.iso2() == null || !p.iso2().equals(q.iso2()) || p == q) {
      return false;
    }
    return q.feature().equals(GeoPlace.COUNTRY) || (q.feature().equals(GeoPlace.ADMIN1) && q.admin1().equals(p.admin1()));
  }

  // "Jamundi, Valle del Cauca": the next mention follows after one comma.
  private static boolean qualifies(ParsedDocument doc, PlaceMention m, PlaceMention next) {
    if (next.sentence() != m.sentence() || next.tokenBegin() != m.tokenEnd() + 1) {
      return false;
    }
    List<Token> tokens = doc.sentences().get(m.sentence()).tokens();
    return tokens.get(m.tokenEnd()).word().equals(",");
  }

  // "Mexico's Sinaloa state": the previous mention owns this one.
  private static boolean owns(ParsedDocument doc, PlaceMention previous, PlaceMention m) {
    if (previous.sentence() != m.sentence() || m.tokenBegin() != previous.tokenEnd() + 1) {
      return false;
    }
    return doc.sentences().get(m.sentence()).tokens().get(previous.tokenEnd()).pos().equals("POS");
  }

  /** How often each country and division came up in the article so far. */
  private static final class Context {
    private final Map<String, Double> countries = new HashMap<>();
    private final Map<String, Double> divisions = new HashMap<>();

    void add(String iso2, String admin1Key, double weight) {
      if (iso2 != null) {
        countries.merge(iso2, weight, Double::sum);
      }
      if (admin1Key != null) {
        divisions.merge(admin1Key, weight, Double::sum);
      }
    }

    /** The country's weight relative to the article's most named country, in [0, 1]. */
    double country(String iso2) {
      double w = iso2 == null ? 0 : countries.getOrDefault(iso2, 0.0);
      double max = 0;
      for (double v : countries.values()) {
        max = Math.max(max, v);
      }
      return w <= 0 ? 0 : w / max;
    }

    double division(String key) {
      return divisions.getOrDefault(key, 0.0);
    }

    Context copy() {
      Context c = new Context();
      c.countries.putAll(countries);
      c.divisions.putAll(divisions);
      return c;
    }
  }
}
