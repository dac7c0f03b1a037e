package org.dyad.coder.geo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How gazetteer names and text are compared: one folded key per name, so "Culiacán", "Culiacan" and
 * "CULIACAN" meet, and the extra keys a division's name gives ("Valle del Cauca Department" is also
 * "Valle del Cauca"). Stateless.
 */
public final class PlaceNames {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  // GeoNames writes ayn and hamza with these ("Ta‘izz", "Kramators’k"); news drops them.
  private static final Pattern APOSTROPHES = Pattern.compile("['\u2018\u2019\u02bb\u02bc\u02be\u02bf`´]");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  // Words GeoNames puts around a division's own name; news writes it bare or with its own word.
  private static final Pattern DIVISION_WORD = Pattern.compile(
      "\\s+(department|oblast|province|governorate|region|state|prefecture|district|municipality|"
          + "city|krai|kray|republic|d c|autonomous republic|voivodeship|county|territory|division)$");
  private static final Pattern DIVISION_PREFIX = Pattern.compile(
      "^(province|state|department|departamento|estado|provincia|region|governorate) (of|de|del) ");

  // What is left of "Western Province", "Capital Region" or "Gulf Province" without the division
  // word is an ordinary English word, not a name ("Western restrictions", "the Gulf Cartel").
  private static final java.util.Set<String> NOT_NAMES = java.util.Set.of("north", "south", "east", "west",
      "northern", "southern", "eastern", "western", "central", "northeast", "northwest", "southeast", "southwest",
      "north east", "north west", "south east", "south west", "north central", "south central", "capital",
      "gulf", "coast", "coastal", "islands", "island", "lakes", "upper", "lower", "national", "federal", "greater",
      "middle", "highland", "highlands", "mountain", "river", "lake", "sea", "border", "new", "red sea", "pacific");

  private PlaceNames() {}

  /** The comparison key: lower case, accents and punctuation dropped, single spaces; "" for none. */
  public static String key(String name) {
    String ascii = asciiKey(name);
    if (ascii != null) {
      return ascii;
    }
    String s = Normalizer.normalize(name, Normalizer.Form.NFD);
    s = MARKS.matcher(s).replaceAll("");
    s = APOSTROPHES.matcher(s).replaceAll("");
    return NOT_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  // The same key for a plain-ASCII name without the Unicode machinery (most of the gazetteer's
  // 140,000 names and most words of a text), or null when the name has other characters.
  private static String asciiKey(String name) {
    StringBuilder b = new StringBuilder(name.length());
    boolean space = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= 128) {
        return null;
      }
      if (c == '\'' || c == '`') {
        continue;
      }
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (space && b.length() > 0) {
          b.append(' ');
        }
        b.append(c);
        space = false;
      } else if (c >= 'A' && c <= 'Z') {
        if (space && b.length() > 0) {
          b.append(' ');
        }
        b.append((char) (c + 32));
        space = false;
      } else {
        space = true;
      }
    }
    return b.toString();
  }

  /** The keys a first-level division is found by: its name, and its name without a division word. */
  public static List<String> divisionKeys(String name) {
    List<String> keys = new ArrayList<>(2);
    String k = key(name);
    keys.add(k);
    String bare = DIVISION_PREFIX.matcher(DIVISION_WORD.matcher(k).replaceAll("")).replaceAll("");
    if (!bare.equals(k) && !bare.isEmpty() && !NOT_NAMES.contains(bare)) {
      keys.add(bare);
    }
    return keys;
  }

  /** True when the word names a kind of division ("region", "Oblast", "state"), after a place name. */
  public static boolean divisionWord(String word) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "region", "province", "oblast", "state", "department", "governorate", "prefecture",
           "provinces", "regions", "departments", "states" -> true;
      default -> false;
    };
  }
}
