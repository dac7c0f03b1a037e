package org.dyad.model.analysis;

/**
 * A quotation and who said it.
 *
 * @param text        the words inside the quotation marks
 * @param span        the quoted words' position (inside the marks)
 * @param speaker     id of the speaking {@link Actor}, or {@code null} when unresolved
 * @param speakerName the speaker as the text names them at the attribution ("he", "the Russian
 *                    leader", "Putin"), or {@code null}
 * @param cue         how the speaker was found (e.g. {@code after-quote verb "said"}), or {@code null}
 */
public record Quote(String text, Span span, String speaker, String speakerName, String cue) {}
