package org.dyad.model.text;

/**
 * A temporal expression normalised to the calendar (TIMEX3 style).
 *
 * @param text     surface text, e.g. "on Wednesday"
 * @param type     DATE, TIME, DURATION or SET
 * @param value    normalised value, e.g. {@code 2025-06-04}, {@code 2025-03}, {@code 2025-W23},
 *                 or an interval {@code 2022-01-24/2024-12-31}; {@code null} when it cannot be resolved
 * @param begin    character offset in the document
 * @param end      character offset after the expression
 * @param sentence index of its sentence
 */
public record TimeExpression(String text, String type, String value, int begin, int end, int sentence) {}
