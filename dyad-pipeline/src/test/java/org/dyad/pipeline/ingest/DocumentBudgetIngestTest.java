package org.dyad.pipeline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.dyad.pipeline.analyze.AnalyzerConfig;
import org.dyad.pipeline.analyze.ArticleAnalyzer;
import org.dyad.ingest.ArticleSource;
import org.dyad.ingest.IngestConfig;
import org.dyad.model.text.ParsedDocument;
import org.dyad.model.text.Sentence;
import org.dyad.model.text.TextParser;
import org.dyad.model.text.Token;
import org.dyad.nlp.DocumentBudgetException;
import org.dyad.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document over a budget of the NLP stage is recorded like any other bad input, with the
 * budget as its reason, and the batch goes on; a cut run-on sentence is a warning naming the
 * document. Real ingest, DuckDB and Lucene; the parser is a model-free stand-in that applies a
 * token budget the way {@link org.dyad.nlp.CoreNlpParser} does (CoreNLP's models are too big for
 * a unit test; the budgets themselves are tested on real CoreNLP in dyad-nlp).
 */
class DocumentBudgetIngestTest {
  private static final int MAX_TOKENS = 40;

  @TempDir
  Path tmp;

  /** Tokens are runs of non-spaces, one sentence per line; over {@value #MAX_TOKENS} tokens, stops. */
  private static final class BudgetedParser implements TextParser {
    @Override
    public ParsedDocument parse(String text, LocalDate reference) {
      List<Sentence> sentences = new ArrayList<>();
      int count = 0;
      int begin = 0;
      for (String line : text.split("\n", -1)) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        for (String w : line.split(" ")) {
          if (!w.isEmpty()) {
            int at = begin + line.indexOf(w, i);
            tokens.add(new Token(tokens.size(), w, at, at + w.length(), w, "NN", "O"));
            i = at - begin + w.length();
          }
        }
        count += tokens.size();
        if (count > MAX_TOKENS) {
          throw new DocumentBudgetException("over the token budget of " + MAX_TOKENS + " tokens per document");
        }
        if (!tokens.isEmpty()) {
          sentences.add(new Sentence(sentences.size(), begin, begin + line.length(), tokens, List.of()));
        }
        begin += line.length() + 1;
      }
      int cut = text.contains("run-on") ? 2 : 0;
      return new ParsedDocument(text, reference, sentences, List.of(), List.of(), cut);
    }
  }

  @Test
  void aDocumentOverBudgetIsRecordedWithItsReasonAndTheBatchGoesOn() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(corpus.resolve("a.txt"), "Norway and Sweden signed a fisheries accord in Oslo on Monday.\n");
    Files.writeString(corpus.resolve("b.txt"),
        "Finland protested a Russian airspace violation near Kotka on Tuesday.\n".repeat(8));
    Files.writeString(corpus.resolve("c.txt"), "Chile and Peru agreed to reopen a run-on border crossing.\n");
    ArticleAnalyzer analyzer = new ArticleAnalyzer(AnalyzerConfig.defaults(), BudgetedParser::new,
        UnaryOperator.identity());
    ArticleSource source = new ArticleSource(IngestConfig.defaults().withDetectLanguage(false));
    StringWriter log = new StringWriter();
    try (Store store = Store.open(tmp.resolve("store"), false)) {
      IngestReport report = new CorpusIngester(analyzer, source, store,
          new CorpusIngester.Options(2, LocalDate.of(2025, 6, 4), false, 3600), new PrintWriter(log, true))
          .run(List.of(corpus.toString()), null);

      assertEquals(3, report.read());
      assertEquals(2, report.stored(), "the batch went on past the document over budget");
      assertEquals(1, report.errors());
      try (Connection conn = store.connect(); Statement st = conn.createStatement();
           ResultSet rs = st.executeQuery("SELECT source, reason FROM ingest_errors")) {
        assertTrue(rs.next());
        assertTrue(rs.getString(1).endsWith("b.txt"), rs.getString(1));
        assertEquals("over the token budget of 40 tokens per document", rs.getString(2));
      }
    }
    String err = log.toString();
    assertTrue(err.contains("b.txt: over the token budget of 40 tokens per document"), err);
    assertTrue(err.contains("c.txt: cut 2 run-on sentences longer than "
        + AnalyzerConfig.defaults().nlp().maxSentenceTokens() + " tokens into pieces"), err);
  }
}
