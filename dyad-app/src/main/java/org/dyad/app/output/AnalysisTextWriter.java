package org.dyad.app.output;

import org.dyad.model.analysis.Actor;
import org.dyad.model.analysis.DateMention;
import org.dyad.model.analysis.DocumentAnalysis;
import org.dyad.model.analysis.Event;
import org.dyad.model.analysis.Quote;

/** Writes a {@link DocumentAnalysis} as a short readable summary for a person at a terminal. */
public final class AnalysisTextWriter {

  /** Gives the summary of one document. */
  public String write(DocumentAnalysis a) {
    StringBuilder b = new StringBuilder();
    b.append("== ").append(a.id());
    if (a.title() != null) {
      b.append(" — ").append(a.title());
    }
    b.append('\n');
    if (!DocumentAnalysis.OK.equals(a.status())) {
      return b.append("   skipped: ").append(a.reason()).append('\n').toString();
    }
    b.append("   published ").append(a.published() == null ? "unknown" : a.published())
        .append("; dates resolved against ").append(a.reference()).append(" (")
        .append(a.referenceBasis()).append(")\n");
    b.append("Actors (").append(a.actors().size()).append(")\n");
    for (Actor x : a.actors()) {
      b.append(String.format("  %-4s %-12s %-32s %s%s%n", x.id(), x.code() == null ? "-" : x.code(),
          x.name(), x.mentions().size() + " mention" + (x.mentions().size() == 1 ? "" : "s"),
          x.role() == null ? "" : "; " + x.role()));
    }
    b.append("Dates (").append(a.dates().size()).append(")\n");
    for (DateMention d : a.dates()) {
      b.append(String.format("  %-24s %s%n", d.value(), d.text()));
    }
    b.append("Quotes (").append(a.quotes().size()).append(")\n");
    for (Quote q : a.quotes()) {
      Actor s = q.speaker() == null ? null : a.actor(q.speaker());
      b.append("  ").append(s == null ? "(unknown)" : s.name()).append(": \u201C")
          .append(shorten(q.text(), 100)).append("\u201D\n");
    }
    if (!a.events().isEmpty()) {
      b.append("Events (").append(a.events().size()).append(")\n");
      for (Event e : a.events()) {
        b.append(String.format("  %s %s -> %s  %s (%s) %s %s%s%n", e.date(), actor(e.sourceCode(), e.sourceBasis()),
            actor(e.targetCode(), e.targetBasis()), e.cameo(), e.plover(), e.modality(), e.trigger(),
            e.sameAs() == null ? "" : "  (again: same event as " + e.sameAs() + ")"));
        if (e.location() != null) {
          b.append("      at ").append(where(e.location())).append('\n');
        }
      }
    }
    return b.toString();
  }

  /** A location for a person: name, country, division, kind, point and how it was found. */
  public static String where(org.dyad.model.analysis.Location l) {
    return String.format(java.util.Locale.ROOT, "%s (%s%s; %s %.4f,%.4f; %s%s)", l.name(),
        l.country() == null ? "no country" : l.country(), l.admin1Name() == null ? "" : ", " + l.admin1Name(),
        l.feature(), l.lat(), l.lon(), l.basis(), l.geonamesId() == null ? "" : "; GeoNames " + l.geonamesId());
  }

  /** An event's actor code, marked when it was filled from the article rather than the sentence. */
  static String actor(String code, String basis) {
    return Event.CONTEXT.equals(basis) ? code + " (context)" : code;
  }

  private static String shorten(String s, int max) {
    String flat = s.replaceAll("\\s+", " ");
    return flat.length() <= max ? flat : flat.substring(0, max - 1) + "\u2026";
  }
}
