package org.dyad.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Equal configurations share one loaded pipeline; any other property gives another. Tokenizer only: no models. */
class SharedModelsTest {
  private static Properties tokenizer(String newlines) {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit");
    p.setProperty("ssplit.newlineIsSentenceBreak", newlines);
    return p;
  }

  @Test
  void equalPropertiesShareOnePipeline() {
    assertSame(SharedModels.pipeline(tokenizer("two")), SharedModels.pipeline(tokenizer("two")));
  }

  @Test
  void anotherValueGivesAnotherPipeline() {
    assertNotSame(SharedModels.pipeline(tokenizer("two")), SharedModels.pipeline(tokenizer("always")));
  }

  @Test
  void afterAClearTheNextCallLoadsAgain() {
    StanfordCoreNLP before = SharedModels.pipeline(tokenizer("two"));
    SharedModels.clear();
    assertNotSame(before, SharedModels.pipeline(tokenizer("two")));
  }

  @Test
  void signatureIgnoresTheOrderPropertiesWereSet() {
    Properties a = new Properties();
    a.setProperty("b", "2");
    a.setProperty("a", "1");
    Properties b = new Properties();
    b.setProperty("a", "1");
    b.setProperty("b", "2");
    assertEquals("a=1\nb=2\n", SharedModels.signature(a));
    assertEquals(SharedModels.signature(a), SharedModels.signature(b));
  }
}
