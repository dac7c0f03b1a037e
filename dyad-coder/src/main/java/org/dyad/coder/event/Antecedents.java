package org.dyad.coder.event;

import java.util.List;
import java.util.Set;
import org.dyad.coder.lexicon.Lexicon;
import org.dyad.coder.tree.SentenceTree;
import org.dyad.model.analysis.Actor;
import org.dyad.model.analysis.Span;
import org.dyad.model.text.ParsedDocument;
import org.dyad.model.text.Sentence;
import org.dyad.model.text.Token;

/**
 * What a pronoun stands for: "he"/"she" the nearest earlier person, "it"/"they" the nearest earlier
 * country or organisation, within the three sentences before; the subject of the reporting clause
 * first where the pronoun is the subject of what was reported ({@link ReportingSubject}); and "his
 * country" that person's country.
 *
 * <p>Takes the document and its resolved actors; gives {@link MentionIndex.Ref}s marked as reached
 * through a pronoun. Part of {@link MentionIndex}; immutable.
 */
final class Antecedents {
  private static final Set<String> PERSONAL = Lexicon.DEFAULT.set("personal-pronouns");
  private static final Set<String> COUNTRY_NOUNS = Lexicon.DEFAULT.set("country-nouns");

  private final ParsedDocument doc;
  private final List<Actor> actors;

  Antecedents(ParsedDocument doc, List<Actor> actors) {
    this.doc = doc;
    this.actors = actors;
  }

  /** The actor the pronoun at {@code token} stands for, or {@code null}. */
  MentionIndex.Ref pronoun(SentenceTree tree, int token, MentionIndex index) {
    Token t = tree.token(token);
    boolean person = PERSONAL.contains(t.word().toLowerCase());
    int reporter = ReportingSubject.of(tree, token);
    Actor a = reporter < 0 ? null : index.at(tree.sentence().index(), reporter);
    if (a == null || person != a.kind().equals("PERSON")) {
      a = nearestBefore(t.begin(), person);
    }
    return a == null ? null : new MentionIndex.Ref(a, t.word(), true);
  }

  /**
   * "his country", "their government": the country of whoever the possessive pronoun stands for, or
   * the person where the article never names that country; {@code null} for other words.
   */
  MentionIndex.Ref ownersCountry(SentenceTree tree, int token) {
    Token t = tree.token(token);
    if (!COUNTRY_NOUNS.contains(t.lemma() == null ? t.word().toLowerCase() : t.lemma().toLowerCase())) {
      return null;
    }
    for (int c : tree.children(token)) {
      Token m = tree.token(c);
      if (tree.relation(c).equals("nmod:poss") && m.pos().startsWith("PRP")) {
        Actor person = nearestBefore(m.begin(), PERSONAL.contains(m.word().toLowerCase()));
        Actor country = person == null ? null : countryOf(person);
        if (country != null) {
          return new MentionIndex.Ref(country, m.word() + " " + t.word(), true);
        }
        if (person != null && person.country() != null) {
          // the article never names the country itself: the person speaks for it
          return new MentionIndex.Ref(person, m.word() + " " + t.word(), true);
        }
      }
    }
    return null;
  }

  /** The nearest actor mentioned before an offset, within the three sentences before it. */
  private Actor nearestBefore(int offset, boolean person) {
    Sentence here = doc.sentenceAt(offset);
    int floor = here == null ? 0 : doc.sentences().get(Math.max(0, here.index() - 3)).begin();
    Actor best = null;
    int bestEnd = -1;
    for (Actor a : actors) {
      if (person != a.kind().equals("PERSON")) {
        continue;
      }
      for (Span s : a.mentions()) {
        if (s.end() <= offset && s.begin() >= floor && s.end() > bestEnd) {
          best = a;
          bestEnd = s.end();
        }
      }
    }
    return best;
  }

  private Actor countryOf(Actor person) {
    if (person.country() == null) {
      return null;
    }
    for (Actor a : actors) {
      if (a.kind().equals("COUNTRY") && person.country().equals(a.country())) {
        return a;
      }
    }
    return null;
  }
}
