package org.dyad.nlp;

import java.util.Properties;

/**
 * Which CoreNLP annotators run and how, built once at start-up.
 *
 * <p>Defaults ({@link #defaults()}): tokenize, ssplit, pos, lemma, ner (3 CRF models, numeric
 * classifiers, SUTime with date ranges, fine-grained KBP regexner for TITLE, NATIONALITY, COUNTRY),
 * depparse (UD). No coreference and no CoreNLP quote annotator: Dyad resolves mentions and quote
 * speakers itself from the parse and its actor dictionaries, which is about three times faster
 * and, on news, no less accurate for the roles we need.
 *
 * @param fineGrainedNer run the KBP fine-grained regexner (TITLE, NATIONALITY, COUNTRY, CITY)
 * @param dependencies   run the dependency parser
 * @param maxSentenceTokens sentences longer than this are not dependency-parsed (their tokens and
 *                       entities are kept); bounds the parser's worst case on run-on text
 */
public record NlpConfig(boolean fineGrainedNer, boolean dependencies, int maxSentenceTokens) {

  /** The configuration Dyad ships with. */
  public static NlpConfig defaults() {
    return new NlpConfig(true, true, 120);
  }

  /**
   * The faster configuration: no fine-grained NER pass (its gazetteer is most of the NER time and
   * heap); titles and nationalities then come from Dyad's own dictionaries, not the NER tags.
   */
  public static NlpConfig fast() {
    return new NlpConfig(false, true, 120);
  }

  /** Gives the CoreNLP properties for this configuration. */
  Properties toProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", dependencies
        ? "tokenize,ssplit,pos,lemma,ner,depparse" : "tokenize,ssplit,pos,lemma,ner");
    // Blank lines end a sentence: headlines and paragraphs have no final period.
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("ner.applyFineGrained", Boolean.toString(fineGrainedNer));
    // "from January 24, 2022 to December 31, 2024" as one range, not two dates.
    p.setProperty("sutime.markTimeRanges", "true");
    p.setProperty("sutime.includeRange", "true");
    p.setProperty("depparse.maxLength", Integer.toString(maxSentenceTokens));
    p.setProperty("pos.maxlen", Integer.toString(Math.max(maxSentenceTokens, 250)));
    return p;
  }
}
