package org.dyad.coder.quote;

import org.dyad.coder.tree.SentenceTree;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dyad.coder.actor.ActorDictionary;
import java.util.Set;
import org.dyad.model.analysis.Actor;
import org.dyad.model.analysis.Quote;
import org.dyad.model.text.ParsedDocument;

/**
 * Finds the quotations of a parsed article and who said each one.
 *
 * <p>Takes a {@link ParsedDocument} (tokens, lemmas, POS tags and UD arcs; without arcs it
 * falls back on word order) and the article's actors with all their mention spans; gives one
 * {@link Quote} per quotation that {@link QuoteFinder} finds, in text order. Cues are tried in
 * this order:
 * <ol>
 *   <li>before the quotation in its sentence: {@code X said: "…"}, any verb before a colon
 *       ({@code X threw a phrase: "…"}), {@code X said (that) "…"}, an embedded
 *       {@code X said the talks were "…"}, {@code According to X, "…"},
 *       {@code X, quoted by Y, said "…"} (X: the subject, not the agent of "quoted");</li>
 *   <li>after it in its last sentence: {@code "…," he said}, {@code "…," said Putin},
 *       {@code "…," Smith told reporters}, {@code "…," the expert said}, or in the next
 *       sentence when that opens with a dash or a small letter ({@code "…?" – the Russian
 *       leader emphasized});</li>
 *   <li>no cue: a quotation that directly follows an attributed one, in the same paragraph or
 *       opening the next, keeps its speaker;</li>
 *   <li>no cue and nothing to continue: a quotation opening the sentence right after one that
 *       reports speech ({@code X said the attacks were terrorism. "…"}) gets that sentence's
 *       speaker.</li>
 * </ol>
 * The speaker phrase becomes an actor: a name by the actor mention on it; a pronoun (he, she;
 * they for organisations and countries) by the latest subject before the quotation that is such
 * an actor (its own sentence, then up to three sentences of narration back; subjects of speech
 * verbs first), not by the nearest name; a description ("the Russian leader", "the expert") the
 * same way, keeping only actors whose country and sectors fit it, then any earlier mention that
 * fits. Indefinite or plural descriptions ("a senior diplomat", "officials") stay unresolved.
 * Speech verbs are matched on lemmas ({@code say, tell, note, add, emphasize, believe, warn,
 * point out, ...}).
 *
 * <p>Build once and share: instances hold no per-document state and are thread-safe.
 */
public final class QuoteAttributor {
  private final QuoteFinder finder;
  private final ActorDictionary dictionary;

  /** An attributor with the default {@link QuoteFinder}; the dictionary places "the Russian leader". */
  public QuoteAttributor(ActorDictionary dictionary) {
    this(new QuoteFinder(), dictionary);
  }

  /** An attributor that takes its quotations from the given finder. */
  public QuoteAttributor(QuoteFinder finder, ActorDictionary dictionary) {
    this.finder = Objects.requireNonNull(finder, "finder");
    this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
  }

  /**
   * How many sentences of narration before a quotation are searched for its speaker when the
   * quotation names none ("they said", "the ministry said").
   */
  public static int speakerWindow() {
    return SpeakerResolver.WINDOW;
  }

  /** The lemmas of the verbs that can introduce a quotation ("say", "tell", "warn"). */
  public static Set<String> speechLemmas() {
    return SpeechVerbs.LEMMAS;
  }

  /**
   * Attributes every quotation of the document.
   *
   * @param doc    the parsed article
   * @param actors its actors, with every mention span (pronouns are not mentions)
   * @return the quotations in text order; {@code speaker} is null when unresolved,
   *         {@code speakerName} and {@code cue} are null when no cue was found
   */
  public List<Quote> attribute(ParsedDocument doc, List<Actor> actors) {
    List<QuotedText> found = finder.find(doc.text());
    DocView view = new DocView(doc, found, actors);
    CueFinder cues = new CueFinder(view);
    SpeakerResolver speakers = new SpeakerResolver(view, dictionary::countryOfWord);
    List<Quote> out = new ArrayList<>(found.size());
    SpeakerResolver.Speaker previous = null;
    int previousQuote = -1;
    int previousLast = -1;
    for (int q = 0; q < found.size(); q++) {
      QuotedText quote = found.get(q);
      if (view.startSentence(q) < 0) {
        out.add(new Quote(quote.text(), quote.span(), null, null, null));
        previous = null;
        continue;
      }
      CueFinder.Cue cue = cues.before(q);
      if (cue == null) {
        cue = cues.after(q);
      }
      if (cue != null) {
        SpeakerResolver.Speaker who = speakers.resolve(cue.sentence(), cue.speaker(), q);
        out.add(new Quote(quote.text(), quote.span(), who.actorId(), who.name(),
            cue.form() + ", " + who.how()));
        previous = who;
        previousLast = Math.max(view.endSentence(q), cue.sentence());
      } else if (previous != null && continues(view, speakers, q, previous, previousQuote,
          previousLast)) {
        String where = view.paragraph(quote.marks().begin())
            == view.paragraph(found.get(previousQuote).marks().begin())
            ? "same paragraph" : "next paragraph";
        out.add(new Quote(quote.text(), quote.span(), previous.actorId(), previous.name(),
            "continues the quotation at " + found.get(previousQuote).span().begin() + " ("
                + where + "), speaker \"" + previous.name() + "\""));
        previousLast = view.endSentence(q);
      } else if ((cue = cues.sentenceBefore(q)) != null) {
        SpeakerResolver.Speaker who = speakers.resolve(cue.sentence(), cue.speaker(), q);
        out.add(new Quote(quote.text(), quote.span(), who.actorId(), who.name(),
            cue.form() + ", " + who.how()));
        previous = who;
        previousLast = view.endSentence(q);
      } else {
        out.add(new Quote(quote.text(), quote.span(), null, null, null));
        previous = null;
      }
      previousQuote = q;
    }
    return out;
  }

  /**
   * True when quotation q directly follows the previous attributed one: it starts in the
   * sentence after the previous quotation and its cue (or in the same one), in the same
   * paragraph or at the start of the next, and no other person is the subject before it.
   */
  private static boolean continues(DocView view, SpeakerResolver speakers, int q,
                                   SpeakerResolver.Speaker previous, int previousQuote,
                                   int previousLast) {
    int s = view.startSentence(q);
    if (s > previousLast + 1) {
      return false;
    }
    int here = view.paragraph(view.quote(q).marks().begin());
    int there = view.paragraph(view.tree(previousLast).sentence().end() - 1);
    if (here != there && !(here == there + 1 && view.opensParagraph(view.quote(q).marks().begin()))) {
      return false;
    }
    SentenceTree tree = view.tree(s);
    for (int t = 0; t < view.openToken(q); t++) {
      String rel = tree.relation(t);
      if (!view.quoted(s, t) && (rel.equals("nsubj") || rel.equals("nsubj:pass"))) {
        DocView.Match m = speakers.direct(s, t, Set.of("PERSON"));
        if (m != null && !m.actor().id().equals(previous.actorId())) {
          return false;
        }
      }
    }
    return previousQuote >= 0;
  }
}
