package org.dyad.pipeline.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.coder.actor.ActorDictionary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Within a JVM the tag mapping's path depends on its content only, so analyzers of the same
 * dictionaries give CoreNLP the same configuration and share its loaded models.
 */
class TagMappingFileTest {
  @TempDir
  Path dir;

  private static List<Path> files(String spec) {
    assertTrue(spec.startsWith("ignorecase=true,"), spec);
    return List.of(spec.substring("ignorecase=true,".length()).split(";")).stream().map(Path::of).toList();
  }

  @Test
  void sameDictionariesGiveTheSamePaths() {
    String first = TagMappingFile.write(ActorDictionary.load(null));
    String second = TagMappingFile.write(ActorDictionary.load(null));
    assertEquals(first, second);
    for (Path f : files(first)) {
      assertTrue(Files.isRegularFile(f), f::toString);
    }
  }

  @Test
  void aDeletedFileIsWrittenAgain() throws Exception {
    String spec = TagMappingFile.write(ActorDictionary.load(null));
    Path titles = files(spec).get(0);
    String content = Files.readString(titles);
    Files.delete(titles); // a temporary-file cleaner went by
    Path again = files(TagMappingFile.write(ActorDictionary.load(null))).get(0);
    assertEquals(content, Files.readString(again));
  }

  @Test
  void otherDictionariesGiveOtherPaths() throws Exception {
    List<String> lines;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("dyad/actors/countries.tsv")) {
      lines = new ArrayList<>(List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")));
    }
    // France gets one more name: "Gallia"
    lines.replaceAll(l -> l.startsWith("FRA\t") ? l.replace("\tFrench Republic|", "\tGallia|French Republic|") : l);
    Files.createDirectories(dir.resolve("actors"));
    Files.write(dir.resolve("actors/countries.tsv"), lines, StandardCharsets.UTF_8);
    String builtIn = TagMappingFile.write(ActorDictionary.load(null));
    String own = TagMappingFile.write(ActorDictionary.load(dir));
    assertNotEquals(files(builtIn).get(1), files(own).get(1), "the names differ");
    assertEquals(files(builtIn).get(0), files(own).get(0), "the titles do not");
    assertTrue(Files.readString(files(own).get(1)).contains("Gallia\t"));
    assertFalse(Files.readString(files(builtIn).get(1)).contains("Gallia\t"));
  }
}
