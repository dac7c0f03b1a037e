package org.dyad.coder.actor;

import java.util.List;
import java.util.Set;

/**
 * What the text around one person mention says about that person.
 *
 * @param title   the title or apposition words ("US Secretary of Defense"), or {@code null}
 * @param country ISO alpha-3 the title gives, or {@code null}
 * @param sectors sectors the title gives, possibly empty
 * @param leader  true when the title means a head of state or government
 * @param basis   why: the matched term and country word with their dictionary rows
 * @param tokens  sentence token indexes that make up the title phrase
 * @param code    the whole code of an international organisation the title names ("UN
 *                Secretary-General" IGOUNO), which no country may replace; else {@code null}
 */
record PersonRole(String title, String country, List<String> sectors, boolean leader, String basis,
                  Set<Integer> tokens, String code) {
  static final PersonRole NONE = new PersonRole(null, null, List.of(), false, null, Set.of(), null);

  PersonRole(String title, String country, List<String> sectors, boolean leader, String basis,
             Set<Integer> tokens) {
    this(title, country, sectors, leader, basis, tokens, null);
  }
}
