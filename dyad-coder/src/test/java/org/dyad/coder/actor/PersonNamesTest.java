package org.dyad.coder.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PersonNamesTest {
  @Test
  void surnameSkipsSuffixes() {
    assertEquals("King", PersonNames.surname("Martin Luther King Jr."));
    assertEquals("Putin", PersonNames.surname("Vladimir Putin"));
    assertEquals("Putin", PersonNames.surname("Putin"));
  }

  @Test
  void oneLetterSlipJoinsLongNamesOnly() {
    assertTrue(PersonNames.sameSurname("Hegseth", "Hegset"));
    assertTrue(PersonNames.sameSurname("Zelensky", "Zelenskyy"));
    assertFalse(PersonNames.sameSurname("Rubio", "Rubin"), "a changed last letter of a 5-letter name");
    assertFalse(PersonNames.sameSurname("Lee", "Lea"));
    assertFalse(PersonNames.sameSurname("Hegseth", "Segseth"), "first letters differ");
    assertFalse(PersonNames.sameSurname("Hegseth", "Hegs"));
  }

  @Test
  void firstNames() {
    assertTrue(PersonNames.compatibleFirstNames("Joe", "Joseph"));
    // lexicon/first-names.tsv lists bill -> william; a pair counts both ways
    assertTrue(PersonNames.compatibleFirstNames("William", "Bill"));
    assertTrue(PersonNames.compatibleFirstNames(null, "Joseph"));
    assertFalse(PersonNames.compatibleFirstNames("John", "Roger"));
  }
}
