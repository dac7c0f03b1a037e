package org.dyad.model.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModalityTest {
  @Test
  void labelsAreTheStoredLowerCaseWordsInFilterOrder() {
    assertEquals(List.of("asserted", "negated", "hypothetical", "future", "reported"), Modality.labels());
    assertEquals("hypothetical", Modality.HYPOTHETICAL.label());
    assertNull(Modality.labelOf(null));
  }

  @Test
  void parseTakesAnyCaseAndNamesABadValue() {
    assertEquals(Modality.NEGATED, Modality.parse("negated"));
    assertEquals(Modality.FUTURE, Modality.parse(" FUTURE "));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Modality.parse("probable"));
    assertTrue(e.getMessage().contains("'probable'") && e.getMessage().contains("reported"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Modality.parse(null));
  }

  @Test
  void quadClassesAreNumberedOneToFourAsGdeltNamesThem() {
    assertEquals(List.of("Verbal cooperation", "Material cooperation", "Verbal conflict", "Material conflict"),
        QuadClass.labels());
    assertEquals(QuadClass.MATERIAL_CONFLICT, QuadClass.of(4));
    assertEquals(2, QuadClass.MATERIAL_COOPERATION.number());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> QuadClass.of(5));
    assertTrue(e.getMessage().contains("5"), e.getMessage());
  }

  @Test
  void ploverTypesAreTheSixteenOfPlover10() {
    assertEquals(16, PloverType.names().size());
    assertEquals("AGREE", PloverType.names().get(0));
    assertEquals("ASSAULT", PloverType.names().get(15));
    assertTrue(PloverType.isName("ACCUSE"));
    assertTrue(!PloverType.isName("accuse") && !PloverType.isName("FIGHT") && !PloverType.isName(null));
  }
}
