package org.dyad.coder.dict;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/**
 * One data row of a dictionary table, with typed accessors that fail with {@code file:line}.
 *
 * @param where  {@code file:line}, also used as the provenance of what the row produces
 * @param fields the tab-separated values, {@code -} meaning empty
 */
public record DictionaryRow(String where, List<String> fields) {
  public DictionaryRow {
    fields = List.copyOf(fields);
  }

  /** Gives column {@code i}, or {@code null} where it holds {@code -}. */
  public String text(int i) {
    String v = fields.get(i).strip();
    return "-".equals(v) || v.isEmpty() ? null : v;
  }

  /** Gives column {@code i}, failing when it is empty. */
  public String required(int i, String name) {
    String v = text(i);
    if (v == null) {
      throw new DictionaryException(where, name + " is empty");
    }
    return v;
  }

  /** Gives column {@code i} split on {@code |}, empty when the column is empty. */
  public List<String> list(int i) {
    String v = text(i);
    if (v == null) {
      return List.of();
    }
    return Arrays.stream(v.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** Gives column {@code i} as an ISO date, or {@code null} where empty. */
  public LocalDate date(int i, String name) {
    String v = text(i);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new DictionaryException(where, name + " '" + v + "' is not a YYYY-MM-DD date");
    }
  }
}
