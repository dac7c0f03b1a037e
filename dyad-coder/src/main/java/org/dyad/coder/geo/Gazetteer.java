package org.dyad.coder.geo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.dyad.coder.dict.DictionaryException;
import org.dyad.coder.dict.DictionaryRow;
import org.dyad.coder.dict.DictionaryTable;

/**
 * The places Dyad can put an event at, found by name: GeoNames populated places of 1,000 people or
 * more, first-level divisions and countries ({@code geo/gazetteer.tsv.gz}, {@code geo/countries.tsv},
 * made by {@code scripts/geonames/convert.sh}), the hand-kept seas, straits, regions and sites
 * ({@code geo/places.tsv}) and the English names news gives places ({@code geo/alternate-names.tsv}).
 *
 * <p>Each file can be replaced from the user's dictionary directory like every other dictionary; bad
 * rows fail the load with {@code file:line}. Loads in well under a second; immutable and thread-safe.
 */
public final class Gazetteer {
  /** A place a name can mean; {@code curated} when a hand-kept file (alias or place table) says so. */
  public record Candidate(GeoPlace place, boolean curated) {}

  private static final String PLACES = "geo/gazetteer.tsv.gz";
  private static final List<String> PLACE_COLUMNS = List.of("id", "name", "feature", "country", "admin1",
      "population", "lat", "lon");
  private final Map<String, List<Candidate>> byKey = new HashMap<>(1 << 18);
  private final Map<String, CountryInfo> countries = new HashMap<>();
  private final Map<String, CountryInfo> byIso3 = new HashMap<>();
  private final Map<String, GeoPlace> countryPlaces = new HashMap<>();
  private final Map<String, GeoPlace> divisions = new HashMap<>();
  private final Map<String, String> divisionNames = new HashMap<>();
  private int maxTokens;

  private Gazetteer() {}

  /** The countries of {@code geo/countries.tsv} by ISO alpha-3, without the rest of the gazetteer. */
  public static Map<String, CountryInfo> countries(Path overrides) {
    Gazetteer g = new Gazetteer();
    g.readCountries(countryTable(overrides));
    return Map.copyOf(g.byIso3);
  }

  private static DictionaryTable countryTable(Path overrides) {
    return DictionaryTable.load("geo/countries.tsv", overrides,
        List.of("iso2", "iso3", "fips", "name", "aliases", "population", "lat", "lon"));
  }

  /** Loads the built-in gazetteer, each file replaced by one of the same name under {@code overrides}. */
  public static Gazetteer load(Path overrides) {
    Gazetteer g = new Gazetteer();
    g.readCountries(countryTable(overrides));
    Map<Long, GeoPlace> byId = g.readPlaces(overrides);
    g.readHandPlaces(DictionaryTable.load("geo/places.tsv", overrides,
        List.of("name", "aliases", "feature", "country", "admin1", "lat", "lon")));
    g.readAliases(DictionaryTable.load("geo/alternate-names.tsv", overrides, List.of("name", "place", "note")), byId);
    return g;
  }

  /** Every place a folded name ({@link PlaceNames#key}) can mean; empty when none. */
  public List<Candidate> candidates(String key) {
    return byKey.getOrDefault(key, List.of());
  }

  /** The most words a name has, so a text scan knows how far to look. */
  public int maxTokens() {
    return maxTokens;
  }

  /** A country by ISO alpha-2, or {@code null}. */
  public CountryInfo country(String iso2) {
    return iso2 == null ? null : countries.get(iso2);
  }

  /** A country by ISO alpha-3, or {@code null}. */
  public CountryInfo countryByIso3(String iso3) {
    return iso3 == null ? null : byIso3.get(iso3);
  }

  /** The country as a place (its point and population), or {@code null}. */
  public GeoPlace countryPlace(String iso2) {
    return iso2 == null ? null : countryPlaces.get(iso2);
  }

  /** The name of a division by key ({@code UA.07} → {@code Kharkiv}), or {@code null}. */
  public String divisionName(String admin1Key) {
    return admin1Key == null ? null : divisionNames.get(admin1Key);
  }

  private void readCountries(DictionaryTable t) {
    for (DictionaryRow r : t.rows()) {
      String iso2 = r.fields().get(0);
      CountryInfo c = new CountryInfo(iso2, r.fields().get(1), r.text(2), r.fields().get(3));
      countries.put(iso2, c);
      byIso3.put(c.iso3(), c);
      GeoPlace p = new GeoPlace(null, c.name(), GeoPlace.COUNTRY, GeoPlace.COUNTRY, iso2, null,
          number(r, 5), degrees(r, 6, 90), degrees(r, 7, 180));
      countryPlaces.put(iso2, p);
      add(PlaceNames.key(c.name()), p, false);
      for (String alias : r.list(4)) {
        add(PlaceNames.key(alias), p, false);
      }
    }
  }

  private Map<Long, GeoPlace> readPlaces(Path overrides) {
    Map<Long, GeoPlace> byId = new HashMap<>(1 << 18);
    DictionaryTable.scan(PLACES, overrides, PLACE_COLUMNS, (line, f) -> {
      Supplier<String> where = () -> PLACES + ":" + line;
      String country = f[3];
      if (!countries.containsKey(country)) {
        throw new DictionaryException(where.get(), "country '" + country + "' is not in geo/countries.tsv");
      }
      String code = f[2];
      double lat = degrees(f[6], 90, where);
      double lon = degrees(f[7], 180, where);
      if (code.equals("ADM1")) {
        GeoPlace p = new GeoPlace(null, f[1], GeoPlace.ADMIN1, code, country, f[4], number(f[5], where), lat, lon);
        divisions.put(p.admin1Key(), p);
        divisionNames.put(p.admin1Key(), p.name());
        for (String k : PlaceNames.divisionKeys(p.name())) {
          add(k, p, false);
        }
      } else {
        GeoPlace p = new GeoPlace(number(f[0], where), f[1], GeoPlace.CITY, code, country,
            f[4].equals("-") ? null : f[4], number(f[5], where), lat, lon);
        byId.put(p.geonamesId(), p);
        add(PlaceNames.key(p.name()), p, false);
      }
    });
    return byId;
  }

  private void readHandPlaces(DictionaryTable t) {
    for (DictionaryRow r : t.rows()) {
      String country = r.text(3);
      if (country != null && !countries.containsKey(country)) {
        throw new DictionaryException(r.where(), "country '" + country + "' is not in geo/countries.tsv");
      }
      GeoPlace p = new GeoPlace(null, r.fields().get(0), r.fields().get(2), r.fields().get(2), country, r.text(4), 0,
          degrees(r, 5, 90), degrees(r, 6, 180));
      add(PlaceNames.key(p.name()), p, true);
      for (String alias : r.list(1)) {
        add(PlaceNames.key(alias), p, true);
      }
    }
  }

  private void readAliases(DictionaryTable t, Map<Long, GeoPlace> byId) {
    for (DictionaryRow r : t.rows()) {
      String target = r.fields().get(1);
      GeoPlace p = target.chars().allMatch(Character::isDigit) ? byId.get(Long.parseLong(target))
          : target.contains(".") ? divisions.get(target) : countryPlaces.get(target);
      if (p == null) {
        throw new DictionaryException(r.where(), "place '" + target + "' is no GeoNames id, division key or "
            + "country of the gazetteer");
      }
      add(PlaceNames.key(r.fields().get(0)), p, true);
    }
  }

  private void add(String key, GeoPlace p, boolean curated) {
    if (key.isEmpty()) {
      return;
    }
    Candidate c = new Candidate(p, curated);
    List<Candidate> list = byKey.get(key);
    if (list == null) {
      // Most names mean one place: a one-element list each, grown only for the names that repeat.
      byKey.put(key, List.of(c));
      int words = 1;
      for (int i = 0; i < key.length(); i++) {
        if (key.charAt(i) == ' ') {
          words++;
        }
      }
      maxTokens = Math.max(maxTokens, words);
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).place() == p) {
        if (curated && !list.get(i).curated()) {
          List<Candidate> copy = new ArrayList<>(list);
          copy.set(i, c);
          byKey.put(key, copy);
        }
        return;
      }
    }
    List<Candidate> grown = list instanceof ArrayList<Candidate> a ? a : new ArrayList<>(list);
    grown.add(c);
    byKey.put(key, grown);
  }

  private static long number(DictionaryRow r, int column) {
    return number(r.fields().get(column), r::where);
  }

  private static double degrees(DictionaryRow r, int column, double limit) {
    return degrees(r.fields().get(column), limit, r::where);
  }

  // The one reading of numbers for all the gazetteer's files; where names file:line, made only on error.
  private static long number(String v, Supplier<String> where) {
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new DictionaryException(where.get(), "'" + v + "' is not a whole number");
    }
  }

  private static double degrees(String v, double limit, Supplier<String> where) {
    double d;
    try {
      d = Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new DictionaryException(where.get(), "'" + v + "' is not a number of degrees");
    }
    if (Math.abs(d) > limit) {
      throw new DictionaryException(where.get(), "'" + v + "' is outside ±" + (int) limit + " degrees");
    }
    return d;
  }
}
