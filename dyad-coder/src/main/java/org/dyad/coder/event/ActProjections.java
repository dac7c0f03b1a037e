package org.dyad.coder.event;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.coder.dict.DictionaryException;
import org.dyad.coder.dict.DictionaryRow;
import org.dyad.coder.dict.DictionaryTable;

/**
 * What an appeal, demand, intent, refusal or threat is about, as a CAMEO sub-code: "urged Myanmar
 * to release the journalists" is an appeal for a release (0253), "refused to release" a refusal
 * (1243), "threatened to cut gas supplies" a threat to cut aid (1311).
 *
 * <p>Loaded from {@code dyad/cameo/act-projections.tsv} (replaceable from {@code overrides/cameo/}),
 * each code checked against the CAMEO table with {@code file:line} errors. Gives, for the code of the
 * act a framing verb governs and the framing verb's own kind, the code of the whole, or {@code null}
 * when CAMEO has no such sub-code. The longest listed prefix of the act's code decides. Immutable.
 */
final class ActProjections {
  /** The framing kinds, by the CAMEO root of the framing verb's own code. */
  enum Frame {
    APPEAL("02"), DEMAND("10"), INTENT("03"), REJECTION("12"), THREAT("13");

    private final String root;

    Frame(String root) {
      this.root = root;
    }

    /** The frame a code belongs to, or {@code null} for codes that frame nothing. */
    static Frame of(String code) {
      for (Frame f : values()) {
        if (code.startsWith(f.root)) {
          return f;
        }
      }
      return null;
    }
  }

  private final Map<String, Map<Frame, String>> byAct = new HashMap<>();

  private ActProjections() {}

  static ActProjections load(Path overrides, CameoOntology ontology) {
    ActProjections p = new ActProjections();
    DictionaryTable t = DictionaryTable.load("cameo/act-projections.tsv", overrides,
        List.of("act", "appeal", "demand", "intent", "rejection", "threat"));
    for (DictionaryRow r : t.rows()) {
      String act = CameoOntology.codeIn(r, 0, "act");
      Map<Frame, String> codes = new EnumMap<>(Frame.class);
      for (Frame f : Frame.values()) {
        String code = r.text(1 + f.ordinal());
        if (code == null) {
          continue;
        }
        if (ontology.get(code) == null || !code.startsWith(f.root)) {
          throw new DictionaryException(r.where(), "'" + code + "' is not a CAMEO " + f.name().toLowerCase()
              + " code in cameo-codes.tsv");
        }
        codes.put(f, code);
      }
      p.byAct.put(act, codes);
    }
    return p;
  }

  /**
   * The code of an act announced for the future: an intent for cooperation ("will send aid": 033),
   * a threat for conflict ("will attack": 1384), or {@code null} when the code stays.
   */
  String future(String act) {
    String intent = project(act, Frame.INTENT);
    return intent != null ? intent : project(act, Frame.THREAT);
  }

  /** The code of {@code frame} about an act coded {@code act}, or {@code null}. */
  String project(String act, Frame frame) {
    for (int n = act.length(); n >= 2; n--) {
      Map<Frame, String> codes = byAct.get(act.substring(0, n));
      if (codes != null) {
        return codes.get(frame);
      }
    }
    return null;
  }
}
