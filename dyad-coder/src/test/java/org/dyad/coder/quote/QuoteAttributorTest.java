package org.dyad.coder.quote;

import org.dyad.coder.fixture.ParsedFixtures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.model.analysis.Actor;
import org.dyad.model.analysis.Quote;
import org.dyad.model.text.ParsedDocument;
import org.dyad.model.text.Sentence;
import org.junit.jupiter.api.Test;

/**
 * Attribution over real CoreNLP parses of short invented articles (fixtures made by
 * ParsedFixtureWriter from src/test/resources/quote/*.txt); actors are built by hand.
 */
class QuoteAttributorTest {
  private static final QuoteAttributor ATTRIBUTOR =
      new QuoteAttributor(org.dyad.coder.actor.ActorDictionary.load(null));

  @Test
  void harborPronounAfterEarlierSubjectNameAfterQuoteInvertedContinuationAccordingTo() {
    ParsedDocument doc = ParsedFixtures.load("harbor");
    List<Actor> actors = new TestActors(doc.text())
        .person("ruiz", "Marco Ruiz", null, "GOV", "adviser to the mayor", "Marco Ruiz", "Ruiz")
        .person("collins", "Peter Collins", null, "GOV", "Governor", "Peter Collins", "Collins")
        .person("okafor", "Samuel Okafor", null, "LAB", "leader", "Samuel Okafor", "Okafor")
        .person("reyes", "Tom Reyes", null, "GOV", "spokesman", "Tom Reyes")
        .build();
    List<Quote> quotes = ATTRIBUTOR.attribute(doc, actors);

    // "a fragile truce" is a three-word embedded fragment, not a quotation.
    assertEquals(5, quotes.size(), quotes::toString);
    // "he" is Ruiz, the subject of "noted", not Collins, the nearer name.
    expect(quotes.get(0), "ruiz", "he", "The strike was the price of years of neglect, and "
        + "everyone in the city paid it");
    assertTrue(quotes.get(0).cue().contains("after-quote verb \"said\""), quotes.get(0).cue());
    assertTrue(quotes.get(0).cue().contains("pronoun"), quotes.get(0).cue());
    expect(quotes.get(1), "okafor", "Okafor",
        "We will be back on the quays if the promises are broken");
    expect(quotes.get(2), "collins", "Collins", "Nobody wanted the ships to rot at anchor");
    expect(quotes.get(3), "collins", "Collins",
        "We had to find money we did not have, and we found it.");
    assertTrue(quotes.get(3).cue().startsWith("continues"), quotes.get(3).cue());
    expect(quotes.get(4), "reyes", "Tom Reyes",
        "the harbor will need at least a month to return to normal traffic.");
    assertTrue(quotes.get(4).cue().startsWith("according to"), quotes.get(4).cue());
  }

  @Test
  void summitDescriptionsPickTheFittingEarlierPersonAndNextParagraphContinues() {
    ParsedDocument doc = ParsedFixtures.load("summit");
    List<Quote> quotes = ATTRIBUTOR.attribute(doc, summitActors(doc, false));

    assertEquals(4, quotes.size(), quotes::toString);
    // The quotation ends with "?”", so CoreNLP starts "– the Russian leader emphasized." anew.
    expect(quotes.get(0), "putin", "the Russian leader", "They talk about peace in the morning "
        + "and send missiles in the evening. Who can trust such partners?");
    assertTrue(quotes.get(0).cue().contains("next sentence"), quotes.get(0).cue());
    // Zelensky is the latest subject, but "the US president" must be American.
    expect(quotes.get(1), "trump", "the US president",
        "We are very close to a deal, closer than anyone thinks");
    expect(quotes.get(2), "trump", "the US president",
        "But it takes two to tango, and one of the dancers keeps stepping on my feet.");
    assertTrue(quotes.get(2).cue().contains("next paragraph"), quotes.get(2).cue());
    expect(quotes.get(3), "zelensky", "Zelensky",
        "Ukraine will not trade its land for a signature on paper");
  }

  @Test
  void descriptionJoinedByTheResolverIsTakenAsAName() {
    ParsedDocument doc = ParsedFixtures.load("summit");
    Quote first = ATTRIBUTOR.attribute(doc, summitActors(doc, true)).get(0);
    expect(first, "putin", "the Russian leader", first.text());
    assertTrue(first.cue().contains("name \"Vladimir Putin\""), first.cue());
  }

  @Test
  void expertsMultiSentenceMultiParagraphAndTheExpert() {
    ParsedDocument doc = ParsedFixtures.load("experts");
    List<Actor> actors = new TestActors(doc.text())
        .person("kowalski", "Maria Kowalski", null, "EDU", "Defense analyst", "Maria Kowalski",
            "Kowalski")
        .person("berg", "Jonas Berg", null, "EDU", null, "Jonas Berg")
        .add("institute", "Baltic Security Institute", "ORGANIZATION", null, "EDU", null,
            "Baltic Security Institute")
        .add("deu", "Germany", "COUNTRY", "DEU", null, null, "Germany")
        .add("pol", "Poland", "COUNTRY", "POL", null, null, "Poland")
        .build();
    List<Quote> quotes = ATTRIBUTOR.attribute(doc, actors);

    assertEquals(3, quotes.size(), quotes::toString);
    expect(quotes.get(0), "kowalski", "she", "The systems will arrive in autumn at the earliest. "
        + "By then the winter campaign will already be over");
    assertTrue(quotes.get(0).cue().contains("\"believes\""), quotes.get(0).cue());
    // "the expert": Kowalski is the source of the sentence before ("According to Kowalski").
    expect(quotes.get(1), "kowalski", "the expert", "Factories in Germany and Poland are "
        + "working three shifts, but they started far too late");
    expect(quotes.get(2), "berg", "Jonas Berg", "Speed is not everything. What matters is that "
        + "the supply line no longer depends on Washington. Nobody in Europe will admit it "
        + "openly, but that was the real lesson of the last three years.");
    assertTrue(quotes.get(2).cue().startsWith("colon after \"disagreed\""), quotes.get(2).cue());
  }

  @Test
  void genevaCuesBeforeTheQuotation() {
    ParsedDocument doc = ParsedFixtures.load("geneva");
    List<Actor> actors = new TestActors(doc.text())
        .person("lindqvist", "Anna Lindqvist", null, "GOV", "Minister", "Anna Lindqvist",
            "Lindqvist")
        .person("karimov", "Rashid Karimov", null, "GOV", "Foreign Minister", "Rashid Karimov",
            "Karimov")
        .add("agency", "state news agency", "ORGANIZATION", null, "MED", null,
            "state news agency")
        .build();
    List<Quote> quotes = ATTRIBUTOR.attribute(doc, actors);

    // "constructive" and ‘polite but cold’ are scare quotes.
    assertEquals(6, quotes.size(), quotes::toString);
    expect(quotes.get(0), "lindqvist", "Anna Lindqvist", "We came here to listen, not to lecture.");
    assertTrue(quotes.get(0).cue().startsWith("colon after \"said\""), quotes.get(0).cue());
    expect(quotes.get(1), "karimov", "Rashid Karimov", "Some doors open only from the inside.");
    assertTrue(quotes.get(1).cue().startsWith("colon after \"threw\""), quotes.get(1).cue());
    expect(quotes.get(2), "lindqvist", "Lindqvist",
        "the talks were honest, sometimes painful, but never hostile.");
    // Karimov speaks; the agency only quotes him.
    expect(quotes.get(3), "karimov", "Karimov", "no agreement is better than a bad agreement");
    expect(quotes.get(4), "karimov", "Karimov",
        "never sign anything written in a foreign capital");
    // An indefinite description is a new, unnamed speaker, not the last minister.
    expect(quotes.get(5), null, "A senior diplomat",
        "a step in the right direction, nothing more.");
  }

  @Test
  void floodSentenceBeforeTheyForOrganisationsSplitQuoteAndTitledDescription() {
    ParsedDocument doc = ParsedFixtures.load("flood");
    List<Actor> actors = new TestActors(doc.text())
        .person("haddad", "Leila Haddad", null, "GOV", "Interior Minister", "Leila Haddad",
            "Haddad")
        .person("nasser", "Karim Nasser", null, "GOV", "Ministry spokesman", "Karim Nasser")
        .person("sayed", "Omar Sayed", null, "EDU", "hydrologist", "Omar Sayed")
        .add("crescent", "Red Crescent", "ORGANIZATION", null, "NGO", null, "Red Crescent")
        .build();
    List<Quote> quotes = ATTRIBUTOR.attribute(doc, actors);

    assertEquals(6, quotes.size(), quotes::toString);
    // No cue, but the sentence before reports Haddad's speech ("... and said the army would").
    expect(quotes.get(0), "haddad", "Leila Haddad",
        "Nobody will be left alone on the wrong side of the river.");
    assertTrue(quotes.get(0).cue().startsWith("no cue; speaker of the sentence before"),
        quotes.get(0).cue());
    expect(quotes.get(1), "crescent", "they",
        "We have enough bottled water for two more days at most");
    // CoreNLP leaves "Omar Sayed, a hydrologist who ..., pointed out" without a subject arc.
    expect(quotes.get(2), "sayed", "he",
        "The dam was built for a smaller river, and the river has grown");
    expect(quotes.get(3), "sayed", "he", "so the question is not if it fails but when.");
    // Sayed is the latest subject, but he is a hydrologist, not "the spokesman".
    expect(quotes.get(4), "nasser", "the spokesman", "The dam is safe and under constant watch");
    expect(quotes.get(5), "haddad", "Haddad",
        "The engineers promised me it will be ready by Friday.");
  }

  @Test
  void withoutDependencyArcsWordOrderStillFindsAdjacentSpeakers() {
    ParsedDocument parsed = ParsedFixtures.load("harbor");
    List<Sentence> bare = parsed.sentences().stream()
        .map(s -> new Sentence(s.index(), s.begin(), s.end(), s.tokens(), List.of())).toList();
    ParsedDocument doc = new ParsedDocument(parsed.text(), parsed.reference(), bare,
        parsed.entities(), parsed.times());
    List<Actor> actors = new TestActors(doc.text())
        .person("collins", "Peter Collins", null, "GOV", "Governor", "Peter Collins", "Collins")
        .person("okafor", "Samuel Okafor", null, "LAB", "leader", "Samuel Okafor", "Okafor")
        .build();
    List<Quote> quotes = ATTRIBUTOR.attribute(doc, actors);

    assertEquals(5, quotes.size(), quotes::toString);
    expect(quotes.get(1), "okafor", "Okafor", quotes.get(1).text());
    expect(quotes.get(2), "collins", "Collins", quotes.get(2).text());
  }

  @Test
  void textWithoutQuotationsGivesNone() {
    ParsedDocument parsed = ParsedFixtures.load("harbor");
    ParsedDocument doc = new ParsedDocument("", parsed.reference(), List.of(), List.of(), List.of());
    assertTrue(ATTRIBUTOR.attribute(doc, List.of()).isEmpty());
  }

  private static List<Actor> summitActors(ParsedDocument doc, boolean joinedDescription) {
    String[] putin = joinedDescription
        ? new String[] {"Vladimir Putin", "the Russian leader"} : new String[] {"Vladimir Putin"};
    return new TestActors(doc.text())
        .person("putin", "Vladimir Putin", "RUS", "GOV", "President", putin)
        .person("trump", "Donald Trump", "USA", "GOV", "President", "Donald Trump")
        .person("zelensky", "Volodymyr Zelensky", "UKR", "GOV", "President",
            "Volodymyr Zelensky", "Zelensky")
        .add("rus", "Russia", "COUNTRY", "RUS", null, null, "Russian")
        .add("usa", "United States", "COUNTRY", "USA", null, null, "US")
        .add("ukr", "Ukraine", "COUNTRY", "UKR", null, null, "Ukrainian", "Ukraine")
        .build();
  }

  private static void expect(Quote quote, String speaker, String speakerName, String text) {
    String where = quote.toString();
    assertEquals(text, quote.text(), where);
    if (speaker == null) {
      assertNull(quote.speaker(), where);
    } else {
      assertEquals(speaker, quote.speaker(), where);
    }
    assertEquals(speakerName, quote.speakerName(), where);
  }
}
