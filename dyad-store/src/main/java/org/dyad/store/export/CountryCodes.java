package org.dyad.store.export;

/**
 * What the GDELT export needs to know about a country that the store does not keep: its FIPS 10-4
 * code (GDELT's geography columns use FIPS, not ISO) and its English name. The application gives it
 * from the gazetteer ({@code geo/countries.tsv}); {@link #NONE} knows no country.
 */
public interface CountryCodes {
  /** FIPS 10-4 code of an ISO alpha-3 country ({@code UKR} → {@code UP}), or {@code null}. */
  String fips(String iso3);

  /** English name of an ISO alpha-3 country, or {@code null}. */
  String name(String iso3);

  /** Knows no country: the geography columns keep names and points but no country codes. */
  CountryCodes NONE = new CountryCodes() {
    @Override
    public String fips(String iso3) {
      return null;
    }

    @Override
    public String name(String iso3) {
      return null;
    }
  };
}
