package org.dyad.store.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * Turns what a user typed into the search box into a Lucene query over title, text and speaker, or
 * refuses it with a message that says what to change.
 *
 * <p>Takes Lucene's classic syntax and the analyser the index was built with; gives a {@link Query}.
 * Throws {@link IllegalArgumentException} (the API's 400) for a query that does not parse and for
 * one that would cost more than a search box should: longer than {@link #MAX_CHARS} characters,
 * expanding to more than Lucene's clause limit (1,024 terms, counted over the three fields), a
 * regular expression whose automaton Lucene would not build within its default effort limit, or a
 * fuzzy search that allows as many edits as the word has letters (which matches every short word
 * and which Lucene itself rejects with an unhelpful message about boosts).
 */
final class SearchQueryParser {
  /** The longest query accepted, in characters: far more than anyone types, far less than costs. */
  static final int MAX_CHARS = 2_000;

  private static final String[] FIELDS = {"title", "text", "speakerName"};

  private final Analyzer analyzer;

  SearchQueryParser(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** The query, or an {@link IllegalArgumentException} whose message starts with {@code q: }. */
  Query parse(String q) {
    if (q.length() > MAX_CHARS) {
      throw new IllegalArgumentException("q: the query has " + q.length() + " characters; a search takes at"
          + " most " + MAX_CHARS);
    }
    try {
      return new Checked(analyzer).parse(q);
    } catch (ParseException e) {
      // The cause says it better when it is one of the refusals below (Lucene wraps them).
      if (e.getCause() instanceof IndexSearcher.TooManyClauses) {
        throw tooMany();
      }
      if (e.getCause() instanceof TooComplexToDeterminizeException) {
        throw tooComplex();
      }
      if (e.getCause() instanceof FuzzyRefusal refusal) {
        throw new IllegalArgumentException("q: " + refusal.getMessage());
      }
      throw new IllegalArgumentException("q: cannot parse '" + q + "' (" + detail(e, q) + ")");
    } catch (IndexSearcher.TooManyClauses e) {
      throw tooMany();
    } catch (TooComplexToDeterminizeException e) {
      throw tooComplex();
    } catch (IllegalArgumentException e) {
      // Lucene's RegExp refuses a malformed /regular expression/ (an unbalanced ")") this way, past
      // the parser's own ParseException; found by fuzzing.
      throw new IllegalArgumentException("q: cannot parse '" + q + "' (" + e.getMessage()
          + (q.indexOf('/') >= 0 ? "; a search between slashes is a regular expression and must be valid"
              : "") + ")");
    }
  }

  /** The refusal for a query that expands past Lucene's clause limit, at parsing or at search time. */
  static IllegalArgumentException tooMany() {
    return new IllegalArgumentException("q: too many words or expanded terms to search at once (at most "
        + IndexSearcher.getMaxClauseCount() + " terms over title, text and speaker, about "
        + IndexSearcher.getMaxClauseCount() / FIELDS.length + " words); use fewer words");
  }

  private static IllegalArgumentException tooComplex() {
    return new IllegalArgumentException("q: the regular expression is too complex to search; use a simpler"
        + " one (fewer alternatives and repetitions) or plain words");
  }

  /** Lucene's parse messages repeat the query and run on; its first line after the query says enough. */
  private static String detail(Exception e, String q) {
    String m = String.valueOf(e.getMessage());
    String repeat = "Cannot parse '" + q + "': ";
    if (m.startsWith(repeat)) {
      m = m.substring(repeat.length());
    }
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  /** A fuzzy term refused by {@link Checked}; its message is for the user as it stands. */
  private static final class FuzzyRefusal extends ParseException {
    FuzzyRefusal(String message) {
      super(message);
    }
  }

  /** Lucene's parser with the fuzzy check; a new one per query, since the parser keeps state. */
  private static final class Checked extends MultiFieldQueryParser {
    Checked(Analyzer analyzer) {
      super(FIELDS, analyzer);
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
      int letters = termStr.codePointCount(0, termStr.length());
      int edits = FuzzyQuery.floatToEdits(minSimilarity, letters);
      if (edits >= letters) {
        throw new FuzzyRefusal("a fuzzy search allows " + edits + " edits to '" + termStr + "', which has"
            + " only " + letters + (letters == 1 ? " letter" : " letters") + ", so it would match every short word;"
            + " in " + termStr + "~" + edits + " use fewer edits (" + termStr + "~" + Math.max(0, letters - 1)
            + ") or a longer word");
      }
      return super.getFuzzyQuery(field, termStr, minSimilarity);
    }
  }
}
