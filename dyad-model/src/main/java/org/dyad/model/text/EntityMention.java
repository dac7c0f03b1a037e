package org.dyad.model.text;

/**
 * A named-entity mention found by the NLP stage.
 *
 * @param text       surface text
 * @param type       entity type (PERSON, ORGANIZATION, COUNTRY, CITY, NATIONALITY, TITLE, ...)
 * @param begin      character offset in the document
 * @param end        character offset after the mention
 * @param sentence   index of its sentence
 * @param tokenBegin index of its first token in the sentence
 * @param tokenEnd   index after its last token in the sentence
 */
public record EntityMention(String text, String type, int begin, int end, int sentence,
                            int tokenBegin, int tokenEnd) {}
