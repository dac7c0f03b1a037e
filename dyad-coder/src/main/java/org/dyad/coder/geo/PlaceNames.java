package org.dyad.coder.geo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dyad.coder.lexicon.Lexicon;

/**
 * How gazetteer names and text are compared: one folded key per name, so "Culiacán", "Culiacan" and
 * "CULIACAN" meet, and the extra keys a division's name gives ("Valle del Cauca Department" is also
 * "Valle del Cauca"). Stateless.
 */
public final class PlaceNames {
  // Words GeoNames puts around a division's own name; news writes it bare or with its own word.
  private static final Pattern DIVISION_WORD = Pattern.compile(
      "\\s+(department|oblast|province|governorate|region|state|prefecture|district|municipality|"
          + "city|krai|kray|republic|d c|autonomous republic|voivodeship|county|territory|division)$");
  private static final Pattern DIVISION_PREFIX = Pattern.compile(
      "^(province|state|department|departamento|estado|provincia|region|governorate) (of|de|del) ");

  // What is left of "Western Province", "Capital Region" or "Gulf Province" without the division
  // word is an ordinary English word, not a name ("Western restrictions", "the Gulf Cartel").
  private static final java.util.Set<String> NOT_NAMES = Lexicon.DEFAULT.set("not-place-names");

  private PlaceNames() {}

  /** The comparison key: lower case, accents and apostrophes dropped, other punctuation as single spaces. */
  public static String key(String name) {
    // Decomposing splits "á" into "a" and a combining accent, which is then dropped; plain ASCII
    // (most of the gazetteer's 140,000 names, most words of a text) needs no decomposing.
    String s = ascii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
          || type == Character.COMBINING_SPACING_MARK || apostrophe(cp)) {
        continue;
      }
      if (Character.isLetterOrDigit(cp)) {
        if (space && b.length() > 0) {
          b.append(' ');
        }
        b.appendCodePoint(Character.toLowerCase(cp));
        space = false;
      } else {
        space = true;
      }
    }
    return b.toString();
  }

  private static boolean ascii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  // GeoNames writes ayn and hamza with these ("Ta‘izz", "Kramators’k"); news drops them.
  private static boolean apostrophe(int cp) {
    return cp == '\'' || cp == '`' || cp == 0xB4 || cp == 0x2018 || cp == 0x2019 || cp == 0x02BB || cp == 0x02BC
        || cp == 0x02BE || cp == 0x02BF;
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
