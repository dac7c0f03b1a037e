package org.dyad.coder.event;

/**
 * One CAMEO event code with the scales that go with it.
 *
 * @param code       2-4 digit CAMEO code
 * @param name       short name
 * @param goldstein  Goldstein conflict-cooperation value, -10..10
 * @param quadClass  1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param plover     PLOVER event type, or {@code null} (pure statements have none)
 * @param ploverMode PLOVER mode, or {@code null}
 * @param source     {@code file:line}
 */
public record CameoCode(String code, String name, double goldstein, int quadClass, String plover,
                        String ploverMode, String source) {
  /** The two-digit root. */
  public String root() {
    return code.substring(0, 2);
  }
}
