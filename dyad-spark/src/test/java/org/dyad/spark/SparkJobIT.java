package org.dyad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.dyad.pipeline.analyze.AnalyzerConfig;
import org.dyad.pipeline.analyze.ArticleAnalyzer;
import org.dyad.pipeline.ingest.CorpusIngester;
import org.dyad.pipeline.ingest.IngestReport;
import org.dyad.app.load.SparkOutputImporter;
import org.dyad.ingest.ArticleSource;
import org.dyad.ingest.IngestConfig;
import org.dyad.store.Store;
import org.dyad.store.export.EventExporter;
import org.dyad.store.export.ExportFormat;
import org.dyad.store.query.EventFilter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in {@code local[2]} on the built-in example corpus gives the events that
 * {@code dyad ingest} + {@code dyad export --format parquet} give, row for row on every column but
 * ids and timestamps; a second run over a grown input adds only the new article and its events
 * agree again with the store grown the same way; {@code dyad import} of the output gives a store
 * whose export is the same again.
 */
class SparkJobIT {
  @TempDir
  static Path dir;
  private static SparkSession spark;
  private static final PrintWriter ERR = new PrintWriter(System.err, true);

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[2]").appName("dyad-it").config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4").getOrCreate();
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void codesAsIngestDoesAndGrowsIncrementally() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Path jsonl = copy("dyad/examples/sample-corpus.jsonl", corpus.resolve("sample-corpus.jsonl"));
    Path out = dir.resolve("out");
    ArticleAnalyzer analyzer = new ArticleAnalyzer(AnalyzerConfig.defaults());
    Path storeDir = dir.resolve("store");

    long stored = ingest(analyzer, storeDir, jsonl.toString());
    assertEquals(12, stored, "the example corpus has 12 articles");
    JobSummary first = new CorpusJob(spark, ERR).run(new CorpusJob.Settings(List.of(jsonl.toString()),
        out.toString(), 4, List.of()));
    assertEquals(12, first.read());
    assertEquals(12, first.coded());
    assertTrue(first.skipped().isEmpty(), first.skipped().toString());
    long events = assertSameEvents(export(storeDir, "ingest-1.parquet"), out.resolve("events"));
    assertTrue(events > 50, "the example corpus gives dozens of events, not " + events);
    assertEquals(events, first.events());

    // the input grows by one page and a copy of an article already coded; the folder is the input now
    copy("dyad/examples/istanbul-talks.html", corpus.resolve("istanbul-talks.html"));
    Files.writeString(corpus.resolve("again.jsonl"), Files.readAllLines(jsonl).get(0) + "\n");
    ingest(analyzer, storeDir, corpus.toString());
    JobSummary second = new CorpusJob(spark, ERR).run(new CorpusJob.Settings(List.of(corpus.toString()),
        out.toString(), 4, List.of()));
    assertEquals(2, second.run());
    assertEquals(14, second.read());
    assertEquals(1, second.coded(), "only the new page is coded");
    assertEquals(13, second.duplicates());
    long grown = assertSameEvents(export(storeDir, "ingest-2.parquet"), out.resolve("events"));
    assertTrue(grown > events, "the page adds events: " + grown + " after " + events);

    Path imported = dir.resolve("imported");
    try (Store s = Store.open(imported, false)) {
      SparkOutputImporter.Report r = new SparkOutputImporter(s, ERR).run(out);
      assertEquals(13, r.stored());
    }
    assertSameEvents(export(storeDir, "ingest-3.parquet"), export(imported, "imported.parquet"));
  }

  @Test
  void readsWarcAndMakesBadDocumentsRowsAsIngestDoes() throws Exception {
    // dyad-ingest's WARC fixtures: a good gzipped record, a truncated one, a file that is no WARC
    Path fixtures = Path.of("../dyad-ingest/src/test/resources/org/dyad/ingest/WarcArticleReaderFuzzTestInputs/read");
    Path crawl = Files.createDirectories(dir.resolve("crawl"));
    for (String name : List.of("response.warc.gz", "truncated.warc", "not-warc.warc")) {
      Files.copy(fixtures.resolve(name), crawl.resolve(name));
    }
    Files.writeString(crawl.resolve("empty.txt"), "");
    String missing = dir.resolve("missing.jsonl").toString();
    Path storeDir = dir.resolve("crawl-store");
    IngestReport ingested = ingestReport(new ArticleAnalyzer(AnalyzerConfig.defaults()), storeDir,
        List.of(crawl.toString(), missing));
    Path out = dir.resolve("crawl-out");

    JobSummary job = new CorpusJob(spark, ERR).run(new CorpusJob.Settings(List.of(crawl.toString(), missing),
        out.toString(), 2, List.of()));

    assertEquals(ingested.read(), job.read());
    assertEquals(ingested.stored(), job.coded());
    assertTrue(job.coded() >= 1, "the good WARC record is an article");
    assertEquals(ingested.errors(), job.skipped().values().stream().mapToLong(Long::longValue).sum());
    assertEquals(4, ingested.errors(), "truncated, not a WARC, empty, missing");
    assertEquals(1L, job.skipped().get("file not found"), job.skipped().toString());
    assertEquals(1L, job.skipped().get("empty text"), job.skipped().toString());
    assertEquals(ingested.errors(), spark.read().parquet(out.resolve("errors").toString()).count());
    assertSameEvents(export(storeDir, "crawl.parquet"), out.resolve("events"));
  }

  private static long ingest(ArticleAnalyzer analyzer, Path storeDir, String input) throws Exception {
    return ingestReport(analyzer, storeDir, List.of(input)).stored();
  }

  private static IngestReport ingestReport(ArticleAnalyzer analyzer, Path storeDir, List<String> inputs)
      throws Exception {
    try (Store s = Store.open(storeDir, false)) {
      return new CorpusIngester(analyzer, new ArticleSource(IngestConfig.defaults()), s,
          new CorpusIngester.Options(2, null, false, 60), ERR).run(inputs, null);
    }
  }

  private static Path export(Path storeDir, String name) {
    Path file = dir.resolve(name);
    try (Store s = Store.open(storeDir, true)) {
      new EventExporter(s).export(EventFilter.ALL, ExportFormat.PARQUET, file);
    }
    return file;
  }

  /** Both event datasets hold the same rows, ids and timestamps left out; gives the row count. */
  private static long assertSameEvents(Path expected, Path actual) throws Exception {
    EventsComparison.Result r = EventsComparison.compare(expected.toString(), actual.toString());
    assertTrue(r.same(), r.toString());
    // the columns too, in order: DuckDB's EXCEPT compares by position
    assertEquals(Arrays.asList(spark.read().parquet(expected.toString()).columns()),
        Arrays.asList(spark.read().parquet(actual.toString()).columns()));
    return r.expected();
  }

  private static Path copy(String resource, Path to) throws Exception {
    try (InputStream in = SparkJobIT.class.getClassLoader().getResourceAsStream(resource)) {
      Files.copy(in, to);
    }
    return to;
  }
}
