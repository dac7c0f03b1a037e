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
import java.util.regex.Pattern;

/**
 * A cheap test of whether a sentence may hold a calendar date: a token with a digit that is not a
 * plain count or amount ("12", "1,500", "3.5", "$370", "45%" are not cues; "2014", "1990s",
 * "12th", "5/12", "10:30", "3pm" are), a count beside a clock word or a month's name in any case
 * ("3 PM", "10.30 GMT", "june 12"), or a word of the cue list (resource {@code dyad/nlp/temporal-cues.txt}: months, weekdays and holidays when
 * capitalised, time units and seasons in any case). Sentences that fail it skip SUTime, which
 * otherwise runs its rules on every sentence; where it passes, SUTime decides as before. Words that
 * give SUTime only non-calendar values (now, recently, this morning) are not cues: Dyad drops those
 * values anyway.
 */
public final class TemporalCues {
  static final String RESOURCE = "dyad/nlp/temporal-cues.txt";
  /**
   * Counts and amounts: up to three digits, thousands groups, decimals, a currency sign or percent.
   * Alone they never make SUTime give a calendar value; with a unit ("12 years") the unit is a cue.
   */
  private static final Pattern PLAIN_NUMBER =
      Pattern.compile("[$€£]?(\\d{1,3}(,\\d{3})*|\\d+\\.\\d+)%?");
  /** Clock words, any case, dotted or not: "3 p.m.", "11 AM", "10.30 GMT" are times. */
  private static final Set<String> CLOCK = Set.of("a.m.", "p.m.", "a.m", "p.m", "am", "pm", "gmt",
      "utc", "hrs", "h");
  /** Lower-case entries: any case matches. */
  private final Set<String> words;
  /** Capitalised entries (months, weekdays, holidays), lower-cased: only a capitalised token matches. */
  private final Set<String> names;

  private TemporalCues(Set<String> words, Set<String> names) {
    this.words = Set.copyOf(words);
    this.names = Set.copyOf(names);
  }

  /** The built-in list. */
  public static TemporalCues load() {
    Set<String> words = new HashSet<>();
    Set<String> names = new HashSet<>();
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
        if (!w.matches("[A-Za-z][a-z']*")) {
          throw new IllegalStateException(RESOURCE + ":" + n + ": not one word: '" + w + "'");
        }
        if (Character.isUpperCase(w.charAt(0))) {
          names.add(w.toLowerCase(Locale.ROOT));
        } else {
          words.add(w);
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
    }
    return new TemporalCues(words, names);
  }

  /** Whether any of the tokens (as written) may start or make up a time expression. */
  public boolean mayHoldTime(List<String> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      if (!hasDigit(token)) {
        if (cueWord(token)) {
          return true;
        }
      } else if (!PLAIN_NUMBER.matcher(token).matches()) {
        return true;
      } else if (Character.isDigit(token.charAt(token.length() - 1))
          && (i + 1 < tokens.size() && clockOrMonth(tokens.get(i + 1))
              || i > 0 && clockOrMonth(tokens.get(i - 1)))) {
        // A count beside a clock word or a month in any case is a time: "3 PM", "at 9 am",
        // "june 12" (lower case, which the cue list alone would not take).
        return true;
      }
    }
    return false;
  }

  private static boolean hasDigit(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (Character.isDigit(token.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private boolean clockOrMonth(String token) {
    String lower = token.toLowerCase(Locale.ROOT);
    String bare = lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    return CLOCK.contains(lower) || names.contains(bare);
  }

  /** A word of the cue list, also without a final period ("Sept.") or as a hyphen part ("three-year"). */
  private boolean cueWord(String token) {
    String t = token.endsWith(".") ? token.substring(0, token.length() - 1) : token;
    if (listed(t)) {
      return true;
    }
    if (t.indexOf('-') > 0) {
      for (String part : t.split("-")) {
        if (!part.isEmpty() && listed(part)) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean listed(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return words.contains(lower) || (names.contains(lower) && Character.isUpperCase(word.charAt(0)));
  }
}
