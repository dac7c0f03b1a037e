package org.dyad.coder.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.coder.dict.DictionaryException;
import org.dyad.model.text.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tables scripts/petrarch2/convert.py generates, as shipped: facts checked by hand against the
 * public record (the UN Secretary-General's title is the UN; Putin's and Kasyanov's terms), how
 * they sit under Dyad's own rows, and that overrides and file:line errors still hold.
 */
class PetrarchFactsTest {
  static ActorDictionary dictionary;

  @BeforeAll
  static void load() {
    dictionary = ActorDictionary.load(null);
  }

  private static List<Token> tokens(String... words) {
    List<Token> out = new ArrayList<>();
    int at = 0;
    for (String w : words) {
      out.add(new Token(out.size(), w, at, at + w.length(), w, "NNP", "O"));
      at += w.length() + 1;
    }
    return out;
  }

  private static ActorEntry nameAt0(ActorDictionary d, String... words) {
    PhraseMatcher.Match m = d.nameAt(tokens(words), 0);
    return m == null || m.end() != words.length ? null : m.entries().get(0);
  }

  @Test
  void theUnSecretaryGeneralTitleIsTheUn() {
    ActorEntry e = nameAt0(dictionary, "UN", "Secretary-General");
    assertNotNull(e);
    assertEquals("IGOUNO", e.actorCode());
    assertEquals(null, e.country());
  }

  @Test
  void datedOfficesComeFromTheCountriesFile() {
    List<OfficeTerm> kasyanov = dictionary.holdersNamed("Mikhail Kasyanov");
    assertTrue(kasyanov.stream().anyMatch(t -> "RUS".equals(t.country()) && t.sectors().equals(List.of("GOV"))
        && t.heldOn(LocalDate.of(2002, 6, 1))), kasyanov::toString);
    List<OfficeTerm> putin = dictionary.holdersNamed("Vladimir Putin");
    assertTrue(putin.stream().anyMatch(t -> t.heldOn(LocalDate.of(2004, 3, 1)) && "RUS".equals(t.country())),
        putin::toString);
  }

  @Test
  void generatedPersonsAreNotFoundByABareSurname() {
    assertTrue(dictionary.holdersWithSurname("Kasyanov").isEmpty());
    assertEquals(null, new PersonKnowledge(dictionary).bySurname("Abbasov", LocalDate.of(2005, 1, 1)));
  }

  @Test
  void handWrittenRowsWin() {
    // organizations.tsv names the PLO; no generated row may take its place
    assertEquals("PSEGOV", nameAt0(dictionary, "Palestine", "Liberation", "Organization").actorCode());
    assertEquals("MEAREB", nameAt0(dictionary, "Popular", "Front", "for", "the", "Liberation", "of",
        "Palestine").actorCode());
  }

  @Test
  void agentNounsAddSectorTerms() {
    List<PhraseMatcher.Match> m = dictionary.matchSectorTerms(tokens("farm", "workers"));
    assertEquals(1, m.size());
    assertEquals(List.of("AGR"), m.get(0).entries().get(0).sectors());
    assertEquals(ActorEntry.Kind.GROUP, m.get(0).entries().get(0).kind());
  }

  @Test
  void anEmptyOverrideSwitchesAGeneratedTableOff(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("actors"));
    Files.writeString(dir.resolve("actors/international.tsv"), "# version: test\n# source: test\n"
        + "# columns: code\tcountry\tsectors\tname\taliases\n");
    ActorDictionary d = ActorDictionary.load(dir);
    assertEquals(null, nameAt0(d, "UN", "Secretary-General"));
  }

  @Test
  void aBadGeneratedRowNamesFileAndLine(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("actors"));
    Files.writeString(dir.resolve("actors/office-holders-petrarch2.tsv"), "# version: test\n# source: test\n"
        + "# columns: name\taliases\tcountry\tsectors\toffice\tstart\tend\n"
        + "Someone\t-\tXXX\tGOV\tother\t2001-01-01\t2002-01-01\n");
    DictionaryException e = assertThrows(DictionaryException.class, () -> ActorDictionary.load(dir));
    assertTrue(e.getMessage().contains("office-holders-petrarch2.tsv:4"), e.getMessage());
  }
}
