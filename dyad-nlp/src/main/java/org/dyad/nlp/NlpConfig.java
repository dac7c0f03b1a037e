package org.dyad.nlp;

import java.util.Properties;

/**
 * Which CoreNLP annotators run and how, built once at start-up.
 *
 * <p>Defaults ({@link #defaults()}): tokenize, ssplit, pos, lemma, ner (3 CRF models, numeric
 * classifiers, SUTime with date ranges, Dyad's own TITLE, NATIONALITY and COUNTRY phrases),
 * depparse (UD); {@link #complete()} adds CoreNLP's fine-grained KBP regexner. No coreference and no CoreNLP quote annotator: Dyad resolves mentions and quote
 * speakers itself from the parse and its actor dictionaries, which is about three times faster
 * and, on news, no less accurate for the roles we need.
 *
 * @param fineGrainedNer run the KBP fine-grained regexner (TITLE, NATIONALITY, COUNTRY, CITY)
 * @param dependencies   run the dependency parser
 * @param maxSentenceTokens sentences longer than this are not dependency-parsed (their tokens and
 *                       entities are kept); bounds the parser's worst case on run-on text
 * @param tagMapping     a TokensRegexNER mapping of Dyad's own phrases (titles, nationalities,
 *                       countries) applied after the CRF models, as CoreNLP writes it
 *                       ({@code ignorecase=true,FILE;FILE}), or {@code null} for none
 */
public record NlpConfig(boolean fineGrainedNer, boolean dependencies, int maxSentenceTokens,
                        String tagMapping) {

  /**
   * The configuration Dyad ships with: no fine-grained KBP pass (its 580,000-entry gazetteer is
   * most of the NER time and heap); TITLE, NATIONALITY and COUNTRY tags come from Dyad's own
   * dictionaries through {@link #withTagMapping}, which the analyzer sets up.
   */
  public static NlpConfig defaults() {
    return new NlpConfig(false, true, 120, null);
  }

  /** The stock fine-grained NER as well, slowest and most complete; gives the same events on the dev sets. */
  public static NlpConfig complete() {
    return new NlpConfig(true, true, 120, null);
  }

  /** Gives a copy that applies a TokensRegexNER mapping after the CRF models. */
  public NlpConfig withTagMapping(String mapping) {
    return new NlpConfig(fineGrainedNer, dependencies, maxSentenceTokens, mapping);
  }

  /** Gives the CoreNLP properties for this configuration. */
  Properties toProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", dependencies
        ? "tokenize,ssplit,pos,lemma,ner,depparse" : "tokenize,ssplit,pos,lemma,ner");
    // Blank lines end a sentence: headlines and paragraphs have no final period.
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("ner.applyFineGrained", Boolean.toString(fineGrainedNer));
    if (tagMapping != null) {
      p.setProperty("ner.additional.regexner.mapping", tagMapping);
    }
    // "from January 24, 2022 to December 31, 2024" as one range, not two dates.
    p.setProperty("sutime.markTimeRanges", "true");
    p.setProperty("sutime.includeRange", "true");
    p.setProperty("depparse.maxLength", Integer.toString(maxSentenceTokens));
    p.setProperty("pos.maxlen", Integer.toString(Math.max(maxSentenceTokens, 250)));
    return p;
  }
}
