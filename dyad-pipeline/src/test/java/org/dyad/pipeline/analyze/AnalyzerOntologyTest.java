package org.dyad.pipeline.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.dyad.coder.ontology.Ontology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An analyzer codes with the ontology it is given, and only one of its own dictionary directory (no models). */
class AnalyzerOntologyTest {
  @Test
  void theAnalyzerCodesWithTheOntologyItIsGiven() {
    Ontology ontology = Ontology.load(null);
    ArticleAnalyzer analyzer = new ArticleAnalyzer(AnalyzerConfig.defaults(), ontology);
    assertSame(ontology, analyzer.ontology());
    assertEquals("Accuse", analyzer.ontology().cameo().name("112"));
  }

  @Test
  void anOntologyOfAnotherDirectoryIsRefused(@TempDir Path dir) {
    AnalyzerConfig config = new AnalyzerConfig(AnalyzerConfig.defaults().nlp(), dir);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new ArticleAnalyzer(config, Ontology.load(null)));
    assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
  }
}
