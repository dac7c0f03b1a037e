package org.dyad.app.analyze;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import org.dyad.coder.actor.ActorDictionary;

/**
 * Writes Dyad's titles, demonyms and country names as CoreNLP TokensRegexNER mappings, so the NLP
 * stage tags TITLE, NATIONALITY and COUNTRY from the same dictionaries the coder uses, without
 * CoreNLP's 580,000-entry fine-grained gazetteer.
 *
 * <p>Two files: titles matched in any case (with their plural), names as written ("US" is not
 * "us"). Entries are plain words, never regular expressions: TokensRegexNER looks plain phrases up
 * in a table but runs a regular expression through its slow sequence matcher at every token. One
 * pair per run, in the temporary directory, deleted when the JVM exits.
 */
final class TagMappingFile {
  private static final String CRF_TAGS = "MISC,LOCATION,ORGANIZATION";

  private TagMappingFile() {}

  /** Writes the mappings and gives the CoreNLP mapping specification naming both. */
  static String write(ActorDictionary dictionary) {
    Set<String> titles = new LinkedHashSet<>();
    Set<String> names = new LinkedHashSet<>();
    for (ActorDictionary.TagPhrase t : dictionary.tagPhrases()) {
      String phrase = t.phrase().strip().replaceAll("\\s+", " ");
      if (!plain(phrase)) {
        continue; // "U.S." and the like: the dictionaries still find them; the tag is not needed
      }
      if (t.ignoreCase()) {
        titles.add(line(phrase, t.tag()));
        titles.add(line(phrase + "s", t.tag()));
      } else {
        names.add(line(phrase, t.tag()));
      }
    }
    Path titleFile = temp("titles", titles);
    Path nameFile = temp("names", names);
    return "ignorecase=true," + titleFile + ";" + nameFile;
  }

  /** Letters, digits, spaces, hyphens and apostrophes only: no regular-expression characters. */
  static boolean plain(String phrase) {
    return !phrase.isEmpty() && phrase.matches("[\\p{L}\\p{N} '\\u2019-]+");
  }

  private static String line(String phrase, String tag) {
    return phrase + "\t" + tag + "\t" + CRF_TAGS + "\t1";
  }

  private static Path temp(String name, Set<String> lines) {
    try {
      Path file = Files.createTempFile("dyad-" + name + "-", ".tsv");
      file.toFile().deleteOnExit();
      Files.write(file, lines, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the entity tag mapping", e);
    }
  }
}
