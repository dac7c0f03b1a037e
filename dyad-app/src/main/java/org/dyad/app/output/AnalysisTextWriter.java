package org.dyad.app.output;

import org.dyad.model.analysis.Basis;
import org.dyad.model.analysis.Actor;
import org.dyad.model.analysis.DateMention;
import org.dyad.model.analysis.DocumentAnalysis;
import org.dyad.model.analysis.Event;
import org.dyad.model.analysis.Modality;
import org.dyad.model.analysis.Quote;

/**
 * Writes a {@link DocumentAnalysis} as a short readable summary for a person at a terminal: the
 * actors, dates and quotes, and each event with its sentence and the rule that coded it. A value the
 * analysis lacks is shown as a dash (or left out), never as "null".
 */
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
      return b.append("   skipped: ").append(orDash(a.reason())).append('\n').toString();
    }
    b.append("   published ").append(a.published() == null ? "unknown" : a.published())
        .append("; dates resolved against ").append(a.reference() == null ? "-" : a.reference())
        .append(a.referenceBasis() == null ? "" : " (" + a.referenceBasis() + ")").append('\n');
    b.append("Actors (").append(a.actors().size()).append(")\n");
    for (Actor x : a.actors()) {
      b.append(String.format("  %-4s %-12s %-32s %s%s%n", x.id(), orDash(x.code()), orDash(x.name()),
          Counted.of(x.mentions().size(), "mention"), x.role() == null ? "" : "; " + x.role()));
    }
    b.append("Dates (").append(a.dates().size()).append(")\n");
    for (DateMention d : a.dates()) {
      b.append(String.format("  %-24s %s%n", orDash(d.value()), orDash(d.text())));
    }
    b.append("Quotes (").append(a.quotes().size()).append(")\n");
    for (Quote q : a.quotes()) {
      Actor s = q.speaker() == null ? null : a.actor(q.speaker());
      b.append("  ").append(s == null || s.name() == null ? "(unknown)" : s.name()).append(": \u201C")
          .append(shorten(q.text(), 100)).append("\u201D\n");
    }
    if (!a.events().isEmpty()) {
      b.append("Events (").append(a.events().size()).append(")\n");
      for (Event e : a.events()) {
        b.append(String.format("  %s %s -> %s  %s%s %s%s%s%n", orDash(e.date()),
            actor(e.sourceCode(), e.sourceBasis()), actor(e.targetCode(), e.targetBasis()), orDash(e.cameo()),
            e.plover() == null ? "" : " (" + e.plover() + ")", orDash(Modality.labelOf(e.modality())),
            e.trigger() == null ? "" : " \u201C" + e.trigger() + "\u201D",
            e.sameAs() == null ? "" : "  (again: same event as " + e.sameAs() + ")"));
        if (e.sentence() != null && !e.sentence().isBlank()) {
          b.append("      sentence: ").append(shorten(e.sentence(), 200)).append('\n');
        }
        if (e.rule() != null) {
          b.append("      rule: ").append(e.rule()).append('\n');
        }
        if (e.location() != null) {
          b.append("      at ").append(where(e.location())).append('\n');
        }
      }
    }
    return b.toString();
  }

  /** A location for a person: name, country, division, kind, point and how it was found. */
  public static String where(org.dyad.model.analysis.Location l) {
    return String.format(java.util.Locale.ROOT, "%s (%s%s; %s %.4f,%.4f; %s%s)", orDash(l.name()),
        l.country() == null ? "no country" : l.country(), l.admin1Name() == null ? "" : ", " + l.admin1Name(),
        orDash(l.feature()), l.lat(), l.lon(), orDash(l.basis()),
        l.geonamesId() == null ? "" : "; GeoNames " + l.geonamesId());
  }

  /** An event's actor code, marked when it was filled from the article rather than the sentence. */
  static String actor(String code, String basis) {
    String shown = orDash(code);
    return Basis.CONTEXT.equals(basis) ? shown + " (context)" : shown;
  }

  /** The value, or a dash where the analysis has none. */
  private static String orDash(String value) {
    return value == null || value.isBlank() ? "-" : value;
  }

  private static String shorten(String s, int max) {
    String flat = s == null ? "" : s.replaceAll("\\s+", " ");
    return flat.length() <= max ? flat : flat.substring(0, max - 1) + "\u2026";
  }
}
