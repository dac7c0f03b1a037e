package org.dyad.coder.event;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.coder.dict.DictionaryException;
import org.dyad.coder.dict.DictionaryRow;
import org.dyad.coder.dict.DictionaryTable;
import org.dyad.model.analysis.PloverType;
import org.dyad.model.analysis.QuadClass;

/**
 * The CAMEO code table ({@code dyad/cameo/cameo-codes.tsv}): names, Goldstein values, QuadClass and
 * PLOVER type and mode per code. Takes an optional override directory; immutable. The one reader
 * of the table: the coder checks its patterns against it, the store names codes by it and
 * {@code dyad eval} checks gold codes and types predictions with it.
 */
public final class CameoOntology {
  private final Map<String, CameoCode> codes = new HashMap<>();

  private CameoOntology() {}

  /** Loads the table, replaced by {@code overrides/cameo/cameo-codes.tsv} when present. */
  public static CameoOntology load(Path overrides) {
    CameoOntology o = new CameoOntology();
    DictionaryTable t = DictionaryTable.load("cameo/cameo-codes.tsv", overrides,
        List.of("code", "name", "goldstein", "quad_class", "plover", "plover_mode"));
    for (DictionaryRow r : t.rows()) {
      String code = codeIn(r, 0, "code");
      double goldstein;
      int quad;
      try {
        goldstein = Double.parseDouble(r.required(2, "goldstein"));
        quad = Integer.parseInt(r.required(3, "quad_class"));
      } catch (NumberFormatException e) {
        throw new DictionaryException(r.where(), "goldstein and quad_class must be numbers");
      }
      if (goldstein < -10 || goldstein > 10 || !QuadClass.isNumber(quad)) {
        throw new DictionaryException(r.where(), "goldstein must be in [-10,10] and quad_class in 1..4");
      }
      String plover = r.text(4);
      if (plover != null && !PloverType.isName(plover)) {
        throw new DictionaryException(r.where(), "plover '" + plover + "' is not a PLOVER 1.0 type "
            + PloverType.names());
      }
      if (o.codes.put(code, new CameoCode(code, r.required(1, "name"), goldstein, quad, plover,
          r.text(5), r.where())) != null) {
        throw new DictionaryException(r.where(), "code " + code + " is listed twice");
      }
    }
    return o;
  }

  /** The code's entry, or {@code null} when CAMEO has no such code. */
  public CameoCode get(String code) {
    return code == null ? null : codes.get(code);
  }

  /** The name of a code ({@code 112} gives {@code Accuse}), or {@code null} when the code is unknown. */
  public String name(String code) {
    CameoCode c = get(code);
    return c == null ? null : c.name();
  }

  /**
   * The PLOVER type the table gives a code, as written there; for a code not in the table, its
   * root's. {@code null} when there is none (statements, root 01, have no PLOVER type).
   */
  public String plover(String code) {
    CameoCode c = get(code);
    if (c == null && code != null && code.length() > 2) {
      c = get(code.substring(0, 2));
    }
    return c == null ? null : c.plover();
  }

  /**
   * The CAMEO code or root (2 to 4 digits) in a row's column, or a {@link DictionaryException} with
   * the row's {@code file:line}.
   */
  static String codeIn(DictionaryRow r, int column, String name) {
    String code = r.required(column, name);
    if (!code.matches("\\d{2,4}")) {
      throw new DictionaryException(r.where(), name + " '" + code + "' is not a CAMEO code (2-4 digits)");
    }
    return code;
  }
}
