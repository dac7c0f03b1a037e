package org.dyad.pipeline.analyze;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Map;
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
 * <p>The files are temporary, private to the process and deleted when the JVM exits; each content
 * is written once per JVM: the same dictionaries give the same paths, so the NLP configuration is
 * the same and a second analyzer reuses the loaded NER models instead of loading them again
 * (CoreNLP's caches and Dyad's key on the properties, the paths included).
 */
final class TagMappingFile {
  private static final String CRF_TAGS = "MISC,LOCATION,ORGANIZATION";

  /** The files written so far, by kind and hash of their content. */
  private static final Map<String, Path> WRITTEN = new HashMap<>();

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
    Path titleFile = once("titles", titles);
    Path nameFile = once("names", names);
    return "ignorecase=true," + titleFile + ";" + nameFile;
  }

  /** Letters, digits, spaces, hyphens and apostrophes only: no regular-expression characters. */
  static boolean plain(String phrase) {
    return !phrase.isEmpty() && phrase.matches("[\\p{L}\\p{N} '\\u2019-]+");
  }

  private static String line(String phrase, String tag) {
    return phrase + "\t" + tag + "\t" + CRF_TAGS + "\t1";
  }

  /** The file holding these lines: the one written before in this JVM, else a new one. */
  private static synchronized Path once(String name, Set<String> lines) {
    StringBuilder text = new StringBuilder();
    lines.forEach(l -> text.append(l).append('\n'));
    byte[] content = text.toString().getBytes(StandardCharsets.UTF_8);
    String key = name + "-" + sha256(content);
    Path known = WRITTEN.get(key);
    if (known != null && Files.isRegularFile(known)) {
      return known;
    }
    try {
      Path file = Files.createTempFile("dyad-" + name + "-", ".tsv");
      file.toFile().deleteOnExit();
      Files.write(file, content);
      WRITTEN.put(key, file);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the entity tag mapping", e);
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
