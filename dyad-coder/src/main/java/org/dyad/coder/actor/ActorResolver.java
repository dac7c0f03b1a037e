package org.dyad.coder.actor;

import org.dyad.coder.lexicon.Lexicon;
import org.dyad.coder.tree.SentenceTree;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.model.analysis.Actor;
import org.dyad.model.analysis.Span;
import org.dyad.model.text.EntityMention;
import org.dyad.model.text.ParsedDocument;
import org.dyad.model.text.Sentence;
import org.dyad.model.text.Token;

/**
 * Resolves every actor mention of a parsed article to a CAMEO-style actor: countries, capitals and
 * metonyms, nationality adjectives, named organisations, national bodies ("the Ukrainian
 * military"), and persons with the role the text or the office-holders file gives them.
 *
 * <p>Takes an {@link ActorDictionary}; gives actors in order of first mention with every mention
 * span. Persons named in full join later surname-only mentions, one-letter misspellings
 * ("Hegset") and leader descriptions ("the Russian leader", resolved through who held office on the
 * article's date). Stateless and thread-safe.
 */
public final class ActorResolver {
  private static final Set<String> PRONOUNS = Lexicon.DEFAULT.set("pronouns");
  /** The kind of a place named where something happened ("in Amman"): coded with its country. */
  public static final String PLACE = "PLACE";
  private static final Set<String> LOCATIVE = Lexicon.DEFAULT.set("actor-place-prepositions");

  private final ActorDictionary dictionary;
  private final PersonRoleReader roles;
  private final PersonKnowledge knowledge;
  private final NameContext names;

  /** Builds a resolver over a loaded dictionary. */
  public ActorResolver(ActorDictionary dictionary) {
    this.dictionary = dictionary;
    this.roles = new PersonRoleReader(dictionary);
    this.knowledge = new PersonKnowledge(dictionary);
    this.names = new NameContext(dictionary);
  }

  /** Resolves the actors of one parsed article. */
  public List<Actor> resolve(ParsedDocument doc) {
    List<ActorBuilder> persons = new ArrayList<>();
    Map<String, ActorBuilder> others = new LinkedHashMap<>();
    Map<Integer, List<EntityMention>> entities = new HashMap<>();
    for (EntityMention m : doc.entities()) {
      entities.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
    }
    List<Pending> pendingSingles = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      SentenceTree tree = new SentenceTree(s);
      List<EntityMention> ents = entities.getOrDefault(s.index(), List.of());
      boolean[] taken = new boolean[s.tokens().size()];
      List<Set<Integer>> titles = new ArrayList<>();
      for (EntityMention m : ents) {
        if (!m.type().equals("PERSON") || isPronoun(s, m)) {
          continue;
        }
        PersonRole role = roles.read(tree, m.tokenBegin(), m.tokenEnd());
        titles.add(role.tokens());
        mark(taken, m.tokenBegin(), m.tokenEnd());
        Span span = new Span(m.begin(), m.end());
        if (m.text().strip().contains(" ")) {
          addFullName(persons, m.text().strip(), span, role);
        } else {
          pendingSingles.add(new Pending(m.text().strip(), span, role));
        }
      }
      NationalBodies.collect(dictionary, s, ents, taken, titles, others);
      collectLeaderDescriptions(doc, s, taken, pendingSingles);
      collectNames(s, taken, others);
    }
    for (Pending p : pendingSingles) {
      addSingle(persons, p, doc);
    }
    joinUntaggedSurnames(doc, persons, others.values());
    String main = mainCountry(others.values());
    for (ActorBuilder p : persons) {
      knowledge.complete(p, doc.reference(), main);
    }
    LeaderGovernments.apply(doc.text(), persons, others, knowledge);
    List<ActorBuilder> all = new ArrayList<>(persons);
    all.addAll(others.values());
    all.sort(Comparator.comparingInt(ActorBuilder::first));
    List<Actor> out = new ArrayList<>();
    for (ActorBuilder b : all) {
      out.add(b.build("a" + (out.size() + 1)));
    }
    return out;
  }

  /**
   * The country an article is about when it names no other: a title with no country word can
   * only mean that one. With two or more countries named, guessing the most frequent one coded
   * foreign ministers and prime ministers as the wrong state, so none is given.
   */
  private static String mainCountry(java.util.Collection<ActorBuilder> others) {
    Set<String> countries = new java.util.HashSet<>();
    for (ActorBuilder b : others) {
      if (b.country != null) {
        countries.add(b.country);
      }
    }
    return countries.size() == 1 ? countries.iterator().next() : null;
  }

  /** A surname-only or description mention, joined after all full names are known. */
  private record Pending(String name, Span span, PersonRole role) {}

  private static boolean isPronoun(Sentence s, EntityMention m) {
    String w = m.text().strip().toLowerCase();
    return PRONOUNS.contains(w) || s.tokens().get(m.tokenBegin()).pos().startsWith("PRP");
  }

  private static void mark(boolean[] taken, int begin, int end) {
    for (int i = begin; i < end && i < taken.length; i++) {
      taken[i] = true;
    }
  }

  private void addFullName(List<ActorBuilder> persons, String name, Span span, PersonRole role) {
    String first = PersonNames.firstName(name);
    String surname = PersonNames.surname(name);
    for (ActorBuilder p : persons) {
      if (PersonNames.sameSurname(p.surname(), surname)
          && PersonNames.compatibleFirstNames(PersonNames.firstName(p.fullName), first)) {
        p.mentions.add(span);
        p.roles.add(role);
        return;
      }
    }
    ActorBuilder p = new ActorBuilder("PERSON", name);
    p.fullName = name;
    p.mentions.add(span);
    p.roles.add(role);
    persons.add(p);
  }

  private void addSingle(List<ActorBuilder> persons, Pending m, ParsedDocument doc) {
    for (ActorBuilder p : persons) {
      if (PersonNames.sameSurname(p.surname(), m.name())) {
        p.mentions.add(m.span());
        p.roles.add(m.role());
        return;
      }
    }
    ActorBuilder p = new ActorBuilder("PERSON", m.name());
    OfficeTerm known = knowledge.bySurname(m.name(), doc.reference());
    if (known != null) {
      p.name = known.name();
      p.fullName = known.name();
    }
    p.mentions.add(m.span());
    p.roles.add(m.role());
    persons.add(p);
  }

  /**
   * The NER misses many lone surnames ("Marsh later told reporters", a misspelt "Osterhom"): a
   * proper noun that is the surname of a person already named in full joins that person.
   */
  private static void joinUntaggedSurnames(ParsedDocument doc, List<ActorBuilder> persons,
                                           java.util.Collection<ActorBuilder> others) {
    List<ActorBuilder> named = persons.stream().filter(p -> p.fullName != null
        && p.fullName.contains(" ")).toList();
    if (named.isEmpty()) {
      return;
    }
    java.util.TreeSet<Span> used = new java.util.TreeSet<>();
    persons.forEach(p -> used.addAll(p.mentions));
    others.forEach(o -> used.addAll(o.mentions));
    for (Sentence s : doc.sentences()) {
      for (Token t : s.tokens()) {
        if (!t.pos().equals("NNP") || t.word().length() < 3 || covered(used, t)) {
          continue;
        }
        ActorBuilder match = null;
        for (ActorBuilder p : named) {
          if (PersonNames.sameSurname(p.surname(), t.word())) {
            if (match != null) {
              match = null; // two people fit: leave it
              break;
            }
            match = p;
          }
        }
        if (match != null) {
          match.mentions.add(new Span(t.begin(), t.end()));
        }
      }
    }
  }

  private static boolean covered(java.util.TreeSet<Span> used, Token t) {
    Span probe = new Span(t.begin(), t.end());
    Span before = used.floor(new Span(t.begin(), Integer.MAX_VALUE));
    return before != null && before.overlaps(probe);
  }

  /** Countries, demonyms, capitals, named organisations and parties not already taken. */
  private void collectNames(Sentence s, boolean[] taken, Map<String, ActorBuilder> others) {
    List<Token> tokens = s.tokens();
    for (PhraseMatcher.Match m : dictionary.matchNames(tokens)) {
      if (anyTaken(taken, m.begin(), m.end())) {
        continue;
      }
      ActorEntry e = m.entries().get(0);
      if (e.kind() == ActorEntry.Kind.CAPITAL && afterLocative(tokens, m.begin())) {
        // "talks in Moscow", "a curfew in Algiers": a place in that country, not the government
        // acting; an act done to the place is done to the country
        place(tokens, m, e, others);
        mark(taken, m.begin(), m.end());
        continue;
      }
      if (e.kind() == ActorEntry.Kind.PARTY) {
        continue; // party adjectives only colour a person's title
      }
      if (e.isCountry() && names.insideName(tokens, m)) {
        continue;
      }
      Span span = new Span(tokens.get(m.begin()).begin(), tokens.get(m.end() - 1).end());
      String kind = e.isCountry() && e.kind() != ActorEntry.Kind.CAPITAL ? "COUNTRY" : "ORGANIZATION";
      String key = e.actorCode() + "|" + (e.isCountry() ? "" : e.name());
      ActorBuilder b = others.computeIfAbsent(key, k -> {
        ActorBuilder n = new ActorBuilder(kind, e.kind() == ActorEntry.Kind.CAPITAL
            ? governmentName(e) : e.name());
        n.country = e.country();
        n.sectors = e.sectors();
        n.code = e.actorCode();
        n.basis = "dictionary " + e.source();
        return n;
      });
      b.mentions.add(span);
      mark(taken, m.begin(), m.end());
    }
    for (PhraseMatcher.Match m : dictionary.matchPlaces(tokens)) {
      // "shelled Kharkiv"? Only "in Kharkiv", a proper name where something happened
      if (!anyTaken(taken, m.begin(), m.end()) && afterLocative(tokens, m.begin())
          && tokens.get(m.begin()).pos().startsWith("NNP")) {
        place(tokens, m, m.entries().get(0), others);
        mark(taken, m.begin(), m.end());
      }
    }
  }

  /**
   * "in Moscow", "in mostly Christian eastern Beirut", "the outskirts of Kabul", "the town of
   * Samarra": a locative word, or "of" after a word for a part of a place, with only adjectives and
   * adverbs between.
   */
  private static boolean afterLocative(List<Token> tokens, int begin) {
    int j = begin - 1;
    while (j > 0 && tokens.get(j).pos().matches("JJ.*|RB.*")) {
      j--;
    }
    if (j < 0) {
      return false;
    }
    String w = tokens.get(j).word().toLowerCase();
    return LOCATIVE.contains(w)
        || w.equals("of") && j > 0 && PARTS_OF_PLACES.contains(tokens.get(j - 1).word().toLowerCase());
  }

  private static final Set<String> PARTS_OF_PLACES = Lexicon.DEFAULT.set("parts-of-places");

  /** A PLACE actor for a capital or place name after a locative preposition, coded with its country. */
  private static void place(List<Token> tokens, PhraseMatcher.Match m, ActorEntry capital,
                            Map<String, ActorBuilder> others) {
    Span span = new Span(tokens.get(m.begin()).begin(), tokens.get(m.end() - 1).end());
    StringBuilder name = new StringBuilder();
    for (int i = m.begin(); i < m.end(); i++) {
      name.append(i > m.begin() ? " " : "").append(tokens.get(i).word());
    }
    ActorBuilder b = others.computeIfAbsent(capital.country() + "|place:" + name, k -> {
      ActorBuilder n = new ActorBuilder(PLACE, name.toString());
      n.country = capital.country();
      n.code = capital.country();
      n.basis = "dictionary " + capital.source() + " (named as the place where something happened)";
      return n;
    });
    b.mentions.add(span);
  }

  private String governmentName(ActorEntry capital) {
    return "Government of " + capital.name();
  }

  /** "the Russian leader", "the US president": joined to whoever led that country on the date. */
  private void collectLeaderDescriptions(ParsedDocument doc, Sentence s, boolean[] taken,
                                         List<Pending> pending) {
    List<Token> tokens = s.tokens();
    for (PhraseMatcher.Match t : dictionary.matchSectorTerms(tokens)) {
      ActorEntry term = t.entries().get(0);
      if (!term.leader() || t.begin() == 0) {
        continue;
      }
      if (t.end() < tokens.size() && "PERSON".equals(tokens.get(t.end()).ner())) {
        continue; // a title before a name, already read as the person's role
      }
      // "the Russian leader", "Argentina's president"
      int before = t.begin();
      if (before > 1 && tokens.get(before - 1).word().matches("['\u2019]s?")) {
        before--;
      }
      PhraseMatcher.Match c = countryEndingAt(tokens, before);
      if (c == null || anyTaken(taken, c.begin(), t.end())) {
        continue;
      }
      String country = c.entries().get(0).country();
      OfficeTerm leader = knowledge.leader(country, term.name(), doc.reference());
      if (leader == null) {
        continue;
      }
      int from = c.begin() > 0 && tokens.get(c.begin() - 1).word().equalsIgnoreCase("the")
          ? c.begin() - 1 : c.begin();
      Span span = new Span(tokens.get(from).begin(), tokens.get(t.end() - 1).end());
      pending.add(new Pending(PersonNames.surname(leader.name()), span, PersonRole.NONE));
      mark(taken, c.begin(), t.end());
    }
  }

  private PhraseMatcher.Match countryEndingAt(List<Token> tokens, int end) {
    for (int start = Math.max(0, end - 3); start < end; start++) {
      PhraseMatcher.Match m = dictionary.nameAt(tokens, start);
      if (m != null && m.end() == end && m.entries().get(0).isCountry()) {
        return m;
      }
    }
    return null;
  }

  private static boolean anyTaken(boolean[] taken, int begin, int end) {
    for (int i = begin; i < end; i++) {
      if (taken[i]) {
        return true;
      }
    }
    return false;
  }
}
