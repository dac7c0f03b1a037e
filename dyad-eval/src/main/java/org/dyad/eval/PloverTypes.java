package org.dyad.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.coder.event.CameoOntology;
import org.dyad.model.analysis.PloverType;

/**
 * PLOVER event type names: the sixteen PLOVER 1.0 types Dyad emits, and the mapping from the
 * PLOVER 0.5b1 names that older gold sets (the PLOVER gold standard records) use.
 *
 * <p>0.5b1 had DEMAND, DISAPPROVE, INVESTIGATE and FIGHT where 1.0 has REQUEST and ACCUSE (with an
 * {@code investigate} mode) and folds fighting into ASSAULT; the CAMEO table Dyad codes with maps
 * roots 10, 11, 09 and 19 the same way, so the mapped gold types are the ones Dyad can produce.
 */
public final class PloverTypes {
  /** The PLOVER 1.0 types in PLOVER's order (cooperation to conflict), used to order tables. */
  public static final List<String> TYPES = PloverType.names();

  /** 0.5b1 names that 1.0 renamed or merged, with their 1.0 type. */
  public static final Map<String, String> LEGACY = Map.of(
      "DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE", "INVESTIGATE", "ACCUSE", "FIGHT", "ASSAULT");

  /** How the mapping reads in report headers. */
  public static final String LEGACY_NOTE = "PLOVER 0.5b1 types mapped to the PLOVER 1.0 names Dyad emits: "
      + "DEMAND→REQUEST, DISAPPROVE→ACCUSE, INVESTIGATE→ACCUSE, FIGHT→ASSAULT (the others are unchanged)";

  /**
   * Names some gold sets use for a class that PLOVER 1.0 splits, with the 1.0 types that count as
   * it: YIELD is CAMEO root 08, which Dyad's table codes CONCEDE or RETREAT.
   */
  public static final Map<String, List<String>> SPLIT = Map.of("YIELD", List.of("CONCEDE", "RETREAT"));

  /**
   * The PLOVER 0.5b1 type of the CAMEO codes whose type PLOVER 1.0 changed (OEDA's PLOVER 0.5
   * CAMEO mapping, as Dyad's table had it before it followed the PLOVER 1.0 / POLECAT data):
   * sanctions were SANCTION, and property destruction, cyber attacks, abductions, human shields and
   * blockades COERCE. A gold set annotated under 0.5b1 is scored with these, so that a kidnapping
   * coded 181 counts as the COERCE its annotators meant rather than as a wrong ASSAULT.
   */
  public static final Map<String, String> V05_BY_CAMEO = Map.of("163", "SANCTION", "1712", "COERCE",
      "176", "COERCE", "181", "COERCE", "184", "COERCE", "191", "COERCE");

  /** How {@link #V05_BY_CAMEO} reads in report headers. */
  public static final String V05_NOTE = "Dyad's CAMEO codes typed as PLOVER 0.5b1, the set's version, types"
      + " them where 1.0 changed it: 163 SANCTION; 1712, 176, 181, 184, 191 COERCE";

  private PloverTypes() {}

  /**
   * The PLOVER 1.0 types that count as the gold type {@code name} (any case): itself, its 1.0 name,
   * or the types a split name covers ({@link #SPLIT}); empty when the name is none of them.
   */
  public static List<String> accepted(String name) {
    if (name == null) {
      return List.of();
    }
    List<String> split = SPLIT.get(name.strip().toUpperCase(Locale.ROOT));
    if (split != null) {
      return split;
    }
    String n = normalize(name);
    return n == null ? List.of() : List.of(n);
  }

  /**
   * The PLOVER 1.0 type of a CAMEO code by the table ({@link CameoOntology#plover}: a code not in
   * it takes its root's), or {@code null} for statements and codes without one.
   */
  public static String of(CameoOntology cameo, String code) {
    return normalize(cameo.plover(code));
  }

  /**
   * Gives the PLOVER 1.0 name for a 1.0 or 0.5b1 type name in any case, or {@code null} when the
   * name is none of them ({@code null}, blank, or the CAMEO table's {@code -} for "no PLOVER type").
   */
  public static String normalize(String name) {
    if (name == null) {
      return null;
    }
    String n = name.strip().toUpperCase(Locale.ROOT);
    String legacy = LEGACY.get(n);
    if (legacy != null) {
      return legacy;
    }
    return TYPES.contains(n) ? n : null;
  }
}
