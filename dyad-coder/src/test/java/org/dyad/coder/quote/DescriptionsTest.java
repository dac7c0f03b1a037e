package org.dyad.coder.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.model.analysis.Actor;
import org.junit.jupiter.api.Test;

class DescriptionsTest {
  private static Actor person(String country, String sector, String role) {
    return new Actor("a1", "X", "PERSON", "", country, sector == null ? List.of() : List.of(sector),
        role, "test", List.of());
  }

  @Test
  void countryAndRoleMustFit() {
    Descriptions.Role president = Descriptions.role("president");
    assertTrue(Descriptions.fits(person("USA", "GOV", "President"), "USA", president));
    assertFalse(Descriptions.fits(person("UKR", "GOV", "President"), "USA", president));
    // Unknown country or sectors do not rule an actor out.
    assertTrue(Descriptions.fits(person(null, null, null), "USA", president));
    Descriptions.Role expert = Descriptions.role("expert");
    assertTrue(Descriptions.fits(person("RUS", "EDU", null), null, expert));
    assertFalse(Descriptions.fits(person("RUS", "GOV", "President"), null, expert));
    Descriptions.Role spokesman = Descriptions.role("spokesman");
    assertTrue(Descriptions.fits(person(null, "GOV", "Ministry spokesman"), null, spokesman));
    assertFalse(Descriptions.fits(person(null, "EDU", "hydrologist"), null, spokesman));
    assertTrue(Descriptions.fits(person(null, null, null), null, spokesman));
  }

  @Test
  void groupNounsNameOrganisationsNotPersons() {
    Descriptions.Role ministry = Descriptions.role("ministry");
    assertFalse(Descriptions.fits(person(null, "GOV", null), null, ministry));
    Actor org = new Actor("o1", "Ministry", "ORGANIZATION", "", null, List.of("GOV"), null, "t",
        List.of());
    assertTrue(Descriptions.fits(org, null, ministry));
    assertNull(Descriptions.role("table"));
  }

  @Test
  void theTableOfSpeakerDescriptionsIsReadAsWritten() {
    // lexicon/speaker-descriptions.tsv: 'politician' is a government role, listed once
    assertEquals(java.util.Set.of("GOV"), Descriptions.role("politician").sectors());
    assertNull(Descriptions.role("leader").sectors());
    assertEquals("spokes", Descriptions.role("Spokeswoman").titleStem());
    assertEquals(java.util.Set.of("ORGANIZATION", "COUNTRY"), Descriptions.role("white house").kinds());
    assertEquals(java.util.Set.of("EDU", "ELI", "MED", "NGO", "BUS", "CVL"),
        Descriptions.role("political scientist").sectors());
  }
}
