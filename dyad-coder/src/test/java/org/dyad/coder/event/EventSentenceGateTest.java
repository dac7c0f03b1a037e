package org.dyad.coder.event;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.text.Token;
import org.junit.jupiter.api.Test;

/**
 * Which sentences the parse gate lets through, on hand-tagged sentences and the built-in event
 * dictionary: triggers, persons, weekdays and quotations pass; so does the narration before a
 * quotation, where its speaker is looked for; plain narration elsewhere does not.
 */
class EventSentenceGateTest {
  private final EventSentenceGate gate =
      new EventSentenceGate(EventDictionary.load(null, CameoOntology.load(null)));

  /** "word/TAG/NER" items; the lemma is the lower-cased word, or the part after '=' ("met=meet/VBD"). */
  private static List<Token> sentence(String tagged) {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (String item : tagged.split(" ")) {
      String[] p = item.split("/");
      String word = p[0].contains("=") ? p[0].substring(0, p[0].indexOf('=')) : p[0];
      String lemma = p[0].contains("=") ? p[0].substring(p[0].indexOf('=') + 1) : word.toLowerCase();
      tokens.add(new Token(tokens.size(), word, at, at + word.length(), lemma, p[1],
          p.length > 2 ? p[2] : "O"));
      at += word.length() + 1;
    }
    return tokens;
  }

  private static final String PLAIN = "The/DT weather/NN was=be/VBD warm/JJ ./.";
  private static final String TRIGGER = "Envoys/NNS met=meet/VBD in/IN Doha/NNP ./.";
  private static final String PERSON = "Maria/NNP/PERSON Lopez/NNP/PERSON was=be/VBD there/RB ./.";
  private static final String WEEKDAY = "It/PRP was=be/VBD Friday/NNP ./.";
  private static final String QUOTE = "``/`` We/PRP are=be/VBP ready/JJ ,/, ''/'' they/PRP added=add/VBD ./.";

  @Test
  void triggersPersonsWeekdaysAndQuotationsPass() {
    List<List<Token>> doc = List.of(sentence(TRIGGER), sentence(PERSON), sentence(WEEKDAY),
        sentence(PLAIN));
    assertArrayEquals(new boolean[] {true, true, true, false}, gate.select(doc));
  }

  @Test
  void aProperNounIsNoTrigger() {
    assertArrayEquals(new boolean[] {false},
        gate.select(List.of(sentence("Meet/NNP the/DT Press/NNP ./."))));
  }

  @Test
  void narrationBeforeAQuotationPassesForItsSpeaker() {
    List<List<Token>> doc = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      doc.add(sentence(PLAIN));
    }
    doc.add(sentence(QUOTE));
    doc.add(sentence(PLAIN));
    // The speaker search reads the quotation's sentence and up to four narration sentences back.
    assertArrayEquals(new boolean[] {false, false, true, true, true, true, true, false},
        gate.select(doc));
  }
}
