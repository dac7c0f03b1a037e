package org.dyad.coder.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dyad.coder.dict.DictionaryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tables load once, together, from one directory; the patterns code into the same CAMEO table. */
class OntologyTest {
  @TempDir
  Path dir;

  @Test
  void theBuiltInTablesHoldWhatTheStandardsSay() {
    Ontology o = Ontology.load(null);
    assertTrue(o.loadedFrom(null));
    // CAMEO 112 is "Accuse" with Goldstein -2.0 in verbal conflict; the COW code of the UK is UKG.
    assertEquals("Accuse", o.cameo().name("112"));
    assertEquals(3, o.cameo().get("112").quadClass());
    assertEquals("UKG", o.actors().cowCode("GBR"));
    assertSame(o.cameo(), o.events().ontology(), "the patterns code into the table the ontology holds");
    assertNotNull(o.gazetteer());
  }

  @Test
  void aUsersTableReplacesTheBuiltInOne() throws IOException {
    Path cameo = Files.createDirectories(dir.resolve("cameo")).resolve("cameo-codes.tsv");
    try (InputStream in = Ontology.class.getResourceAsStream("/dyad/cameo/cameo-codes.tsv")) {
      String table = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      Files.writeString(cameo, table.replace("112\tAccuse\t", "112\tBlame\t"));
    }
    Ontology o = Ontology.load(dir);
    assertTrue(o.loadedFrom(dir));
    assertFalse(o.loadedFrom(null));
    assertEquals("Blame", o.cameo().name("112"));
    assertEquals("Blame", o.events().ontology().name("112"));
  }

  @Test
  void aFileThatIsNoTableFailsTheLoadNamingIt() throws IOException {
    Files.createDirectories(dir.resolve("cameo"));
    Files.writeString(dir.resolve("cameo/event-pattern.tsv"), "x");
    DictionaryException e = assertThrows(DictionaryException.class, () -> Ontology.load(dir));
    assertTrue(e.getMessage().contains("event-pattern.tsv"), e.getMessage());
  }
}
