package org.dyad.eval;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.dyad.model.analysis.DocumentAnalysis;
import org.dyad.model.analysis.Event;
import org.dyad.model.article.Article;

/**
 * Runs Dyad over a gold set's texts and feeds its events to a scorer.
 *
 * <p>Takes the analyzer as a supplier, so it is built (dictionaries, then CoreNLP on first use) only
 * when the gold file yields a first document; the {@code --date} default for documents without a
 * date; a limit on documents (0 or less: all); and a writer for progress (every 50 documents) and
 * per-document trouble. A document Dyad skips or fails on counts as one where it found no events, so
 * its gold events are misses. Not thread-safe; one run per instance.
 */
public final class Evaluation {
  /** How Dyad analyses one gold text: {@code ArticleAnalyzer} in the command, a stub in tests. */
  @FunctionalInterface
  public interface Analyzer {
    /** Analyses {@code article}; {@code optionDate} stands in for a missing publication date. */
    DocumentAnalysis analyze(Article article, LocalDate optionDate);
  }

  static final int PROGRESS_EVERY = 50;

  private final Supplier<Analyzer> analyzerFactory;
  private final LocalDate optionDate;
  private final long limit;
  private final PrintWriter err;
  private Analyzer analyzer;
  private int documents;
  private int skipped;

  /**
   * @param analyzer   builds the analyzer, called once on the first document
   * @param optionDate date for documents without one, or {@code null} (today)
   * @param limit      most documents to analyse; 0 or less for all
   * @param err        progress and per-document problems
   */
  public Evaluation(Supplier<Analyzer> analyzer, LocalDate optionDate, long limit, PrintWriter err) {
    this.analyzerFactory = analyzer;
    this.optionDate = optionDate;
    this.limit = limit > 0 ? limit : Long.MAX_VALUE;
    this.err = err;
  }

  /** Scores every document of {@code gold} (up to the limit) with {@code scorer}; closes the stream. */
  public EventScorer events(String goldName, Stream<GoldDocument> gold, EventScorer scorer) {
    try (gold) {
      Iterator<GoldDocument> it = gold.limit(limit).iterator();
      while (it.hasNext()) {
        GoldDocument d = it.next();
        scorer.score(d, analyse(goldName, d.id(), d.date(), d.text()));
      }
    }
    return scorer;
  }

  /** Scores every sentence of {@code gold} (up to the limit) with {@code scorer}; closes the stream. */
  public PentaclassScorer pentaclass(String goldName, Stream<PentaclassSentence> gold, PentaclassScorer scorer) {
    try (gold) {
      Iterator<PentaclassSentence> it = gold.limit(limit).iterator();
      while (it.hasNext()) {
        PentaclassSentence s = it.next();
        scorer.score(s, analyse(goldName, s.id(), null, s.text()));
      }
    }
    return scorer;
  }

  /** Scores every marked sentence of {@code gold} (up to the limit) with {@code scorer}; closes the stream. */
  public PairScorer pairs(String goldName, Stream<PairSentence> gold, PairScorer scorer) {
    try (gold) {
      Iterator<PairSentence> it = gold.limit(limit).iterator();
      while (it.hasNext()) {
        PairSentence s = it.next();
        scorer.score(s, analyse(goldName, s.id(), null, s.text()));
      }
    }
    return scorer;
  }

  /**
   * Analyses each article the location gold names (its text from {@code texts}, by id; up to the
   * limit of articles) and scores the rows of that article with {@code scorer}. An article missing
   * from the corpus is reported and its rows skipped.
   */
  public LocationScorer locations(String goldName, java.util.Map<String, String> texts, List<LocationGold> gold,
                                  LocationScorer scorer) {
    java.util.Map<String, List<LocationGold>> byArticle = new java.util.LinkedHashMap<>();
    gold.forEach(g -> byArticle.computeIfAbsent(g.article(), k -> new java.util.ArrayList<>()).add(g));
    long done = 0;
    for (java.util.Map.Entry<String, List<LocationGold>> a : byArticle.entrySet()) {
      if (done++ >= limit) {
        break;
      }
      String text = texts.get(a.getKey());
      if (text == null) {
        err.println("dyad: " + a.getValue().get(0).where() + ": article " + a.getKey() + " is not in the corpus");
        continue;
      }
      List<Event> events = analyse(goldName, a.getKey(), null, text);
      a.getValue().forEach(g -> scorer.score(g, events));
    }
    return scorer;
  }

  private List<Event> analyse(String goldName, String id, LocalDate date, String text) {
    if (analyzer == null) {
      analyzer = analyzerFactory.get();
    }
    documents++;
    List<Event> events;
    try {
      DocumentAnalysis a = analyzer.analyze(new Article(id, null, null, date, "en", text, goldName + ": " + id),
          optionDate);
      if (DocumentAnalysis.OK.equals(a.status())) {
        events = a.events();
      } else {
        skipped++;
        err.println("dyad: " + goldName + ": " + id + ": skipped: " + a.reason());
        events = List.of();
      }
    } catch (RuntimeException e) {
      // One text Dyad cannot analyse must not end the measurement; it scores as "found nothing".
      skipped++;
      err.println("dyad: " + goldName + ": " + id + ": analysis failed: " + e);
      events = List.of();
    }
    if (documents % PROGRESS_EVERY == 0) {
      err.println("dyad eval: " + documents + " documents analysed");
      err.flush();
    }
    return events;
  }

  /** Documents analysed (including those Dyad skipped). */
  public int documents() {
    return documents;
  }

  /** Documents Dyad skipped or failed on. */
  public int skipped() {
    return skipped;
  }
}
