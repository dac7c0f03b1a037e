package org.dyad.coder.actor;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.coder.lexicon.Lexicon;
import org.dyad.model.analysis.Span;
import org.dyad.model.text.EntityMention;
import org.dyad.model.text.Sentence;
import org.dyad.model.text.Token;

/**
 * Finds bodies and groups coded from their parts: a country word and a sector noun ("the Ukrainian
 * military" UKRMIL, "British Ministry of Defense" GBRGOV, "Armed Forces of Ukraine" UKRMIL, an
 * unnamed "Greek journalist" GRCMED), and
 * organisations the NER found that no dictionary names ("Institute of ... of the Russian Academy of
 * Sciences" RUSEDU). Package-private step of {@link ActorResolver}.
 */
final class NationalBodies {
  private static final Set<String> NOT_HOME = Lexicon.DEFAULT.set("body-foreign-prepositions");

  private NationalBodies() {}

  static void collect(ActorDictionary dictionary, Sentence s, List<EntityMention> ents,
                      boolean[] taken, List<Set<Integer>> titles, Map<String, ActorBuilder> out) {
    List<Token> tokens = s.tokens();
    for (EntityMention m : ents) {
      if (m.type().equals("ORGANIZATION") && free(taken, m.tokenBegin(), m.tokenEnd())
          && !inTitle(titles, m.tokenBegin(), m.tokenEnd())) {
        organization(dictionary, tokens, m.tokenBegin(), m.tokenEnd(), taken, out);
      }
    }
    for (PhraseMatcher.Match c : dictionary.matchNames(tokens)) {
      ActorEntry country = c.entries().get(0);
      if (!free(taken, c.begin(), c.end()) || inTitle(titles, c.begin(), c.end()) || !country.isCountry()) {
        continue;
      }
      if (groupBefore(dictionary, tokens, c, country, taken, out)) {
        continue;
      }
      if (country.kind() == ActorEntry.Kind.CAPITAL) {
        continue;
      }
      int i = c.end();
      if (i < tokens.size() && tokens.get(i).word().matches("['\u2019]s?")) {
        i++;
      }
      if (i + 1 < tokens.size() && tokens.get(i).word().equals("-")
          && tokens.get(i + 1).word().equalsIgnoreCase("led")) {
        i += 2; // "Saudi-led forces", "Vietnamese-led troops": the forces of the country that leads them
      }
      PhraseMatcher.Match body = bodyAt(dictionary, tokens, i);
      if (body == null && i + 1 < tokens.size() && tokens.get(i).pos().matches("JJ.*|NN|VBN")) {
        body = bodyAt(dictionary, tokens, i + 1);
      }
      if (body != null && free(taken, body.begin(), body.end())) {
        add(tokens, c.begin(), body.end(), country, body.entries().get(0), taken, out);
        continue;
      }
    }
    bareGroups(dictionary, tokens, taken, titles, out);
  }

  private static final Set<String> LOCATING = Lexicon.DEFAULT.set("body-locating-prepositions");

  /**
   * "the Armed Forces of Ukraine", "rebels in the Ivory Coast", "demonstrators in Baghdad": a body
   * or group, a locating preposition, optional "the", then the country or capital.
   */
  private static boolean groupBefore(ActorDictionary dictionary, List<Token> tokens, PhraseMatcher.Match c,
                                     ActorEntry country, boolean[] taken, Map<String, ActorBuilder> out) {
    int j = c.begin() - 1;
    if (j >= 1 && tokens.get(j).word().equalsIgnoreCase("the")) {
      j--;
    }
    if (j < 1 || !LOCATING.contains(tokens.get(j).word().toLowerCase())) {
      return false;
    }
    boolean of = tokens.get(j).word().equalsIgnoreCase("of");
    for (int start = Math.max(0, j - 3); start < j; start++) {
      PhraseMatcher.Match b = bodyAt(dictionary, tokens, start);
      if (b != null && b.end() == j && free(taken, b.begin(), b.end())) {
        ActorEntry.Kind kind = b.entries().get(0).kind();
        // "of" makes a body national ("Ministry of Defence of Russia"); any locating word
        // places a group ("refugees from Syria", "police in Kenya")
        if (kind == ActorEntry.Kind.GROUP || (of && kind == ActorEntry.Kind.BODY)
            || (!of && kind == ActorEntry.Kind.BODY && country.kind() != ActorEntry.Kind.CAPITAL)) {
          ActorEntry home = new ActorEntry(ActorEntry.Kind.COUNTRY, country.name(), country.country(),
              List.of(), null, false, country.source());
          add(tokens, b.begin(), c.end(), home, b.entries().get(0), taken, out);
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Plural groups with no country word ("rebels", "protesters", "students") are still actors,
   * coded by sector alone, so events they take part in are not lost.
   */
  private static void bareGroups(ActorDictionary dictionary, List<Token> tokens, boolean[] taken,
                                 List<Set<Integer>> titles, Map<String, ActorBuilder> out) {
    List<PhraseMatcher.Match> names = dictionary.matchNames(tokens);
    for (PhraseMatcher.Match m : dictionary.matchSectorTerms(tokens)) {
      ActorEntry e = m.entries().get(0);
      // "Forces" of "the Israel Defense Forces" is left to the name, which the dictionary codes whole
      // (a name the NER took part of, "Obama administration" with "Obama" a person, does not count)
      boolean inName = names.stream().anyMatch(n -> n.begin() <= m.begin() && n.end() >= m.end()
          && n.end() - n.begin() > m.end() - m.begin() && free(taken, n.begin(), n.end()));
      // "the police", "the army": a body with no country word is still an actor, without a country;
      // not when it only modifies another noun ("police station", "army base")
      boolean body = e.kind() == ActorEntry.Kind.BODY
          && (m.end() >= tokens.size() || !tokens.get(m.end()).pos().startsWith("NN"));
      if ((e.kind() == ActorEntry.Kind.GROUP || body) && !inName && free(taken, m.begin(), m.end())
          && !inTitle(titles, m.begin(), m.end()) && tokens.get(m.end() - 1).pos().startsWith("NN")) {
        add(tokens, m.begin(), m.end(), null, e, taken, out);
      }
    }
  }

  private static PhraseMatcher.Match bodyAt(ActorDictionary dictionary, List<Token> tokens, int i) {
    if (i >= tokens.size()) {
      return null;
    }
    List<PhraseMatcher.Match> ms = dictionary.matchSectorTerms(tokens.subList(i, tokens.size()));
    if (ms.isEmpty() || ms.get(0).begin() != 0) {
      return null;
    }
    PhraseMatcher.Match m = ms.get(0);
    ActorEntry e = m.entries().get(0);
    if (e.kind() == ActorEntry.Kind.TITLE && (e.leader() || i + m.end() < tokens.size()
        && "PERSON".equals(tokens.get(i + m.end()).ner()))) {
      return null; // a title before a name is that person's; "the Chinese leader" is a person
    }
    return new PhraseMatcher.Match(i + m.begin(), i + m.end(), m.entries());
  }

  private static void organization(ActorDictionary dictionary, List<Token> tokens, int begin, int end,
                                   boolean[] taken, Map<String, ActorBuilder> out) {
    List<Token> span = tokens.subList(begin, end);
    List<PhraseMatcher.Match> names = dictionary.matchNames(span);
    if (names.size() == 1 && names.get(0).begin() == 0 && names.get(0).end() == span.size()) {
      return; // a dictionary organisation or country: named as such later
    }
    ActorEntry country = null;
    int from = begin;
    int gap = begin > 1 && tokens.get(begin - 1).word().matches("['\u2019]s?") ? 1 : 0;
    for (int start = Math.max(0, begin - gap - 3); start < begin - gap && country == null; start++) {
      PhraseMatcher.Match before = dictionary.nameAt(tokens, start);
      if (before != null && before.end() == begin - gap && before.entries().get(0).isCountry()) {
        country = before.entries().get(0); // "British Ministry of Defense", "Israel's Cabinet"
        from = start;
      }
    }
    ActorEntry inner = null;
    for (PhraseMatcher.Match n : names) {
      ActorEntry e = n.entries().get(0);
      boolean away = n.begin() > 0 && NOT_HOME.contains(span.get(n.begin() - 1).word().toLowerCase());
      if (e.country() != null && !away && from == begin) {
        country = e;
      }
      if (e.kind() == ActorEntry.Kind.ORGANIZATION) {
        inner = e;
      }
    }
    ActorEntry sector = null;
    for (PhraseMatcher.Match t : dictionary.matchSectorTerms(span)) {
      if (t.entries().get(0).kind() != ActorEntry.Kind.TITLE) {
        sector = t.entries().get(0);
        break;
      }
    }
    if (sector == null && inner != null) {
      return; // "NATO Council": the dictionary organisation inside stands for it
    }
    if (sector == null) {
      if (country == null && inner == null) {
        named(tokens, begin, end, taken, out);
      }
      return; // nothing more to code it with
    }
    add(tokens, from, end, country, sector, taken, out);
  }

  /**
   * "The ACLU sued the FBI", "Siemens was fined": a named organisation the dictionaries do not know
   * is still an actor, with its name and no code, as an unknown person is; events keep who did it.
   */
  private static void named(List<Token> tokens, int begin, int end, boolean[] taken, Map<String, ActorBuilder> out) {
    int first = begin;
    while (first < end && !Character.isUpperCase(tokens.get(first).word().charAt(0))) {
      first++; // "the", "a"
    }
    if (first >= end) {
      return;
    }
    String text = textOf(tokens, first, end);
    ActorBuilder b = out.computeIfAbsent(text + "|named", k -> {
      ActorBuilder n = new ActorBuilder("ORGANIZATION", text);
      n.sectors = List.of();
      n.basis = "a named organisation (entity tag) that no dictionary codes";
      return n;
    });
    b.mentions.add(new Span(tokens.get(first).begin(), tokens.get(end - 1).end()));
    for (int i = first; i < end; i++) {
      taken[i] = true;
    }
  }

  private static void add(List<Token> tokens, int begin, int end, ActorEntry country, ActorEntry sector,
                          boolean[] taken, Map<String, ActorBuilder> out) {
    String iso = country == null ? null : country.country();
    String code = ActorCodes.compose(iso, sector.sectors());
    String text = textOf(tokens, begin, end);
    ActorBuilder b = out.computeIfAbsent(code + "|body", k -> {
      ActorBuilder n = new ActorBuilder("ORGANIZATION", text);
      n.country = iso;
      n.sectors = sector.sectors();
      n.code = code;
      n.basis = "text '" + sector.name() + "' (" + sector.source() + ")"
          + (country == null ? "" : " '" + country.name() + "' (" + country.source() + ")");
      return n;
    });
    b.mentions.add(new Span(tokens.get(begin).begin(), tokens.get(end - 1).end()));
    for (int i = begin; i < end; i++) {
      taken[i] = true;
    }
  }

  static String textOf(List<Token> tokens, int begin, int end) {
    StringBuilder b = new StringBuilder();
    for (int i = begin; i < end; i++) {
      if (i > begin && tokens.get(i).begin() > tokens.get(i - 1).end()) {
        b.append(' ');
      }
      b.append(tokens.get(i).word());
    }
    return b.toString();
  }

  private static boolean free(boolean[] taken, int begin, int end) {
    for (int i = begin; i < end; i++) {
      if (taken[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean inTitle(List<Set<Integer>> titles, int begin, int end) {
    for (Set<Integer> t : titles) {
      for (int i = begin; i < end; i++) {
        if (t.contains(i)) {
          return true;
        }
      }
    }
    return false;
  }
}
