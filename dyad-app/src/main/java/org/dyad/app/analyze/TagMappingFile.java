package org.dyad.app.analyze;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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
 * in a table but runs a regular expression through its slow sequence matcher at every token.
 *
 * <p>Each file is named by a hash of its content, in {@code dyad-tag-mappings/} under the temporary
 * directory: the same dictionaries give the same path, so the NLP configuration is the same and
 * a second analyzer in the JVM reuses the loaded NER models instead of loading them again
 * (CoreNLP's caches and Dyad's key on the properties, the path included). The files stay for the
 * next run (a few hundred kilobytes per set of dictionaries): another process may be reading them,
 * so none deletes them.
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
    Path titleFile = stable("titles", titles);
    Path nameFile = stable("names", names);
    return "ignorecase=true," + titleFile + ";" + nameFile;
  }

  /** Letters, digits, spaces, hyphens and apostrophes only: no regular-expression characters. */
  static boolean plain(String phrase) {
    return !phrase.isEmpty() && phrase.matches("[\\p{L}\\p{N} '\\u2019-]+");
  }

  private static String line(String phrase, String tag) {
    return phrase + "\t" + tag + "\t" + CRF_TAGS + "\t1";
  }

  /** The file holding these lines, written unless a run before wrote the same. */
  private static Path stable(String name, Set<String> lines) {
    byte[] content = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    Path dir = Path.of(System.getProperty("java.io.tmpdir"), "dyad-tag-mappings");
    Path file = dir.resolve(name + "-" + sha256(content).substring(0, 16) + ".tsv");
    try {
      if (Files.isRegularFile(file) && Files.size(file) == content.length) {
        return file;
      }
      Files.createDirectories(dir);
      // Written aside and moved in whole: a process starting at the same moment never reads half.
      Path part = Files.createTempFile(dir, name + "-", ".part");
      Files.write(part, content);
      Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the entity tag mapping " + file, e);
    }
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
