package org.dyad.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A cheap test of whether a sentence may hold a time expression: a token with a digit, or a word of
 * the cue list (resource {@code dyad/nlp/temporal-cues.txt}: months, weekdays, time units, seasons,
 * holidays, relative words). Sentences that fail it skip SUTime, which otherwise runs its rules on
 * every sentence; where it passes, SUTime decides as before.
 */
public final class TemporalCues {
  static final String RESOURCE = "dyad/nlp/temporal-cues.txt";
  private final Set<String> words;

  private TemporalCues(Set<String> words) {
    this.words = Set.copyOf(words);
  }

  /** The built-in list. */
  public static TemporalCues load() {
    Set<String> words = new HashSet<>();
    try (InputStream in = TemporalCues.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        String w = line.strip();
        if (w.isEmpty() || w.startsWith("#")) {
          continue;
        }
        if (!w.matches("[a-z]+")) {
          throw new IllegalStateException(RESOURCE + ":" + n + ": not one lower-case word: '" + w + "'");
        }
        words.add(w);
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
    }
    return new TemporalCues(words);
  }

  /** Whether any of the tokens (as written) may start or make up a time expression. */
  public boolean mayHoldTime(List<String> tokens) {
    for (String token : tokens) {
      if (cue(token)) {
        return true;
      }
    }
    return false;
  }

  private boolean cue(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (Character.isDigit(token.charAt(i))) {
        return true;
      }
    }
    String t = token.toLowerCase(Locale.ROOT);
    if (t.endsWith(".")) {
      t = t.substring(0, t.length() - 1);
    }
    if (words.contains(t)) {
      return true;
    }
    if (t.indexOf('-') > 0) {
      for (String part : t.split("-")) {
        if (words.contains(part)) {
          return true;
        }
      }
    }
    return false;
  }
}
