package org.dyad.coder.quote;

import org.dyad.coder.lexicon.SpeechVerbLexicon;
import org.dyad.coder.tree.SentenceTree;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Verbs that introduce reported speech ("said", "told", "emphasized"), matched on lemmas in
 * parsed text and on inflected word forms in raw text. Package-private.
 */
final class SpeechVerbs {
  /** Lemmas ({@link SpeechVerbLexicon#quoteCues}); "point" counts only with the particle "out" (see {@link #isCue}). */
  static final Set<String> LEMMAS = SpeechVerbLexicon.DEFAULT.quoteCues();

  private static final Set<String> FORMS = buildForms();
  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  private SpeechVerbs() {}

  /** True when a parsed token is a speech verb: verb tag and a listed lemma. */
  static boolean isCue(SentenceTree tree, int i) {
    if (!tree.isVerb(i)) {
      return false;
    }
    String lemma = tree.token(i).lemma() == null ? "" : tree.token(i).lemma().toLowerCase(Locale.ROOT);
    if (lemma.equals("point")) {
      // "point" alone ("pointed to the map") is not speech; "pointed out" is.
      return i + 1 < tree.size() && tree.token(i + 1).word().equalsIgnoreCase("out");
    }
    return LEMMAS.contains(lemma);
  }

  /** True when raw text contains an inflected speech verb as a whole word ("says", "told"). */
  static boolean appearsIn(CharSequence text) {
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      if (FORMS.contains(m.group().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> buildForms() {
    Set<String> forms = new HashSet<>();
    // the lexicon leaves out words that are also common nouns ("a note", "the state"): too weak
    // as evidence in raw text
    for (String l : SpeechVerbLexicon.DEFAULT.rawText()) {
      forms.add(l);
      forms.addAll(SpeechVerbLexicon.DEFAULT.irregularForms(l)); // "said", which the rules below miss
      boolean consonantY = l.endsWith("y") && l.length() > 2 && "aeiou".indexOf(l.charAt(l.length() - 2)) < 0;
      String stem = consonantY ? l.substring(0, l.length() - 1) + "i" : l;
      forms.add(l.matches(".*(s|sh|ch|x|z)$") ? l + "es" : consonantY ? stem + "es" : l + "s");
      forms.add(l.endsWith("e") ? l + "d" : stem + "ed");
      forms.add(l.endsWith("e") && !l.endsWith("ee") ? l.substring(0, l.length() - 1) + "ing" : l + "ing");
    }
    return Set.copyOf(forms);
  }
}
