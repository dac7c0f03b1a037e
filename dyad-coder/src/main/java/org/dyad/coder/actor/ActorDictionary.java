package org.dyad.coder.actor;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.coder.dict.DictionaryException;
import org.dyad.coder.dict.DictionaryRow;
import org.dyad.coder.dict.DictionaryTable;
import org.dyad.model.text.Token;

/**
 * Dyad's actor knowledge, loaded once from the tables under {@code dyad/actors/}: countries (names,
 * demonyms, capitals), named organisations and metonyms, sector terms, party adjectives and office
 * holders with their terms; then the tables generated from PETRARCH2's dictionaries by
 * {@code scripts/petrarch2/convert.py} ({@code international.tsv}, {@code armed-groups.tsv},
 * {@code sector-terms-petrarch2.tsv}, {@code office-holders-petrarch2.tsv}), whose rows never
 * displace a hand-written one: the hand tables load first and the first entry of a phrase wins.
 * Generated office holders are found by full name or listed alias only, never by a bare surname,
 * and generated titles are not given to the NLP stage's tagger.
 *
 * <p>Takes an optional override directory: a file {@code actors/countries.tsv} there replaces the
 * built-in one (an override with no rows switches a generated table off). Fails at start-up with
 * {@code file:line} on a bad row. Immutable and thread-safe.
 */
public final class ActorDictionary {
  private final PhraseMatcher names = new PhraseMatcher();
  private final PhraseMatcher sectors = new PhraseMatcher();
  private final PhraseMatcher places = new PhraseMatcher();
  private final Map<String, List<OfficeTerm>> holdersByName = new HashMap<>();
  private final Map<String, List<OfficeTerm>> holdersBySurname = new HashMap<>();
  /** Every table's holders by surname, generated ones included: only for whose country a title is. */
  private final Map<String, List<OfficeTerm>> allBySurname = new HashMap<>();
  private final Map<String, String> countryNames = new HashMap<>();
  private final Map<String, String> cowToIso = new HashMap<>();
  private final Map<String, String> isoToCow = new HashMap<>();
  private final Map<String, String> countryByWord = new HashMap<>();
  private final List<TagPhrase> tagPhrases = new ArrayList<>();

  /**
   * A phrase the NLP stage may tag as an entity: a title (TITLE, any case), a demonym
   * (NATIONALITY) or a country name (COUNTRY), as written in the dictionaries.
   *
   * @param phrase     the words
   * @param tag        TITLE, NATIONALITY or COUNTRY
   * @param ignoreCase true for titles ("defense minister"), false for names ("US" is not "us")
   */
  public record TagPhrase(String phrase, String tag, boolean ignoreCase) {}

  private ActorDictionary() {}

  /** Loads the built-in tables, each replaced by a same-named file under {@code overrides} if any. */
  public static ActorDictionary load(Path overrides) {
    ActorDictionary d = new ActorDictionary();
    d.loadCountries(DictionaryTable.load("actors/countries.tsv", overrides,
        List.of("iso3", "cow", "name", "aliases", "demonyms", "capitals")));
    List<String> orgColumns = List.of("code", "country", "sectors", "name", "aliases");
    d.loadOrganizations(DictionaryTable.load("actors/organizations.tsv", overrides, orgColumns), true);
    d.loadOrganizations(DictionaryTable.load("actors/international.tsv", overrides, orgColumns), false);
    d.loadOrganizations(DictionaryTable.load("actors/armed-groups.tsv", overrides, orgColumns), false);
    List<String> termColumns = List.of("term", "sector", "kind", "leader");
    d.loadSectorTerms(DictionaryTable.load("actors/sector-terms.tsv", overrides, termColumns), true);
    d.loadSectorTerms(DictionaryTable.load("actors/sector-terms-petrarch2.tsv", overrides, termColumns),
        false);
    d.loadParties(DictionaryTable.load("actors/parties.tsv", overrides,
        List.of("name", "country", "party")));
    List<String> holderColumns = List.of("name", "aliases", "country", "sectors", "office", "start", "end");
    d.loadOfficeHolders(DictionaryTable.load("actors/office-holders.tsv", overrides, holderColumns), true);
    d.loadOfficeHolders(DictionaryTable.load("actors/office-holders-petrarch2.tsv", overrides,
        holderColumns), false);
    d.loadPlaces(DictionaryTable.load("actors/places-petrarch2.tsv", overrides, List.of("name", "country")));
    return d;
  }

  /** Cities, provinces and regions with their country: read only where something happened. */
  private void loadPlaces(DictionaryTable t) {
    for (DictionaryRow r : t.rows()) {
      String iso = iso(r, 1);
      String name = r.required(0, "name");
      places.add(name, new ActorEntry(ActorEntry.Kind.PLACE, name, iso, List.of(), null, false, r.where()), false);
    }
  }

  /** Place names (cities, provinces, regions; not capitals, which are names) in a sentence. */
  List<PhraseMatcher.Match> matchPlaces(List<Token> tokens) {
    return places.matchAll(tokens);
  }

  private void loadCountries(DictionaryTable t) {
    for (DictionaryRow r : t.rows()) {
      String iso = iso(r, 0);
      String name = r.required(2, "name");
      countryNames.put(iso, name);
      String cow = r.text(1);
      if (cow != null) {
        cowToIso.putIfAbsent(cow, iso);
        isoToCow.put(iso, cow);
      }
      for (int c : new int[] {3, 4, 5}) {
        r.list(c).forEach(w -> countryByWord.putIfAbsent(key(stripThe(w)), iso));
      }
      countryByWord.putIfAbsent(key(name), iso);
      tagPhrases.add(new TagPhrase(name, "COUNTRY", false));
      r.list(3).forEach(a -> tagPhrases.add(new TagPhrase(stripThe(a), "COUNTRY", false)));
      r.list(4).forEach(a -> tagPhrases.add(new TagPhrase(a, "NATIONALITY", false)));
      ActorEntry country = new ActorEntry(ActorEntry.Kind.COUNTRY, name, iso, List.of(), null, false, r.where());
      names.add(name, country, false);
      r.list(3).forEach(a -> names.add(stripThe(a), country, false));
      ActorEntry demonym = new ActorEntry(ActorEntry.Kind.DEMONYM, name, iso, List.of(), null, false, r.where());
      r.list(4).forEach(a -> names.add(a, demonym, false));
      ActorEntry capital = new ActorEntry(ActorEntry.Kind.CAPITAL, name, iso, List.of("GOV"), null, false, r.where());
      r.list(5).forEach(a -> names.add(a, capital, false));
    }
  }

  /** {@code own}: a hand-written table, whose names may also place a word in a country. */
  private void loadOrganizations(DictionaryTable t, boolean own) {
    for (DictionaryRow r : t.rows()) {
      String code = r.required(0, "code");
      String country = r.text(1);
      if (country != null && !countryNames.containsKey(country)) {
        throw new DictionaryException(r.where(), "unknown country '" + country + "'");
      }
      String name = r.required(3, "name");
      if (country != null && own) {
        countryByWord.putIfAbsent(key(stripThe(name)), country);
        r.list(4).forEach(a -> countryByWord.putIfAbsent(key(stripThe(a)), country));
      }
      ActorEntry e = new ActorEntry(ActorEntry.Kind.ORGANIZATION, name, country, r.list(2), code, false,
          r.where());
      names.add(stripThe(name), e, false);
      r.list(4).forEach(a -> names.add(stripThe(a), e, false));
    }
  }

  /** {@code own}: a hand-written table, whose titles the NLP stage's tagger also learns. */
  private void loadSectorTerms(DictionaryTable t, boolean own) {
    for (DictionaryRow r : t.rows()) {
      String kind = r.required(2, "kind");
      ActorEntry.Kind k;
      try {
        k = ActorEntry.Kind.valueOf(kind);
      } catch (IllegalArgumentException e) {
        throw new DictionaryException(r.where(), "kind '" + kind + "' is not TITLE, BODY or GROUP");
      }
      if (!(k == ActorEntry.Kind.TITLE || k == ActorEntry.Kind.BODY || k == ActorEntry.Kind.GROUP)) {
        throw new DictionaryException(r.where(), "kind '" + kind + "' is not TITLE, BODY or GROUP");
      }
      String term = r.required(0, "term");
      if (k == ActorEntry.Kind.TITLE && own) {
        tagPhrases.add(new TagPhrase(term, "TITLE", true));
      }
      ActorEntry e = new ActorEntry(k, term, null, List.of(r.required(1, "sector")), null,
          "head".equals(r.text(3)), r.where());
      sectors.add(term, e, true);
    }
  }

  private void loadParties(DictionaryTable t) {
    for (DictionaryRow r : t.rows()) {
      ActorEntry e = new ActorEntry(ActorEntry.Kind.PARTY, r.required(2, "party"), iso(r, 1),
          List.of(), null, false, r.where());
      names.add(r.required(0, "name"), e, false);
    }
  }

  /**
   * {@code bySurname}: whether a bare surname finds these holders; false for the generated table,
   * whose thousands of ministers would otherwise claim every matching surname in the news.
   */
  private void loadOfficeHolders(DictionaryTable t, boolean bySurname) {
    for (DictionaryRow r : t.rows()) {
      String country = r.text(2);
      if (country != null && !countryNames.containsKey(country)) {
        throw new DictionaryException(r.where(), "unknown country '" + country + "'");
      }
      LocalDate start = r.date(5, "start");
      if (start == null) {
        throw new DictionaryException(r.where(), "start is empty");
      }
      OfficeTerm term = new OfficeTerm(r.required(0, "name"), r.list(1), country, r.list(3),
          r.required(4, "office"), start, r.date(6, "end"), r.where());
      List<String> forms = new ArrayList<>(term.aliases());
      forms.add(term.name());
      for (String form : forms) {
        holdersByName.computeIfAbsent(key(form), k -> new ArrayList<>()).add(term);
        String surname = PersonNames.surname(form);
        List<OfficeTerm> any = allBySurname.computeIfAbsent(key(surname), k -> new ArrayList<>());
        if (!any.contains(term)) {
          any.add(term);
        }
        if (!bySurname) {
          continue;
        }
        List<OfficeTerm> list = holdersBySurname.computeIfAbsent(key(surname), k -> new ArrayList<>());
        if (!list.contains(term)) {
          list.add(term);
        }
      }
    }
  }

  private String iso(DictionaryRow r, int column) {
    String iso = r.required(column, "country");
    if (!iso.matches("[A-Z]{3}")) {
      throw new DictionaryException(r.where(), "'" + iso + "' is not an ISO alpha-3 code");
    }
    if (column != 0 && !countryNames.containsKey(iso)) {
      throw new DictionaryException(r.where(), "unknown country '" + iso + "'");
    }
    return iso;
  }

  private static String stripThe(String s) {
    return s.startsWith("the ") ? s.substring(4) : s;
  }

  static String key(String s) {
    return s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').strip();
  }

  /** Name phrases (countries, demonyms, capitals, organisations, parties) in a sentence. */
  List<PhraseMatcher.Match> matchNames(List<Token> tokens) {
    return names.matchAll(tokens);
  }

  /** Name phrase starting exactly at token {@code i}, or {@code null}. */
  PhraseMatcher.Match nameAt(List<Token> tokens, int i) {
    return names.longestAt(tokens, i);
  }

  /** Sector terms (titles, bodies, groups) in a sentence. */
  List<PhraseMatcher.Match> matchSectorTerms(List<Token> tokens) {
    return sectors.matchAll(tokens);
  }

  /** Office terms held under exactly this name or alias (any date). */
  List<OfficeTerm> holdersNamed(String fullName) {
    return holdersByName.getOrDefault(key(fullName), List.of());
  }

  /** Office terms of people with this surname (any date). */
  List<OfficeTerm> holdersWithSurname(String surname) {
    return holdersBySurname.getOrDefault(key(surname), List.of());
  }

  /**
   * Office terms of people with this surname in every table, the generated one too (any date): many
   * for common surnames, so only fit to say whose a titled person is when they all agree.
   */
  List<OfficeTerm> anyHoldersWithSurname(String surname) {
    return allBySurname.getOrDefault(key(surname), List.of());
  }

  /** Every leader (head of state or government) of a country in office on a day. */
  List<OfficeTerm> leadersOf(String country, LocalDate day) {
    List<OfficeTerm> out = new ArrayList<>();
    for (List<OfficeTerm> terms : holdersByName.values()) {
      for (OfficeTerm t : terms) {
        if (t.isLeader() && country.equals(t.country()) && t.heldOn(day) && !out.contains(t)) {
          out.add(t);
        }
      }
    }
    out.sort((a, b) -> a.office().compareTo(b.office()) * -1);
    return out;
  }

  /**
   * The country a word or phrase names, any case: a country name or alias, a demonym, a capital,
   * or a national body ("Russian", "US", "Kyiv", "Kremlin" give RUS, USA, UKR, RUS); else
   * {@code null}.
   */
  public String countryOfWord(String word) {
    return countryByWord.get(key(word));
  }

  /** Titles, demonyms and country names for the NLP stage's entity tagger. */
  public List<TagPhrase> tagPhrases() {
    return List.copyOf(tagPhrases);
  }

  /** The short English name of a country, or {@code null}. */
  public String countryName(String iso3) {
    return countryNames.get(iso3);
  }

  /** Correlates-of-War code for an ISO alpha-3 code, or {@code null}. */
  public String cowCode(String iso3) {
    return isoToCow.get(iso3);
  }

  /** ISO alpha-3 code for a Correlates-of-War code, or {@code null}. */
  public String isoFromCow(String cow) {
    return cowToIso.get(cow);
  }
}
