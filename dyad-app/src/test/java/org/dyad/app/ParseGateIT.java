package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.app.SharedData;
import org.dyad.ingest.ArticleSource;
import org.dyad.ingest.IngestConfig;
import org.dyad.model.analysis.DocumentAnalysis;
import org.dyad.model.article.Article;
import org.dyad.nlp.NlpConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.dyad.pipeline.analyze.AnalyzerConfig;
import org.dyad.pipeline.analyze.ArticleAnalyzer;

/**
 * The parse gate (only sentences with a possible trigger, a speech verb or a quotation get the
 * dependency parse) changes nothing Dyad gives: the same actors, dates, quotes and events as
 * parsing every sentence. Real models; on the built-in example corpus, and on the first shared
 * insightcrime articles where they are present.
 */
class ParseGateIT {
  private static ArticleAnalyzer gated;
  private static ArticleAnalyzer everySentence;

  @BeforeAll
  static void load() {
    gated = new ArticleAnalyzer(new AnalyzerConfig(NlpConfig.defaults(), null));
    everySentence = new ArticleAnalyzer(
        new AnalyzerConfig(NlpConfig.defaults().withParseGate(false), null));
  }

  @Test
  void exampleCorpusCodesAlike() throws Exception {
    // A resource in the packaged jar when failsafe runs: read as a stream, not as a path.
    List<Article> articles = new ArrayList<>();
    try (InputStream in = ParseGateIT.class.getResourceAsStream("/dyad/examples/sample-corpus.jsonl")) {
      new ArticleSource(IngestConfig.defaults()).read("sample-corpus.jsonl", in, item -> {
        if (item instanceof Article a) {
          articles.add(a);
        }
      });
    }
    assertEquals(12, compare(articles));
  }

  @Test
  void sharedNewsCodesAlike() {
    Path corpus = SharedData.require("corpus/insightcrime.jsonl");
    assertEquals(40, compare(read(corpus.toString(), 40)));
  }

  private static List<Article> read(String input, int max) {
    List<Article> articles = new ArrayList<>();
    new ArticleSource(IngestConfig.defaults()).read(input, item -> {
      if (item instanceof Article a && articles.size() < max) {
        articles.add(a);
      }
    });
    return articles;
  }

  /** Analyses each article both ways and asserts equal results; gives how many were compared. */
  private static int compare(List<Article> articles) {
    int events = 0;
    for (Article a : articles) {
      LocalDate fallback = LocalDate.of(2025, 1, 1);
      DocumentAnalysis g = gated.analyze(a, fallback, false);
      DocumentAnalysis e = everySentence.analyze(a, fallback, false);
      assertEquals(e.actors(), g.actors(), a.id() + " actors");
      assertEquals(e.dates(), g.dates(), a.id() + " dates");
      assertEquals(e.quotes(), g.quotes(), a.id() + " quotes");
      assertEquals(e.events(), g.events(), a.id() + " events");
      events += g.events().size();
    }
    assertTrue(events > articles.size(), "too few events to compare: " + events);
    return articles.size();
  }
}
