package org.dyad.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.coder.geo.GeoPlace;
import org.dyad.model.analysis.Event;
import org.dyad.model.analysis.Location;

/**
 * Measures event locations against {@link LocationGold}: of the events in sentences that name a place,
 * the share Dyad located; of those located, the share in the right country, the right first-level
 * division (where the gold gives one) and within 25 km (where the gold gives a point); and of the
 * events in sentences that name none, the share Dyad located anyway. Not thread-safe.
 */
public final class LocationScorer {
  /** The distance under which a located point counts as right. */
  public static final double NEAR_KM = 25.0;
  private int sentences;
  private int sentencesWithoutEvents;
  private int givenEvents;
  private int located;
  private int countryRight;
  private int admin1Scored;
  private int admin1Right;
  private int pointScored;
  private int pointNear;
  private int noneEvents;
  private int noneLocated;
  private final List<String> misses = new ArrayList<>();

  /** Scores the events Dyad coded in the gold row's sentence. */
  public void score(LocationGold g, List<Event> articleEvents) {
    sentences++;
    List<Event> events = articleEvents.stream()
        .filter(e -> e.span().begin() <= g.offset() && g.offset() < Math.max(e.span().end(), e.span().begin() + 1))
        .toList();
    if (events.isEmpty()) {
      sentencesWithoutEvents++;
      return;
    }
    for (Event e : events) {
      Location l = e.location();
      if (!g.given()) {
        noneEvents++;
        if (l != null) {
          noneLocated++;
          misses.add(g.where() + " " + e.id() + ": no place in the text, Dyad says " + l.name());
        }
        continue;
      }
      givenEvents++;
      if (l == null) {
        misses.add(g.where() + " " + e.id() + ": " + g.place() + " not found");
        continue;
      }
      located++;
      boolean right = g.country().equals(l.country());
      countryRight += right ? 1 : 0;
      if (g.admin1() != null) {
        admin1Scored++;
        right &= g.admin1().equals(l.admin1());
        admin1Right += g.admin1().equals(l.admin1()) ? 1 : 0;
      }
      if (!Double.isNaN(g.lat())) {
        pointScored++;
        boolean near = GeoPlace.km(g.lat(), g.lon(), l.lat(), l.lon()) <= NEAR_KM;
        right &= near;
        pointNear += near ? 1 : 0;
      }
      if (!right) {
        misses.add(g.where() + " " + e.id() + ": " + g.place() + " (" + g.country() + ") but Dyad says " + l.name()
            + " (" + l.country() + ", " + l.admin1() + ")");
      }
    }
  }

  private static double share(int n, int d) {
    return d == 0 ? Double.NaN : (double) n / d;
  }

  /** The report for a person. */
  public String text(String goldName, int worst) {
    StringBuilder b = new StringBuilder();
    b.append("Location gold ").append(goldName).append(": ").append(sentences).append(" sentences, ")
        .append(sentencesWithoutEvents).append(" with no Dyad event (not scored)\n");
    b.append(line("located where the text gives a place", located, givenEvents));
    b.append(line("right country, of located", countryRight, located));
    b.append(line("right admin1, of located with a gold admin1", admin1Right, admin1Scored));
    b.append(line("within 25 km, of located with a gold point", pointNear, pointScored));
    b.append(line("located where the text gives none", noneLocated, noneEvents));
    if (worst > 0 && !misses.isEmpty()) {
      b.append("Misses\n");
      misses.stream().limit(worst).forEach(m -> b.append("  ").append(m).append('\n'));
    }
    return b.toString();
  }

  private static String line(String what, int n, int d) {
    return String.format(Locale.ROOT, "  %-46s %6.3f  (%d/%d)%n", what, share(n, d), n, d);
  }

  /** The figures as one JSON object. */
  public String json(String goldName) {
    return String.format(Locale.ROOT, "{\"gold\":\"%s\",\"sentences\":%d,\"sentences_without_events\":%d,"
            + "\"located_where_given\":%s,\"country\":%s,\"admin1\":%s,\"within_25km\":%s,"
            + "\"located_where_none\":%s,\"events_where_given\":%d,\"located\":%d}",
        goldName.replace("\\", "\\\\").replace("\"", "\\\""), sentences, sentencesWithoutEvents,
        num(share(located, givenEvents)), num(share(countryRight, located)), num(share(admin1Right, admin1Scored)),
        num(share(pointNear, pointScored)), num(share(noneLocated, noneEvents)), givenEvents, located);
  }

  private static String num(double v) {
    return Double.isNaN(v) ? "null" : String.format(Locale.ROOT, "%.4f", v);
  }

  /** Share of located events in the right country ({@code NaN} when none were located). */
  public double country() {
    return share(countryRight, located);
  }

  /** Share of located events in the right division, where the gold gives one. */
  public double admin1() {
    return share(admin1Right, admin1Scored);
  }

  /** Share of located events within 25 km of the gold point, where the gold gives one. */
  public double within25km() {
    return share(pointNear, pointScored);
  }

  /** Share of events in sentences that name a place that Dyad located. */
  public double locatedWhereGiven() {
    return share(located, givenEvents);
  }

  /** Sentences scored. */
  public int sentences() {
    return sentences;
  }
}
