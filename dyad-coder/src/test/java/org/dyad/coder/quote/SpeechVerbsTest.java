package org.dyad.coder.quote;

import org.dyad.coder.tree.SentenceTree;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.model.text.Sentence;
import org.dyad.model.text.Token;
import org.junit.jupiter.api.Test;

class SpeechVerbsTest {
  private static SentenceTree tree(String... wordLemmaPos) {
    List<Token> tokens = new java.util.ArrayList<>();
    for (int i = 0; i < wordLemmaPos.length; i += 3) {
      tokens.add(new Token(i / 3, wordLemmaPos[i], i, i + 1, wordLemmaPos[i + 1],
          wordLemmaPos[i + 2], "O"));
    }
    return new SentenceTree(new Sentence(0, 0, wordLemmaPos.length, tokens, List.of()));
  }

  @Test
  void lemmasOfVerbsOnly() {
    assertTrue(SpeechVerbs.isCue(tree("emphasized", "emphasize", "VBD"), 0));
    assertTrue(SpeechVerbs.isCue(tree("says", "say", "VBZ"), 0));
    assertFalse(SpeechVerbs.isCue(tree("statement", "statement", "NN"), 0));
    assertFalse(SpeechVerbs.isCue(tree("state", "state", "NN"), 0));
    assertFalse(SpeechVerbs.isCue(tree("met", "meet", "VBD"), 0));
  }

  @Test
  void pointCountsOnlyWithOut() {
    assertTrue(SpeechVerbs.isCue(tree("pointed", "point", "VBD", "out", "out", "RP"), 0));
    assertFalse(SpeechVerbs.isCue(tree("pointed", "point", "VBD", "to", "to", "IN"), 0));
  }

  @Test
  void wordFormsInRawText() {
    assertTrue(SpeechVerbs.appearsIn("The mayor told the council"));
    assertTrue(SpeechVerbs.appearsIn("she replied"));
    assertTrue(SpeechVerbs.appearsIn("he quipped"));
    assertTrue(SpeechVerbs.appearsIn("Officials say"));
    assertFalse(SpeechVerbs.appearsIn("The plan was a long shot from the start"));
  }
}
