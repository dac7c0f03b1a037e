package org.dyad.pipeline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.dyad.pipeline.analyze.AnalyzerConfig;
import org.dyad.pipeline.analyze.ArticleAnalyzer;
import org.dyad.ingest.ArticleSource;
import org.dyad.ingest.IngestConfig;
import org.dyad.model.text.ParsedDocument;
import org.dyad.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dates a user can trust: a JSONL record without a date but with a dateline is stored with the
 * dateline's date; one with neither is analysed as of today with a warning on standard error naming
 * the record (and stored without a publication date); a record's own date wins over its dateline. Real JSONL reading, ingest, DuckDB; the parser
 * is a model-free stand-in (no sentences), since the date is decided before any model runs.
 */
class PublicationDateIngestTest {
  @TempDir
  Path tmp;

  @Test
  void aDatelineDatesTheRecordAndNoDateAtAllIsAWarning() throws Exception {
    Path jsonl = tmp.resolve("wire.jsonl");
    Files.writeString(jsonl, String.join("\n",
        "{\"id\": \"dated-by-dateline\", \"text\": \"TOKYO, June 12, 2025 — Japan protested a missile launch.\"}",
        "{\"id\": \"undated\", \"text\": \"Japan protested a missile launch on Monday.\"}",
        "{\"id\": \"own-date\", \"date\": \"2025-06-14\", \"text\": \"SEOUL, June 12, 2025 — Korea answered.\"}",
        ""));
    ArticleAnalyzer analyzer = new ArticleAnalyzer(AnalyzerConfig.defaults(),
        () -> (text, reference) -> new ParsedDocument(text, reference, List.of(), List.of(), List.of(), 0),
        UnaryOperator.identity());
    ArticleSource source = new ArticleSource(IngestConfig.defaults().withDetectLanguage(false));
    StringWriter log = new StringWriter();
    Map<String, LocalDate> published = new HashMap<>();
    try (Store store = Store.open(tmp.resolve("store"), false)) {
      IngestReport report = new CorpusIngester(analyzer, source, store,
          new CorpusIngester.Options(1, null, false, 3600), new PrintWriter(log, true))
          .run(List.of(jsonl.toString()), null);
      assertEquals(3, report.stored(), log.toString());
      try (Connection conn = store.connect(); Statement st = conn.createStatement();
           ResultSet rs = st.executeQuery("SELECT doc_id, published FROM articles")) {
        while (rs.next()) {
          published.put(rs.getString(1), rs.getObject(2, LocalDate.class));
        }
      }
    }
    assertEquals(LocalDate.of(2025, 6, 12), published.get("dated-by-dateline"));
    assertEquals(LocalDate.of(2025, 6, 14), published.get("own-date"), "the input's own date comes first");
    assertTrue(published.containsKey("undated"));
    assertEquals(null, published.get("undated"), "stored as unknown: only the analysis reads it from today");

    String err = log.toString();
    assertTrue(err.contains("wire.jsonl:2: no publication date in the input, no dateline or date line at the top"
        + " of the text, and no --date: dated today (" + LocalDate.now() + ")"), err);
    assertFalse(err.contains("wire.jsonl:1:"), "the dateline's record needs no warning: " + err);
    assertFalse(err.contains("wire.jsonl:3:"), err);
  }
}
