package org.dyad.coder.geo;

/**
 * A country's codes as the gazetteer's {@code geo/countries.tsv} gives them.
 *
 * @param iso2 ISO 3166-1 alpha-2 ({@code UA})
 * @param iso3 ISO 3166-1 alpha-3 ({@code UKR}), the code Dyad's actors and locations use
 * @param fips FIPS 10-4 ({@code UP}), the code GDELT's geography columns use, or {@code null}
 * @param name English short name
 */
public record CountryInfo(String iso2, String iso3, String fips, String name) {}
