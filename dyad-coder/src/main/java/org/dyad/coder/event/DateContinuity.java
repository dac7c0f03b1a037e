package org.dyad.coder.event;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.dyad.coder.tree.SentenceTree;
import org.dyad.model.analysis.Basis;

/**
 * Carries an event date from one sentence to the next where the story does: "Russian forces shelled
 * Kharkiv on Friday. Hours later, Ukraine struck ..." and "The two delegations met on Friday. They
 * agreed to ...". One per article, fed in text order; not thread-safe.
 *
 * <p>An event with no date of its own takes the date of the last event dated from the text when its
 * sentence opens with a same-day sequel ("hours later", "later that day", "shortly after"), or when
 * it comes in the very next sentence and its source is a pronoun or an actor of that dated event.
 * The date is then marked {@code context}. A sequel that moves days ("two days later") gives nothing:
 * counting from a date at day precision is left to the reader.
 */
final class DateContinuity {
  private static final Pattern SAME_DAY = Pattern.compile(
      "(?i)\\b((hours|minutes|moments) later|later (that|the same) (day|evening|night|morning)|that same day"
          + "|shortly (after|afterwards|thereafter)|soon after(wards)?)\\b");
  private String lastDate;
  private int lastSentence = -10;
  private final Set<String> lastActors = new HashSet<>();

  /** Remembers an event dated from its own text. */
  void dated(int sentence, String date, String source, String target) {
    if (sentence != lastSentence) {
      lastActors.clear();
    }
    lastDate = date;
    lastSentence = sentence;
    lastActors.add(source);
    if (target != null) {
      lastActors.add(target);
    }
  }

  /**
   * The date for an event whose own clause gave {@code own}: {@code own} when it came from the text,
   * else the carried date where the rules above hold, else {@code own} (the publication date).
   */
  EventDater.Dated carry(EventDater.Dated own, SentenceTree tree, MentionIndex.Ref source) {
    if (!own.basis().equals(Basis.PUBLISHED) || lastDate == null) {
      return own;
    }
    int sentence = tree.sentence().index();
    if (sentence == lastSentence) {
      return own;
    }
    boolean sequel = SAME_DAY.matcher(opening(tree)).find();
    boolean continued = sentence == lastSentence + 1
        && (source.viaPronoun() || lastActors.contains(source.actor().id()));
    return sequel || continued ? new EventDater.Dated(lastDate, Basis.CONTEXT) : own;
  }

  /** The first words of the sentence, where a sequel phrase stands. */
  private static String opening(SentenceTree tree) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < Math.min(8, tree.size()); i++) {
      b.append(tree.token(i).word()).append(' ');
    }
    return b.toString();
  }
}
