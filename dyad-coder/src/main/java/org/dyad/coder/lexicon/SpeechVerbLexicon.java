package org.dyad.coder.lexicon;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.coder.dict.DictionaryException;
import org.dyad.coder.dict.DictionaryRow;
import org.dyad.coder.dict.DictionaryTable;

/**
 * The verbs of saying, listed once ({@code dyad/lexicon/speech-verbs.tsv}) for every part that needs
 * them: the quote finder's cues, the modality reader's reporting verbs, and the words that are
 * evidence of speech in unparsed text.
 *
 * <p>Takes nothing; gives three immutable lemma sets and the irregular raw-text forms of some lemmas,
 * read from the class path when first used (errors name {@code file:line}). {@link #DEFAULT} is the shared instance. Immutable and thread-safe.
 */
public final class SpeechVerbLexicon {
  /** The lexicon of Dyad's class path. */
  public static final SpeechVerbLexicon DEFAULT = load();

  private final Set<String> cues;
  private final Set<String> reporting;
  private final Set<String> rawText;
  private final Map<String, List<String>> irregular;

  private SpeechVerbLexicon(Set<String> cues, Set<String> reporting, Set<String> rawText,
                            Map<String, List<String>> irregular) {
    this.cues = Set.copyOf(cues);
    this.reporting = Set.copyOf(reporting);
    this.rawText = Set.copyOf(rawText);
    this.irregular = Map.copyOf(irregular);
  }

  private static SpeechVerbLexicon load() {
    DictionaryTable t = DictionaryTable.load("lexicon/speech-verbs.tsv", null,
        List.of("lemma", "quote_cue", "reports", "raw_text", "irregular_forms"));
    Set<String> cues = new HashSet<>();
    Set<String> reporting = new HashSet<>();
    Set<String> raw = new HashSet<>();
    Map<String, List<String>> irregular = new HashMap<>();
    for (DictionaryRow r : t.rows()) {
      String lemma = r.required(0, "lemma");
      if (flag(r, 1, "quote_cue")) {
        cues.add(lemma);
      }
      if (flag(r, 2, "reports")) {
        reporting.add(lemma);
      }
      if (flag(r, 3, "raw_text")) {
        raw.add(lemma);
      }
      if (!r.list(4).isEmpty()) {
        irregular.put(lemma, r.list(4));
      }
    }
    return new SpeechVerbLexicon(cues, reporting, raw, irregular);
  }

  private static boolean flag(DictionaryRow r, int i, String name) {
    String v = r.required(i, name);
    if (!v.equals("yes") && !v.equals("no")) {
      throw new DictionaryException(r.where(), name + " must be 'yes' or 'no', not '" + v + "'");
    }
    return v.equals("yes");
  }

  /** Lemmas that introduce a quotation or its speaker. */
  public Set<String> quoteCues() {
    return cues;
  }

  /** Lemmas whose clause is someone's statement: an event in it is reported. */
  public Set<String> reporting() {
    return reporting;
  }

  /** Lemmas whose inflected forms in raw text are evidence of speech. */
  public Set<String> rawText() {
    return rawText;
  }

  /** The forms of a lemma that the regular inflection rules get wrong ("said"); empty when none. */
  public List<String> irregularForms(String lemma) {
    return irregular.getOrDefault(lemma, List.of());
  }
}
