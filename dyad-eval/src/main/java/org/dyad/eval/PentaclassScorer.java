package org.dyad.eval;

import java.util.List;
import java.util.Optional;
import org.dyad.model.analysis.Event;
import org.dyad.model.analysis.Modality;

/**
 * Scores Dyad against five-class sentence labels (0 neutral statement, 1 verbal cooperation, 2
 * material cooperation, 3 verbal conflict, 4 material conflict).
 *
 * <p>An event's class follows the Phoenix event data's five-class scheme by CAMEO root, which is
 * the scheme such labels use: 01-02 neutral (statements and appeals), 03-05 verbal cooperation,
 * 06-08 material cooperation, 09-13 and 16 verbal conflict (reducing relations is a diplomatic
 * act), 14-15 and 17-20 material conflict. It differs from GDELT's four QuadClasses, which Dyad's
 * events carry for export, in 02 and 16. A sentence's predicted class is that of Dyad's strongest
 * event in it, 0 when it has none. The strongest event is the counted one (not negated or hypothetical; asserted, future and
 * reported count) with the largest |Goldstein|; ties go to the higher QuadClass (the more
 * conflictual and more material reading), then to the earlier event. Events without a QuadClass
 * 1-4 are ignored. Keeps a 5×5 confusion matrix, rows gold label, columns predicted class. Mutable,
 * not thread-safe.
 */
public final class PentaclassScorer {
  private final int[][] matrix = new int[5][5];

  /**
   * Dyad's strongest event among {@code events}, if any counts: the sentence's own events first;
   * what someone only claims or reports ("accused Ukraine of shelling") wins only when the sentence
   * has no own event.
   */
  public static Optional<Event> strongest(List<Event> events) {
    Optional<Event> own = strongestOf(events.stream().filter(e -> e.modality() != Modality.REPORTED).toList());
    return own.isPresent() ? own : strongestOf(events);
  }

  private static Optional<Event> strongestOf(List<Event> events) {
    Event best = null;
    for (Event e : events) {
      // A neutral statement or appeal is class 0: it never wins over an event of a class.
      if (!EventScorer.counts(e) || fiveClass(e) < 1) {
        continue;
      }
      if (best == null || stronger(e, best)) {
        best = e;
      }
    }
    return Optional.ofNullable(best);
  }

  private static boolean stronger(Event e, Event than) {
    int byGoldstein = Double.compare(Math.abs(e.goldstein()), Math.abs(than.goldstein()));
    return byGoldstein > 0 || byGoldstein == 0 && fiveClass(e) > fiveClass(than);
  }

  /** The event's five-class label by its CAMEO root (see the class comment); its QuadClass without a code. */
  public static int fiveClass(Event e) {
    if (e.cameo() == null || e.cameo().length() < 2 || !Character.isDigit(e.cameo().charAt(0))) {
      return e.quadClass() >= 1 && e.quadClass() <= 4 ? e.quadClass() : 0;
    }
    int root = Integer.parseInt(e.cameo().substring(0, 2));
    if (root <= 2) {
      return 0;
    }
    if (root <= 5) {
      return 1;
    }
    if (root <= 8) {
      return 2;
    }
    return root <= 13 || root == 16 ? 3 : 4;
  }

  /**
   * The predicted class of a sentence with these events: the strongest event's class, else 0 (no
   * event, or statements and appeals only).
   */
  public static int classOf(List<Event> events) {
    return strongest(events).map(PentaclassScorer::fiveClass).orElse(0);
  }

  /** Scores one sentence; gives its predicted class. */
  public int score(PentaclassSentence sentence, List<Event> predicted) {
    int c = classOf(predicted);
    matrix[sentence.label()][c]++;
    return c;
  }

  /** Sentences scored. */
  public int total() {
    int n = 0;
    for (int label = 0; label < 5; label++) {
      n += total(label);
    }
    return n;
  }

  /** Sentences whose predicted class equals the label. */
  public int correct() {
    int n = 0;
    for (int label = 0; label < 5; label++) {
      n += matrix[label][label];
    }
    return n;
  }

  /** Sentences with this gold label. */
  public int total(int label) {
    int n = 0;
    for (int c = 0; c < 5; c++) {
      n += matrix[label][c];
    }
    return n;
  }

  /** Sentences with this gold label that Dyad put in the same class. */
  public int correct(int label) {
    return matrix[label][label];
  }

  /** Share of sentences whose class equals the label (0 when none were scored). */
  public double share() {
    return total() == 0 ? 0 : (double) correct() / total();
  }

  /** The share among sentences with this gold label. */
  public double share(int label) {
    return total(label) == 0 ? 0 : (double) correct(label) / total(label);
  }

  /** How many sentences labelled {@code label} Dyad put in class {@code predicted}. */
  public int count(int label, int predicted) {
    return matrix[label][predicted];
  }
}
