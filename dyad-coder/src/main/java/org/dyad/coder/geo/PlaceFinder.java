package org.dyad.coder.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.coder.lexicon.Lexicon;
import org.dyad.model.analysis.Location;
import org.dyad.model.analysis.Span;
import org.dyad.model.text.ParsedDocument;
import org.dyad.model.text.Sentence;
import org.dyad.model.text.Token;

/**
 * Finds the place names of a parsed article: the longest runs of capitalised words the gazetteer
 * knows, kept when the named-entity tagger calls them a location, when a hand-kept table names
 * them, or when they follow a locative word ("in", "near", "outside"). A run the tagger gives to a
 * person or an organisation ("the Sinaloa Cartel") is no place. Thread-safe.
 */
public final class PlaceFinder {
  /** Words after which a name is where something happened (the "in/near/at/on/outside/over"). */
  static final Set<String> LOCATIVE = Lexicon.DEFAULT.set("place-prepositions");
  private static final Set<String> PLACE_TAGS = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");
  // Between a locative word and the name: determiners, adjectives, common nouns, "of", possessives,
  // numbers and commas ("in the northern town of", "in Mexico's", "near the border city of").
  private static final Set<String> PHRASE_TAGS = Set.of("DT", "JJ", "JJR", "JJS", "NN", "NNS", "IN", "POS", "CD",
      ",", "NNP", "HYPH", "CC");
  private static final int PHRASE_REACH = 7;
  // Words of going somewhere: their "to" names where the act took place.
  private static final Set<String> MOTION = Lexicon.DEFAULT.set("motion-words");
  private static final long BIG_PLACE = 100_000;
  // Common nouns a place phrase crosses: "in the northern border town of", "near the port of".
  private static final Set<String> PLACE_NOUNS = Lexicon.DEFAULT.set("place-nouns");
  // Capitalised words that make a place name part of an organisation's name after it.
  private static final Set<String> ORGANISATION_HEADS = Lexicon.DEFAULT.set("organisation-heads");
  /** The {@link PlaceMention#locative()} of a dateline's place. */
  public static final String DATELINE = Location.DATELINE;
  private final Gazetteer gazetteer;

  /** Finds names of this gazetteer. */
  public PlaceFinder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** Every place mention of the document, in text order. */
  public List<PlaceMention> find(ParsedDocument doc) {
    List<PlaceMention> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      find(doc.text(), s, out);
    }
    return out;
  }

  private void find(String text, Sentence s, List<PlaceMention> out) {
    List<Token> tokens = s.tokens();
    int i = 0;
    while (i < tokens.size()) {
      PlaceMention m = startingAt(text, s, i);
      if (m == null) {
        i++;
      } else {
        out.add(m);
        i = m.tokenEnd();
      }
    }
  }

  private PlaceMention startingAt(String text, Sentence s, int i) {
    List<Token> tokens = s.tokens();
    if (!capitalised(tokens.get(i).word())) {
      return null;
    }
    int longest = Math.min(tokens.size() - i, gazetteer.maxTokens());
    for (int n = longest; n >= 1; n--) {
      Token last = tokens.get(i + n - 1);
      if (!capitalised(last.word()) && !last.word().equals(".")) {
        continue;
      }
      String key = PlaceNames.key(text.substring(tokens.get(i).begin(), last.end()));
      List<Gazetteer.Candidate> candidates = gazetteer.candidates(key);
      if (candidates.isEmpty()) {
        continue;
      }
      String locative = dateline(s, i, i + n) ? DATELINE : locativeWord(tokens, i);
      if (!DATELINE.equals(locative) && !accepted(tokens, i, i + n, candidates, locative)) {
        return null;
      }
      boolean division = divisionMarked(tokens, i, i + n);
      return new PlaceMention(s.index(), i, i + n, new Span(tokens.get(i).begin(), last.end()), candidates,
          locative, division);
    }
    return null;
  }

  // The tagger is the first judge; names only the gazetteer knows ("Police" is a town in Poland)
  // need a hand-kept entry or a locative word before them.
  private static boolean accepted(List<Token> tokens, int from, int to, List<Gazetteer.Candidate> candidates,
                                  String locative) {
    boolean placeTag = false;
    boolean otherTag = false;
    for (int k = from; k < to; k++) {
      String ner = tokens.get(k).ner();
      if (PLACE_TAGS.contains(ner)) {
        placeTag = true;
      } else if (ner != null && !ner.equals("O") && !ner.equals("MISC")) {
        otherTag = true;
      }
    }
    if (otherTag) {
      // The tagger calls "officials in Kyiv" a person now and then: a locative word before a large
      // or hand-kept place outvotes it; "the Sinaloa Cartel" stays an organisation.
      return locative != null && candidates.stream().anyMatch(c -> c.curated() || c.place().population() >= BIG_PLACE
          && !c.place().feature().equals(GeoPlace.ADMIN1));
    }
    if (to < tokens.size() && (tokens.get(to).ner().equals("ORGANIZATION")
        || ORGANISATION_HEADS.contains(tokens.get(to).word()))) {
      return false; // "Sinaloa Cartel", "Gulf Clan", "Valle Brothers"
    }
    if (placeTag) {
      return true;
    }
    boolean curated = candidates.stream().anyMatch(Gazetteer.Candidate::curated);
    return curated || (locative != null && from > 0);
  }

  /** The locative word that governs the name at {@code from}, walking back over its phrase, or null. */
  static String locativeWord(List<Token> tokens, int from) {
    for (int k = from - 1; k >= 0 && from - k <= PHRASE_REACH; k--) {
      Token t = tokens.get(k);
      String w = t.word().toLowerCase(Locale.ROOT);
      if (LOCATIVE.contains(w)) {
        return w;
      }
      if (w.equals("to") && k > 0 && MOTION.contains(tokens.get(k - 1).lemma().toLowerCase(Locale.ROOT))) {
        return w; // "a visit to Venezuela", "flew to Callao", "sent troops to" (the object stays between)
      }
      if (!PHRASE_TAGS.contains(t.pos()) || (t.pos().equals("IN") && !w.equals("of"))
          || (t.pos().startsWith("NN") && !t.pos().startsWith("NNP") && !PLACE_NOUNS.contains(w))
          || (t.isEntity() && !PLACE_TAGS.contains(t.ner()))) {
        return null; // "in April, Mexico's", "in the structure of La Linea": not a place phrase
      }
    }
    return null;
  }

  // Wire style: "KHARKIV, Ukraine --" or "MEXICO CITY (AP) -" opens the article.
  private static boolean dateline(Sentence s, int from, int to) {
    if (s.index() != 0 || from != 0 || to >= s.tokens().size()) {
      return false;
    }
    for (int k = from; k < to; k++) {
      String w = s.tokens().get(k).word();
      if (w.length() > 1 && !w.equals(w.toUpperCase(Locale.ROOT))) {
        return false;
      }
    }
    String next = s.tokens().get(to).word();
    return s.tokens().get(from).word().length() > 2
        && (next.equals(",") || next.equals("-LRB-") || next.equals("(") || next.startsWith("-") || next.equals("\u2014"));
  }

  private static boolean divisionMarked(List<Token> tokens, int from, int to) {
    if (to < tokens.size() && PlaceNames.divisionWord(tokens.get(to).word())) {
      return true;
    }
    return from >= 2 && tokens.get(from - 1).word().equalsIgnoreCase("of")
        && PlaceNames.divisionWord(tokens.get(from - 2).word());
  }

  private static boolean capitalised(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
  }
}
