package org.dyad.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts the page furniture that copy-pasted or scraped articles drag along at their end: comment forms
 * ("Leave a Reply", "Your email address will not be published"), share buttons, "Related articles",
 * cookie and newsletter notices.
 *
 * <p>Takes text with {@code \n} line endings; gives it cut before the first boilerplate line, right
 * ends stripped. The cut is at a boilerplate line that starts in the last 15% of the text, or after
 * which everything is boilerplate or blank, moved up over any boilerplate or blank lines right
 * above it; so a line like "Share this" inside the story is safe. The first line is never cut. The patterns match whole lines, case-insensitively, and are kept
 * general on purpose: site-specific rules belong in site-specific code. Stateless and thread-safe.
 */
public final class BoilerplateTrimmer {
  /** Where the tail starts, as a share of the text's length. */
  private static final double TAIL_START = 0.85;

  private static final List<Pattern> LINES = List.of(
      // Comment forms (WordPress and similar).
      p("(leave|post|add|write) a (reply|comment|response)( to [^.,;:!?\"]{1,60})?"),
      p("\\d*\\s*(comments?|responses?|replies)( \\(\\d+\\))?:?"),
      p("your email address will not be published\\.?.*"),
      p("required fields are marked.*"),
      p("(you must be )?(logged in|log in|sign in) to (post a )?comment.*"),
      p("(comment|name|e-?mail|website)\\s*\\*?:?"),
      p("save my name, email, and website.*"),
      p("(notify me of|post comment|cancel reply|submit comment).*"),
      // Share buttons.
      p("(share|tweet|email|print|pin)( this)?( (article|story|post|page))?( on| via| to)?"
          + "( (facebook|twitter|x|linkedin|whatsapp|telegram|reddit|email|pinterest))*:?"),
      p("(share|like) (this|it):?"),
      p("(click to share|share on) .*"),
      // Link lists.
      p("(related|recommended|similar|more) (articles|posts|stories|news|reading|coverage)( :)?:?"),
      p("(read|see) (also|more)( :)?:?"),
      p("you (may|might) (also )?(like|be interested in):?"),
      // Notices.
      p("(this (web)?site|we) uses? cookies.*"),
      p("(accept|reject|manage)( all)? cookies.*"),
      p("cookie (policy|settings|preferences).*"),
      p("(sign up|subscribe) (for|to) (our|the) newsletter.*"),
      p("(subscribe|sign up) (to|for) (our|the) (mailing list|daily briefing|updates).*"));

  private BoilerplateTrimmer() {
  }

  private static Pattern p(String regex) {
    return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** Whether a single line, trimmed, is a known boilerplate line. */
  public static boolean isBoilerplateLine(String line) {
    String s = line.strip();
    if (s.isEmpty() || s.length() > 160) {
      return false;
    }
    for (Pattern pattern : LINES) {
      if (pattern.matcher(s).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Cuts boilerplate from the end of a text.
   *
   * @param text text with {@code \n} line endings
   * @return the text before the boilerplate tail, trailing whitespace stripped; the input stripped at
   *         its end when there is none
   */
  public static String trim(String text) {
    String[] lines = text.split("\n", -1);
    int[] starts = new int[lines.length];
    for (int i = 0, pos = 0; i < lines.length; i++) {
      starts[i] = pos;
      pos += lines[i].length() + 1;
    }
    boolean[] boiler = new boolean[lines.length];
    for (int i = 0; i < lines.length; i++) {
      boiler[i] = isBoilerplateLine(lines[i]);
    }
    // onlyBoilerAfter[i]: every non-blank line from i to the end is boilerplate.
    boolean[] onlyBoilerAfter = new boolean[lines.length + 1];
    onlyBoilerAfter[lines.length] = true;
    for (int i = lines.length - 1; i >= 0; i--) {
      onlyBoilerAfter[i] = onlyBoilerAfter[i + 1] && (boiler[i] || lines[i].isBlank());
    }
    int firstContent = 0;
    while (firstContent < lines.length && lines[firstContent].isBlank()) {
      firstContent++;
    }
    for (int i = firstContent + 1; i < lines.length; i++) {
      if (boiler[i] && (starts[i] >= TAIL_START * text.length() || onlyBoilerAfter[i])) {
        // Take along the furniture right above the cut ("Share this" buttons over "Related").
        int cut = i;
        while (cut - 1 > firstContent && (boiler[cut - 1] || lines[cut - 1].isBlank())) {
          cut--;
        }
        return text.substring(0, starts[cut]).stripTrailing();
      }
    }
    return text.stripTrailing();
  }
}
