package org.dyad.coder.geo;

import java.util.List;
import org.dyad.model.analysis.Span;

/**
 * A run of words in a sentence that names a gazetteer place, before it is resolved.
 *
 * @param sentence   index of the sentence
 * @param tokenBegin its first token in the sentence
 * @param tokenEnd   after its last token
 * @param span       where it stands in the text
 * @param candidates the places the name can mean (never empty)
 * @param locative   the word the sentence puts it under ("in", "near", "at", "over"...), or
 *                   {@code null} when it is no place phrase of that kind
 * @param division   the text marks it as a division ("Kharkiv region", "state of Sinaloa")
 */
public record PlaceMention(int sentence, int tokenBegin, int tokenEnd, Span span,
                           List<Gazetteer.Candidate> candidates, String locative, boolean division) {}
