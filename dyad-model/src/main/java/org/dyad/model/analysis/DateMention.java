package org.dyad.model.analysis;

/**
 * A date the article speaks of, resolved to the calendar.
 *
 * @param text  surface text, e.g. "on Wednesday"
 * @param value ISO 8601 value at the precision the text gives ({@code 2025-06-04}, {@code 2025-03},
 *              {@code 2025-W23}, {@code 2025}) or an interval {@code 2022-01-24/2024-12-31}
 * @param span  where it stands in the text
 */
public record DateMention(String text, String value, Span span) {}
