package org.dyad.app.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.coder.dict.DictionaryRow;
import org.dyad.coder.dict.DictionaryTable;

/**
 * The CAMEO codes Dyad knows, with their names and PLOVER types, read from the coder's ontology
 * file {@code dyad/cameo/cameo-codes.tsv}.
 *
 * <p>The evaluation needs it to check the codes of a gold set and to give a predicted event a PLOVER
 * type when the event carries only its CAMEO code. Immutable.
 */
public final class CameoCodes {
  static final String RESOURCE = "cameo/cameo-codes.tsv";
  private static final List<String> COLUMNS =
      List.of("code", "name", "goldstein", "quad_class", "plover", "plover_mode");

  private final Map<String, String> names = new HashMap<>();
  private final Map<String, String> plover = new HashMap<>();

  private CameoCodes(DictionaryTable table) {
    for (DictionaryRow r : table.rows()) {
      String code = r.required(0, "code");
      names.put(code, r.required(1, "name"));
      String p = PloverTypes.normalize(r.text(4));
      if (p != null) {
        plover.put(code, p);
      }
    }
  }

  /** Loads the table shipped with the coder; fails with {@code file:line} on a bad row. */
  public static CameoCodes load() {
    return new CameoCodes(DictionaryTable.load(RESOURCE, null, COLUMNS));
  }

  /** True for a code in the table (roots included). */
  public boolean isCode(String code) {
    return code != null && names.containsKey(code);
  }

  /** The code's name, or {@code null}. */
  public String name(String code) {
    return code == null ? null : names.get(code);
  }

  /**
   * The PLOVER 1.0 type of a code, falling back to its root's type when the code itself is not in
   * the table; {@code null} for statements (root 01), which have no PLOVER type.
   */
  public String plover(String code) {
    if (code == null) {
      return null;
    }
    String p = plover.get(code);
    if (p == null && code.length() > 2 && !names.containsKey(code)) {
      p = plover.get(code.substring(0, 2));
    }
    return p;
  }
}
