package org.dyad.model.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** {@link Event.Builder}, {@code toBuilder()} and the two copies built on it: no component lost or mixed up. */
class EventBuilderTest {
  private static final Location KHARKIV = new Location("Kharkiv", 706483L, "UKR", "UA.07", "Kharkiv", 49.98,
      36.25, "city", Location.CLAUSE, new Span(30, 37));

  /** Every component set, each to a value no other component has, so a swapped or lost one shows. */
  private static Event full() {
    return Event.builder().id("e1").sentence("Russia accused Ukraine in Kharkiv.").span(new Span(0, 38))
        .trigger("accused").source("a1").target("a2").sourceCode("RUS").targetCode("UKR").sourceText("Russia")
        .targetText("Ukraine").cameo("112").cameoName("Accuse").plover("ACCUSE").ploverMode("disapprove").goldstein(-2.0)
        .quadClass(3).modality(Modality.REPORTED).date("2025-06-02").dateBasis(Basis.TEXT).rule("cameo/112:4")
        .confidence(0.9).sourceBasis(Basis.CONTEXT).targetBasis(Basis.TEXT).sameAs("e0").location(KHARKIV)
        .build();
  }

  @Test
  void eachSetterFillsItsOwnComponent() {
    Event canonical = new Event("e1", "Russia accused Ukraine in Kharkiv.", new Span(0, 38), "accused", "a1",
        "a2", "RUS", "UKR", "Russia", "Ukraine", "112", "Accuse", "ACCUSE", "disapprove", -2.0, 3, Modality.REPORTED,
        "2025-06-02", Basis.TEXT, "cameo/112:4", 0.9, Basis.CONTEXT, Basis.TEXT, "e0", KHARKIV);
    assertEquals(canonical, full());
  }

  @Test
  void toBuilderCopiesEveryComponent() {
    Event e = full();
    assertEquals(e, e.toBuilder().build());
  }

  @Test
  void unsetComponentsAreNullOrZero() {
    Event e = Event.builder().cameo("190").build();
    assertEquals("190", e.cameo());
    assertEquals(new Event(null, null, null, null, null, null, null, null, null, null, "190", null, null, null, 0.0, 0,
        null, null, null, null, 0.0, null, null, null, null), e);
    assertNull(e.modality());
    assertEquals(0, e.quadClass());
    assertEquals(0.0, e.goldstein());
    assertEquals(0.0, e.confidence());
  }

  @Test
  void locatedChangesOnlyTheLocation() {
    Event e = full();
    assertEquals(e.toBuilder().location(null).build(), e.located(null));
    Location dateline = new Location("Kyiv", 703448L, "UKR", "UA.12", "Kyiv City", 50.45, 30.52, "city",
        Location.DATELINE, new Span(0, 4));
    Event moved = e.located(dateline);
    assertEquals(dateline, moved.location());
    assertEquals(e, moved.located(KHARKIV));
  }

  @Test
  void relinkedChangesOnlyIdDateBasisAndLink() {
    Event e = full();
    Event again = e.relinked("e7", "2025-06", Basis.CONTEXT, "e3");
    assertEquals(new Event("e7", e.sentence(), e.span(), e.trigger(), e.source(), e.target(), e.sourceCode(),
        e.targetCode(), e.sourceText(), e.targetText(), e.cameo(), e.cameoName(), e.plover(), e.ploverMode(), e.goldstein(),
        e.quadClass(), e.modality(), "2025-06", Basis.CONTEXT, e.rule(), e.confidence(), e.sourceBasis(),
        e.targetBasis(), "e3", e.location()), again);
    assertEquals(e, again.relinked("e1", "2025-06-02", Basis.TEXT, "e0"));
  }
}
