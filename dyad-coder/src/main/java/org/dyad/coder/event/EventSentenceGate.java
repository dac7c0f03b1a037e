package org.dyad.coder.event;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.coder.lexicon.Lexicon;
import org.dyad.coder.quote.QuoteAttributor;
import org.dyad.model.text.ParseGate;
import org.dyad.model.text.Token;

/**
 * Lets through to the dependency parser only the sentences the coder can use a parse of: those
 * with a possible event trigger (a verb or common noun whose lemma heads an event pattern), a
 * speech verb, a quotation mark or "according" (quotations and their speakers), a person's name
 * (titles and roles read from appositions and compounds) or a weekday's name (its tense decides
 * which week; see {@code PastWeekday}); and, before a sentence with a quotation mark, the
 * sentences of narration where its speaker may be found ({@link QuoteAttributor#speakerWindow()}
 * of them, read from their subjects). The rest keep
 * their tokens and entities, and the coder reads them without a tree, as it reads sentences longer
 * than the parser's limit.
 *
 * <p>Takes the loaded {@link EventDictionary}; immutable and thread-safe.
 */
public final class EventSentenceGate implements ParseGate {
  /** Quotation marks as CoreNLP's tokenizer leaves them in the original text. */
  private static final Set<String> QUOTE_MARKS = Set.of("\"", "“", "”", "„", "«", "»", "‘", "’",
      "'", "``", "''", "‹", "›");
  private static final Set<String> WEEKDAYS = Lexicon.DEFAULT.set("weekdays");
  private final Set<String> lemmas;

  /** Builds the gate from the event patterns' triggers and the speech verbs. */
  public EventSentenceGate(EventDictionary dictionary) {
    Set<String> all = new HashSet<>(dictionary.triggerLemmas());
    all.addAll(ModalityReader.SPEECH_VERBS);
    all.addAll(QuoteAttributor.speechLemmas());
    this.lemmas = Set.copyOf(all);
  }

  @Override
  public boolean[] select(List<List<Token>> sentences) {
    int n = sentences.size();
    boolean[] chosen = new boolean[n];
    boolean[] quoting = new boolean[n];
    for (int i = 0; i < n; i++) {
      quoting[i] = hasQuoteMark(sentences.get(i));
      chosen[i] = quoting[i] || worthParsing(sentences.get(i));
    }
    int window = QuoteAttributor.speakerWindow();
    for (int i = 0; i < n; i++) {
      if (!quoting[i]) {
        continue;
      }
      // Narration sentences count towards the window; quoted ones are passed over, as the
      // speaker search passes over them.
      for (int j = i - 1, counted = 0; j >= 0 && counted <= window; j--) {
        chosen[j] = true;
        if (!quoting[j]) {
          counted++;
        }
      }
    }
    return chosen;
  }

  private static boolean hasQuoteMark(List<Token> tokens) {
    for (Token t : tokens) {
      if (QUOTE_MARKS.contains(t.word())) {
        return true;
      }
    }
    return false;
  }

  /** Whether one sentence can hold an event, a speech cue, a person's role or a weekday. */
  boolean worthParsing(List<Token> tokens) {
    for (Token t : tokens) {
      String word = t.word();
      if (word.equalsIgnoreCase("according") || "PERSON".equals(t.ner())
          || WEEKDAYS.contains(word.toLowerCase(Locale.ROOT))) {
        return true;
      }
      String pos = t.pos() == null ? "" : t.pos();
      // The coder fires on verbs and common nouns only (EventCoder skips proper nouns).
      if ((pos.startsWith("VB") || pos.startsWith("NN")) && !pos.startsWith("NNP")) {
        String lemma = (t.lemma() == null ? word : t.lemma()).toLowerCase(Locale.ROOT);
        if (lemmas.contains(lemma)) {
          return true;
        }
      }
    }
    return false;
  }
}
