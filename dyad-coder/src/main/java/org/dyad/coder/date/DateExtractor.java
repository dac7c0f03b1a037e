package org.dyad.coder.date;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.dyad.model.analysis.DateMention;
import org.dyad.model.analysis.Span;
import org.dyad.model.text.ParsedDocument;
import org.dyad.model.text.TimeExpression;

/**
 * Keeps the temporal expressions that name a point or stretch of the calendar, with their ISO value.
 *
 * <p>Takes the NLP stage's normalised expressions; gives dates, months, weeks, quarters, seasons,
 * years, times and intervals ({@code 2022-01-24/2024-12-31}), with past weekdays put in the past
 * ({@link PastWeekday}). Drops what cannot be placed on the
 * calendar: durations ("60 days"), sets ("every week"), vague references ("previously",
 * "present") and ordinal counts of periods ("its fourth year").
 */
public final class DateExtractor {
  private static final String POINT =
      "\\d{4}(-(\\d{2}(-\\d{2}(T[\\d:.]+)?)?|W\\d{2}(-WE)?|Q[1-4]|H[12]|SP|SU|FA|WI))?";
  private static final Pattern CALENDAR = Pattern.compile(POINT + "(/" + POINT + ")?");
  /** "its fourth year", "the second day": a count of periods, which SUTime places on the calendar. */
  private static final Pattern ORDINAL_PERIOD = Pattern.compile("(?i)((its|their|the|his|her|our)\\s+)?"
      + "(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\\d+(st|nd|rd|th))"
      + "\\s+(full\\s+)?(year|month|week|day)s?");

  /** Gives the calendar dates of a parsed document in text order. */
  public List<DateMention> extract(ParsedDocument doc) {
    List<DateMention> out = new ArrayList<>();
    for (TimeExpression t : doc.times()) {
      if (isCalendar(t)) {
        out.add(new DateMention(t.text(), PastWeekday.value(doc, t), new Span(t.begin(), t.end())));
      }
    }
    return out;
  }

  /** True when the expression's value is a calendar point or interval. */
  public static boolean isCalendar(TimeExpression t) {
    return ("DATE".equals(t.type()) || "TIME".equals(t.type()))
        && t.value() != null && CALENDAR.matcher(t.value()).matches()
        && !ORDINAL_PERIOD.matcher(t.text().strip()).matches();
  }
}
