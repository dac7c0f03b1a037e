package org.dyad.model.analysis;

import java.util.Arrays;
import java.util.List;

/**
 * CAMEO's four QuadClasses, as GDELT numbers and names them: the one list of them. An event carries
 * the number ({@link Event#quadClass()}, stored and exported as 1 to 4); the names are what a client
 * shows (served by {@code /api/vocabulary}).
 */
public enum QuadClass {
  VERBAL_COOPERATION(1, "Verbal cooperation"),
  MATERIAL_COOPERATION(2, "Material cooperation"),
  VERBAL_CONFLICT(3, "Verbal conflict"),
  MATERIAL_CONFLICT(4, "Material conflict");

  private final int number;
  private final String label;

  QuadClass(int number, String label) {
    this.number = number;
    this.label = label;
  }

  /** The number, 1 to 4, as stored and exported. */
  public int number() {
    return number;
  }

  /** The name with a capital first letter ({@code Verbal cooperation}). */
  public String label() {
    return label;
  }

  /** Every name in number order. */
  public static List<String> labels() {
    return Arrays.stream(values()).map(QuadClass::label).toList();
  }

  /** Whether {@code number} is a QuadClass's number (1 to 4). */
  public static boolean isNumber(int number) {
    return number >= 1 && number <= values().length;
  }

  /**
   * The QuadClass of a number.
   *
   * @throws IllegalArgumentException naming the number when it is not 1 to 4
   */
  public static QuadClass of(int number) {
    if (!isNumber(number)) {
      throw new IllegalArgumentException("QuadClass " + number + " is not one of 1 to " + values().length);
    }
    return values()[number - 1];
  }
}
