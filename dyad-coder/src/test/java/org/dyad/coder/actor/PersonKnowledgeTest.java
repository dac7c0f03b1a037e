package org.dyad.coder.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A known person keeps their own country whatever the article is about: "President Obama" is Barack
 * Obama (USA), not one of the other Obamas who held office in Central Africa, nor the article's
 * country, and that holds for a date before his term too. Over Dyad's own office-holder tables.
 */
class PersonKnowledgeTest {
  static PersonKnowledge knowledge;

  @BeforeAll
  static void load() {
    knowledge = new PersonKnowledge(ActorDictionary.load(null));
  }

  @Test
  void aLeadersTitlePicksTheSurnamesLeader() {
    assertEquals("USA Barack Obama", president("Obama", LocalDate.of(2012, 5, 1)));
  }

  @Test
  void aPersonKnownToHoldOfficeLaterIsStillOfThatCountry() {
    assertEquals("USA Barack Obama", president("Obama", LocalDate.of(2000, 1, 1)));
  }

  @Test
  void twoPresidentsOfOneNameShareTheirCountry() {
    // George H. W. Bush and George W. Bush: which one is unclear, the country is not
    assertEquals("USA Bush", president("Bush", LocalDate.of(1991, 3, 1)));
  }

  /** "President SURNAME" in an article whose only country is Morocco. */
  private static String president(String surname, LocalDate day) {
    ActorBuilder p = new ActorBuilder("PERSON", surname);
    p.roles.add(new PersonRole("president", null, List.of("GOV"), true, "text 'president'", Set.of()));
    knowledge.complete(p, day, "MAR");
    return p.country + " " + p.name;
  }
}
