package org.dyad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Typed reads of gold record fields that fail with a {@link BadRecord} naming the field. */
final class JsonFields {
  private JsonFields() {}

  /** A string field, {@code null} when absent, JSON null or blank; numbers are read as text. */
  static String text(JsonNode node, String field) throws BadRecord {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual() && !v.isNumber()) {
      throw new BadRecord(field + " is " + brief(v) + ", not a string");
    }
    String s = v.asText().strip();
    return s.isEmpty() ? null : s;
  }

  /** A string field that must be present and not blank. */
  static String required(JsonNode node, String field) throws BadRecord {
    String s = text(node, field);
    if (s == null) {
      throw new BadRecord(node.has(field) ? field + " is empty" : "no " + field);
    }
    return s;
  }

  /** An optional YYYY-MM-DD date field. */
  static LocalDate date(JsonNode node, String field) throws BadRecord {
    String s = text(node, field);
    if (s == null) {
      return null;
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw new BadRecord(field + " '" + s + "' is not a YYYY-MM-DD date");
    }
  }

  /** A JSON value shortened for a message. */
  static String brief(JsonNode v) {
    String s = v.toString();
    return s.length() > 40 ? s.substring(0, 37) + "..." : s;
  }
}
