package org.dyad.coder.actor;

import java.util.List;
import java.util.Set;
import org.dyad.coder.lexicon.Lexicon;
import org.dyad.model.text.Token;

/**
 * Tells whether a country, demonym or capital found in a sentence names that actor or is only a
 * part of another name. Takes the sentence's tokens and the dictionary match; gives true for a
 * treaty or process named after a place ("the Minsk agreements"), a historical state ("Imperial
 * Japan"), or a body whose name goes on in capitals ("the Malta Maritime Authority", "China Daily")
 * that no dictionary codes; the resolver then does not code the match. Thread-safe.
 */
final class NameContext {
  /** Words after a place that make it part of a treaty's or process's name ("the Minsk agreements"). */
  private static final Set<String> NAMING_AFTER = Lexicon.DEFAULT.set("naming-after");
  /** Words before a country that make it a past state, not today's actor ("Imperial Japan"). */
  private static final Set<String> HISTORICAL = Lexicon.DEFAULT.set("historical-modifiers");

  private final ActorDictionary dictionary;

  NameContext(ActorDictionary dictionary) {
    this.dictionary = dictionary;
  }

  /**
   * True when a country, demonym or capital is only part of another name: a treaty or process
   * ("the Minsk agreements"), a historical state ("Imperial Japan"), or a body whose name goes on
   * in capitals ("the Malta Maritime Authority", "China Daily") that no dictionary codes.
   */
  boolean insideName(List<Token> tokens, PhraseMatcher.Match m) {
    if (m.begin() > 0 && HISTORICAL.contains(tokens.get(m.begin() - 1).word().toLowerCase())) {
      return true;
    }
    if (m.end() >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(m.end());
    ActorEntry e = m.entries().get(0);
    // "the Minsk agreements", "the Budapest Memorandum" name a document after a place; "the Russian
    // memorandum" is Russia's own
    if (e.kind() != ActorEntry.Kind.DEMONYM && NAMING_AFTER.contains(next.word().toLowerCase())) {
      return true;
    }
    if (e.kind() == ActorEntry.Kind.DEMONYM || !capitalName(next) || "PERSON".equals(next.ner())
        || dictionary.nameAt(tokens, m.end()) != null) {
      return false;
    }
    // "the Israel Defense Forces", "the Nigeria Police Force": a run of capitals ending in a body
    // that the sector terms know is the country's own body, not another name
    for (int j = m.end(); j < tokens.size() && capitalName(tokens.get(j)); j++) {
      if (startsSectorTerm(tokens, j)) {
        return false;
      }
    }
    return true;
  }

  private static boolean capitalName(Token t) {
    return t.pos().startsWith("NNP") && Character.isUpperCase(t.word().charAt(0));
  }

  private boolean startsSectorTerm(List<Token> tokens, int i) {
    for (PhraseMatcher.Match t : dictionary.matchSectorTerms(tokens.subList(i, Math.min(tokens.size(), i + 6)))) {
      if (t.begin() == 0) {
        return true;
      }
    }
    return false;
  }
}
