package org.dyad.model.text;

/**
 * One token of a parsed sentence.
 *
 * @param index  0-based position in its sentence
 * @param word   the token as written
 * @param begin  character offset of its first character in the document text
 * @param end    character offset after its last character
 * @param lemma  dictionary form
 * @param pos    Penn Treebank part-of-speech tag
 * @param ner    named-entity tag ({@code "O"} when none), e.g. PERSON, COUNTRY, TITLE, NATIONALITY
 */
public record Token(int index, String word, int begin, int end, String lemma, String pos, String ner) {
  /** True when the token carries a named-entity tag. */
  public boolean isEntity() {
    return ner != null && !"O".equals(ner);
  }
}
