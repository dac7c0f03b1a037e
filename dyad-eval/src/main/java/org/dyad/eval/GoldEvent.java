package org.dyad.eval;

import java.util.Arrays;
import java.util.List;

/**
 * One hand-coded event of a gold set: who did what to whom, as a coder saw it.
 *
 * <p>{@code source} and {@code target} are CAMEO-style actor codes ({@code RUSGOV}, {@code USA},
 * {@code IGOWSTNAT}); {@code null}, blank or {@code ---} means "any actor". A compound actor (PLOVER's
 * "Hungarian and Romanian officials") is written as alternatives joined by {@code |}
 * ({@code HUNGOV|ROUGOV}): a predicted actor matching any one of them matches. The type is given as
 * a CAMEO code and/or its two-digit root, or as a PLOVER 1.0 type when only that is known; at least
 * one of the three is set.
 *
 * @param source     source actor code, alternatives joined by {@code |}, or {@code null}/{@code ---}
 * @param target     target actor code, alternatives joined by {@code |}, or {@code null}/{@code ---}
 * @param root       two-digit CAMEO root ({@code 11}), or {@code null}
 * @param code       full CAMEO code ({@code 112}), or {@code null}
 * @param plover     PLOVER 1.0 type ({@code ACCUSE}), or {@code null}
 * @param sourceText the source as written, or {@code null}
 * @param targetText the target as written, or {@code null}
 */
public record GoldEvent(String source, String target, String root, String code, String plover,
                        String sourceText, String targetText) {
  /** The code gold sets use for "any actor". */
  public static final String ANY = "---";

  public GoldEvent {
    source = actor(source);
    target = actor(target);
    if (root == null && code != null && code.length() >= 2) {
      root = code.substring(0, 2); // a code implies its root; scoring compares roots
    }
    if (root == null && plover == null) {
      throw new IllegalArgumentException("a gold event needs a CAMEO root or code, or a PLOVER type");
    }
  }

  /** True when the type level compares CAMEO roots (else PLOVER types). */
  public boolean hasRoot() {
    return root != null;
  }

  /** The type as scored: the CAMEO root when known, else the PLOVER type. */
  public String typeLabel() {
    return root != null ? root : plover;
  }

  /** The alternatives of an actor field, empty for "any actor". */
  public static List<String> alternatives(String actor) {
    if (actor == null) {
      return List.of();
    }
    return Arrays.stream(actor.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** The dyad as shown in reports, e.g. {@code RUSGOV→UKR}, with {@code ---} for any actor. */
  public String dyadLabel() {
    return (source == null ? ANY : source) + "→" + (target == null ? ANY : target);
  }

  // One spelling of "any actor" (null) keeps the scorer free of special cases.
  private static String actor(String a) {
    if (a == null || a.isBlank() || a.strip().equals(ANY)) {
      return null;
    }
    return a.strip();
  }
}
