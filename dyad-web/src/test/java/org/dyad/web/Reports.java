package org.dyad.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dyad.model.analysis.Basis;
import org.dyad.model.analysis.Actor;
import org.dyad.model.analysis.DocumentAnalysis;
import org.dyad.model.analysis.Event;
import org.dyad.model.analysis.Modality;
import org.dyad.model.analysis.Quote;
import org.dyad.model.analysis.Span;
import org.dyad.model.article.Article;
import org.dyad.store.Store;
import org.dyad.store.write.ArticleWriter;

/**
 * Three invented reports, hand-coded, for the API tests: two outlets report Norway's accusation of
 * GPS jamming (one event, two mentions), and a third article carries a script tag in its text.
 *
 * <pre>
 *  event  day         source  target  cameo  goldstein  mentions
 *  1      2025-06-09  NORGOV  RUS     112    -2.0       2 (jamming, jammingFollowUp)
 *  2      2025-06-11  RUSGOV  NORGOV  120    -4.0       1 (jamming; dated by publication; the
 *                                                         target from context: "Russian diplomats denied the charge.")
 *  3      2025-06-09  EST     RUS     111    -2.0       1 (hostile)
 * </pre>
 */
final class Reports {
  static final Map<String, String> CAMEO = Map.of("112", "Accuse, not specified", "120",
      "Reject, not specified", "111", "Criticize or denounce");

  static final String JAMMING = "Norway's defence minister, Tor Aasen, accused Russia on Monday of jamming"
      + " GPS signals over the Barents Sea. Aasen said the interference \"puts every civilian pilot at"
      + " risk\". Russian diplomats denied the charge.";
  static final String FOLLOW_UP = "Tor Aasen, Norway's defence minister, blamed Russia on Monday for the"
      + " GPS jamming that grounded two air ambulances. Finnish officials said they would send experts to"
      + " Oslo next week.";
  static final String SCRIPT = "<script>alert(1)</script>";
  static final String HOSTILE = "Hackers posted " + SCRIPT + " on the ministry's website on Monday. Estonia"
      + " accused Russia of the attack.";
  static final String HOSTILE_TITLE = "<b>Hacked</b> ministry & \"friends\"";

  private Reports() {}

  /** A store in the folder with the three reports and one ingest error; closed again. */
  static void write(java.nio.file.Path dir) {
    try (Store store = Store.open(dir, false);
         ArticleWriter writer = new ArticleWriter(store)) {
      write(writer, "harbour-1", "Norway accuses Russia of GPS jamming", "https://www.harbourpost.example/a/1",
          "2025-06-11", JAMMING, (text, actors) -> {
            Actor aasen = actor(text, "a1", "PERSON", "Tor Aasen", "NORGOV", "Tor Aasen", "Aasen");
            Actor russia = actor(text, "a2", "COUNTRY", "Russia", "RUS", "Russia");
            Actor diplomats = actor(text, "a3", "ORGANIZATION", "Russian diplomats", "RUSGOV", "Russian diplomats");
            actors.addAll(List.of(aasen, russia, diplomats));
            return List.of(
                event(text, "accused", aasen, russia, "112", "ACCUSE", -2.0, "2025-06-09"),
                event(text, "denied", diplomats, aasen, "120", "REJECT", -4.0, null));
          });
      write(writer, "fjord-9", "Oslo blames Moscow", "https://fjordnews.example/2025/06/11/gps", "2025-06-11",
          FOLLOW_UP, (text, actors) -> {
            Actor aasen = actor(text, "a1", "PERSON", "Tor Aasen", "NORGOV", "Tor Aasen");
            Actor russia = actor(text, "a2", "COUNTRY", "Russia", "RUS", "Russia");
            actors.addAll(List.of(aasen, russia));
            return List.of(event(text, "blamed", aasen, russia, "112", "ACCUSE", -2.0, "2025-06-09"));
          });
      write(writer, "alert", HOSTILE_TITLE, null, "2025-06-10", HOSTILE, (text, actors) -> {
        Actor estonia = actor(text, "a1", "COUNTRY", "Estonia", "EST", "Estonia");
        Actor russia = actor(text, "a2", "COUNTRY", "Russia", "RUS", "Russia");
        actors.addAll(List.of(estonia, russia));
        return List.of(event(text, "accused", estonia, russia, "111", "ACCUSE", -2.0, "2025-06-09"));
      });
      writer.recordError("broken", "inbox/broken.html", "no text");
    }
  }

  /** Codes a text: fills the actors, gives the events. */
  private interface Coder {
    List<Event> code(String text, List<Actor> actors);
  }

  private static void write(ArticleWriter writer, String id, String title, String url, String published,
                            String text, Coder coder) {
    LocalDate day = LocalDate.parse(published);
    List<Actor> actors = new ArrayList<>();
    List<Event> events = coder.code(text, actors);
    List<Quote> quotes = new ArrayList<>();
    String said = "puts every civilian pilot at risk";
    if (text.contains(said)) {
      quotes.add(new Quote(said, at(text, said), "a1", "Aasen", "after \"said\""));
    }
    writer.write(new Article(id, title, url, day, "en", text, "inbox/" + id + ".html"),
        new DocumentAnalysis(id, title, url, day, "en", DocumentAnalysis.OK, null, day, "published", actors,
            List.of(), quotes, events, null));
  }

  private static Span at(String text, String words) {
    int i = text.indexOf(words);
    if (i < 0) {
      throw new IllegalArgumentException("'" + words + "' not in: " + text);
    }
    return new Span(i, i + words.length());
  }

  /** An actor mentioned wherever one of its forms stands as whole words, outside earlier mentions. */
  private static Actor actor(String text, String id, String kind, String name, String code, String... forms) {
    List<Span> spans = new ArrayList<>();
    for (String f : forms) {
      for (int i = text.indexOf(f); i >= 0; i = text.indexOf(f, i + 1)) {
        int start = i;
        int end = i + f.length();
        boolean whole = end == text.length() || !Character.isLetter(text.charAt(end));
        if (whole && spans.stream().noneMatch(s -> s.begin() <= start && start < s.end())) {
          spans.add(new Span(start, end));
        }
      }
    }
    spans.sort(null);
    List<String> sectors = code.length() > 3 ? List.of(code.substring(3)) : List.of();
    return new Actor(id, name, kind, code, code.substring(0, 3), sectors, null, "hand-coded", spans);
  }

  /** An event of the sentence around the trigger; {@code date} null means the publication date. */
  private static Event event(String text, String trigger, Actor source, Actor target, String cameo,
                             String plover, double goldstein, String date) {
    int t = text.indexOf(trigger);
    int start = text.lastIndexOf(". ", t) < 0 ? 0 : text.lastIndexOf(". ", t) + 2;
    int end = text.indexOf('.', t) + 1;
    String sentence = text.substring(start, end);
    Span at = new Span(start, end);
    return Event.builder().id("e" + trigger).sentence(sentence).span(at).trigger(trigger).source(source.id())
        .target(target.id()).sourceCode(source.code()).targetCode(target.code()).sourceText(source.name())
        .targetText(target.name()).cameo(cameo).cameoName(CAMEO.get(cameo)).plover(plover).goldstein(goldstein).quadClass(3)
        .modality(Modality.ASSERTED).date(date).dateBasis(date == null ? Basis.PUBLISHED : Basis.TEXT)
        .rule("hand:" + cameo).confidence(0.8).sourceBasis(basis(source, at)).targetBasis(basis(target, at))
        .build();
  }

  /** {@code text} when the sentence mentions the actor, else {@code context} (from the article). */
  private static String basis(Actor a, Span sentence) {
    return a.mentions().stream().anyMatch(sentence::contains) ? Basis.TEXT : Basis.CONTEXT;
  }
}
