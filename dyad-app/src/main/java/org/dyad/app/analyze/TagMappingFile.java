package org.dyad.app.analyze;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.dyad.coder.actor.ActorDictionary;

/**
 * Writes Dyad's titles, demonyms and country names as a CoreNLP TokensRegexNER mapping, so the NLP
 * stage tags TITLE, NATIONALITY and COUNTRY from the same dictionaries the coder uses, without
 * CoreNLP's 580,000-entry fine-grained gazetteer. One file per run, in the temporary directory,
 * deleted when the JVM exits.
 */
final class TagMappingFile {
  private TagMappingFile() {}

  /** Writes the mapping and gives its path. */
  static Path write(ActorDictionary dictionary) {
    Set<String> lines = new LinkedHashSet<>();
    for (ActorDictionary.TagPhrase t : dictionary.tagPhrases()) {
      String pattern = pattern(t);
      if (!pattern.isEmpty()) {
        // CRF tags the phrase may replace: "German" is MISC, "Ukraine" LOCATION to the CRF models
        lines.add(pattern + "\t" + t.tag() + "\tMISC,LOCATION,ORGANIZATION\t1");
      }
    }
    try {
      Path file = Files.createTempFile("dyad-tags-", ".tsv");
      file.toFile().deleteOnExit();
      Files.write(file, lines, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the entity tag mapping", e);
    }
  }

  /** One token regex per word, quoted; titles in any case and with a plural. */
  static String pattern(ActorDictionary.TagPhrase t) {
    String[] words = t.phrase().strip().split("\\s+");
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      if (words[i].isEmpty()) {
        continue;
      }
      if (b.length() > 0) {
        b.append(' ');
      }
      String quoted = Pattern.quote(words[i]);
      b.append(t.ignoreCase() ? "(?i)" + quoted + (i == words.length - 1 ? "s?" : "") : quoted);
    }
    return b.toString();
  }
}
