package org.dyad.coder.actor;

import org.dyad.coder.lexicon.Lexicon;
import org.dyad.coder.tree.SentenceTree;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.dyad.model.text.Token;

/**
 * Reads a person's role from the words around the name: pre-name titles ("German Defense Minister
 * Boris Pistorius", "Republican Senator John Wicker") and appositions on either side ("the US
 * Ambassador to Turkey, Tom Barrack", "Vladimir Batyuk, head of the ... Russian Academy of
 * Sciences").
 *
 * <p>The title phrase comes from the dependency parse (compound and amod modifiers of the name,
 * appos partners); the sector from the title term (a title beats an organisation noun), the country
 * from a country word before the title, else the last one after it, never from "to X" (an
 * ambassador to Turkey is not Turkish), with a party adjective ("Republican") as the last resort.
 */
final class PersonRoleReader {
  private static final Set<String> MODIFIERS = Set.of("compound", "amod", "flat", "nmod:poss");
  private static final Set<String> PARTNER_SKIP = Set.of("conj", "cc", "punct", "appos", "acl",
      "acl:relcl", "parataxis", "dep", "nsubj", "obj", "advcl", "ccomp", "xcomp");
  private static final Set<String> INNER_SKIP = Set.of("punct", "acl:relcl", "parataxis", "appos");
  private static final Set<String> NOT_HOME = Lexicon.DEFAULT.set("role-foreign-prepositions");
  /** Titles that qualify the office after them rather than name one ("deputy" alone is an MP). */
  private static final Set<String> MODIFIER_TITLES = Lexicon.DEFAULT.set("modifier-titles");
  private static final Set<String> TITLE_NER = Set.of("TITLE", "NATIONALITY", "COUNTRY", "IDEOLOGY");

  private final ActorDictionary dictionary;

  PersonRoleReader(ActorDictionary dictionary) {
    this.dictionary = dictionary;
  }

  /** Reads the role of the person named by tokens {@code [begin, end)} of the sentence. */
  PersonRole read(SentenceTree tree, int begin, int end) {
    Set<Integer> phrase = titlePhrase(tree, begin, end);
    if (phrase.isEmpty()) {
      return PersonRole.NONE;
    }
    List<Token> all = tree.sentence().tokens();
    List<Token> words = new ArrayList<>();
    for (int i : phrase) {
      words.add(all.get(i));
    }
    ActorEntry term = null;
    int termAt = -1;
    ActorEntry body = null;
    for (PhraseMatcher.Match m : dictionary.matchSectorTerms(words)) {
      ActorEntry e = m.entries().get(0);
      if (e.kind() == ActorEntry.Kind.TITLE && (term == null || MODIFIER_TITLES.contains(term.name()))) {
        // "deputy head of the foreign ministry's department": the office after "deputy" is the role
        term = e;
        termAt = termAt < 0 ? m.begin() : termAt;
      } else if (e.kind() != ActorEntry.Kind.TITLE) {
        body = e;
      }
    }
    if (term != null && MODIFIER_TITLES.contains(term.name()) && body != null) {
      term = null; // "deputy director of the Foreign Ministry": the body, not a legislator
    }
    // Country: a country word before the title ("US Secretary"), else the last one after it
    // ("President of the Russian Federation", "... Institute of the USA and Canada of the Russian
    // Academy of Sciences": the outermost body), never "to X"; a party adjective as a last resort.
    ActorEntry countryBefore = null;
    ActorEntry countryAfter = null;
    ActorEntry party = null;
    ActorEntry organization = null;
    for (PhraseMatcher.Match m : dictionary.matchNames(words)) {
      ActorEntry e = m.entries().get(0);
      if (m.begin() > 0 && NOT_HOME.contains(words.get(m.begin() - 1).word().toLowerCase())) {
        continue;
      }
      if (e.kind() == ActorEntry.Kind.PARTY) {
        party = e;
      } else if (e.country() != null) {
        if (termAt >= 0 && m.begin() < termAt) {
          countryBefore = countryBefore == null ? e : countryBefore;
        } else {
          countryAfter = e;
        }
      }
      if (e.kind() == ActorEntry.Kind.ORGANIZATION) {
        organization = e;
      }
    }
    if (organization != null && organization.country() == null && organization.code() != null
        && countryBefore == null) {
      // "UN Secretary-General", "NATO Secretary General", "head of the IMF": the organisation is the
      // actor's whole code; neither a country later in the phrase nor the article's may replace it
      String basis = "text '" + organization.name() + "' (" + organization.source() + ")";
      return new PersonRole(text(words), null, organization.sectors(), false, basis, phrase,
          organization.actorCode());
    }
    ActorEntry home = countryBefore != null ? countryBefore : countryAfter != null ? countryAfter : party;
    List<String> sectors = term != null ? term.sectors()
        : body != null ? body.sectors()
        : organization != null ? organization.sectors() : List.of();
    if (home == null && term == null && body == null && organization == null) {
      return PersonRole.NONE;
    }
    StringBuilder basis = new StringBuilder("text");
    ActorEntry sectorFrom = term != null ? term : body != null ? body : organization;
    if (sectorFrom != null) {
      basis.append(" '").append(sectorFrom.name()).append("' (").append(sectorFrom.source()).append(")");
    }
    if (home != null) {
      basis.append(" '").append(home.name()).append("' (").append(home.source()).append(")");
    }
    return new PersonRole(text(words), home == null ? null : home.country(), sectors,
        term != null && term.leader(), basis.toString(), phrase);
  }

  private Set<Integer> titlePhrase(SentenceTree tree, int begin, int end) {
    Set<Integer> out = new TreeSet<>();
    if (tree.parsed()) {
      for (int k = begin; k < end; k++) {
        for (int c : tree.children(k)) {
          if (c < begin && MODIFIERS.contains(tree.relation(c))) {
            out.addAll(phrase(tree, c));
          } else if ((c < begin || c >= end) && tree.relation(c).equals("appos")
              || c >= end && tree.relation(c).equals("nmod") && tree.caseWord(c).equals("of")) {
            // "King Hassan of Morocco", "Ashton of the EU": the body or country the person is of
            out.addAll(phrase(tree, c));
          }
        }
      }
      int h = tree.headOf(begin, end);
      int g = tree.head(h);
      if (g >= 0 && tree.relation(h).equals("appos")) {
        out.addAll(phrase(tree, g));
      }
      for (int k = begin; k < end; k++) {
        out.remove(k);
      }
      // "King Hassan", "Queen Rania": the NER took the title into the name
      List<Token> tokens = tree.sentence().tokens();
      for (int k = begin; k < end - 1 && isTitle(tokens.get(k)); k++) {
        out.add(k);
      }
    }
    if (out.isEmpty()) {
      // No parse, or the parser attached nothing: take title-like words right before the name.
      List<Token> tokens = tree.sentence().tokens();
      for (int i = begin - 1; i >= 0 && TITLE_NER.contains(tokens.get(i).ner()); i--) {
        out.add(i);
      }
    }
    return out;
  }

  /**
   * The title phrase headed by {@code head}: its own clauses, conjoined titles and appositions stay
   * out ("the President of Ukraine, Zelensky, and the President of Russia, Putin"), but below the
   * head everything counts, so "... of the USA and Canada of the Russian Academy" keeps its end.
   */
  private static Set<Integer> phrase(SentenceTree tree, int head) {
    Set<Integer> out = new TreeSet<>();
    out.add(head);
    for (int c : tree.children(head)) {
      if (!PARTNER_SKIP.contains(tree.relation(c))) {
        out.addAll(tree.subtree(c, INNER_SKIP));
      }
    }
    return out;
  }

  private boolean isTitle(Token t) {
    return dictionary.matchSectorTerms(List.of(t)).stream()
        .anyMatch(m -> m.entries().get(0).kind() == ActorEntry.Kind.TITLE);
  }

  private static String text(List<Token> words) {
    StringBuilder b = new StringBuilder();
    Token prev = null;
    for (Token t : words) {
      if (prev != null) {
        b.append(t.begin() > prev.end() ? " " : "");
      }
      b.append(t.word());
      prev = t;
    }
    String s = b.toString().strip();
    return s.replaceFirst("^(?i)(both|and|the)\\s+", "").replaceFirst("^(?i)the\\s+", "");
  }
}
