package org.dyad.eval;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.dyad.coder.actor.ActorDictionary;
import org.dyad.coder.dict.DictionaryRow;
import org.dyad.coder.dict.DictionaryTable;

/**
 * Turns the country part of gold actor codes into the ISO 3166-1 alpha-3 codes Dyad emits.
 *
 * <p>PLOVER gold sets use Correlates-of-War codes ({@code GMY}, {@code UKG}, {@code JAP}) beside ISO
 * ones. A code that is a known ISO code stays as it is, because some COW codes are other countries'
 * ISO codes (COW {@code AUS} is Austria, ISO {@code AUS} Australia) and the gold sets mostly use ISO;
 * otherwise a COW code is mapped; anything else ({@code IGO}, {@code NGO}, {@code IMG}) is kept.
 * Built from Dyad's actor dictionary or from any table with {@code iso3} and {@code cow} columns.
 */
public final class CountryCodes {
  private final Predicate<String> isIso;
  private final UnaryOperator<String> isoFromCow;

  private CountryCodes(Predicate<String> isIso, UnaryOperator<String> isoFromCow) {
    this.isIso = isIso;
    this.isoFromCow = isoFromCow;
  }

  /** Uses Dyad's country table ({@code actors/countries.tsv}) as loaded by its actor dictionary. */
  public static CountryCodes of(ActorDictionary dictionary) {
    return new CountryCodes(c -> dictionary.countryName(c) != null, dictionary::isoFromCow);
  }

  /** Uses a country table with the columns of {@code actors/countries.tsv} (iso3 first, cow second). */
  public static CountryCodes of(DictionaryTable countries) {
    Set<String> iso = new HashSet<>();
    Map<String, String> cow = new HashMap<>();
    for (DictionaryRow r : countries.rows()) {
      String code = r.required(0, "iso3");
      iso.add(code);
      String c = r.text(1);
      if (c != null) {
        cow.putIfAbsent(c, code);
      }
    }
    return new CountryCodes(iso::contains, cow::get);
  }

  /** True when {@code code} is a known ISO alpha-3 country code. */
  public boolean isIso(String code) {
    return code != null && isIso.test(code);
  }

  /**
   * Gives the ISO code for a three-letter country code: itself when it is ISO, the mapped code when
   * it is a COW code, else the code unchanged (upper-cased).
   */
  public String toIso(String code) {
    if (code == null) {
      return null;
    }
    String c = code.strip().toUpperCase(Locale.ROOT);
    if (isIso(c)) {
      return c;
    }
    String mapped = isoFromCow.apply(c);
    return mapped != null ? mapped : c;
  }
}
